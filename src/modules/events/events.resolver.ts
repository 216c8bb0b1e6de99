import { Arg, Ctx, FieldResolver, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { HubError } from '../../errors';
import { ChildType } from '../children';
import { MonitoringEventType } from './events.types';
import { monitoringEvents } from './events.service';

interface SubscribeArgs {
  after?: string | null;
  types?: string[] | null;
}

@Resolver(() => MonitoringEventType)
export class EventsResolver {
  @Classified('EDUCATION')
  @Subscription(() => MonitoringEventType, {
    description: 'Monitoring events within your scope, at once (动态监测推送, plan R2.4); resumes where you left off.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, SubscribeArgs, Context>) => {
      if (!context.events) throw new HubError('INTERNAL_SERVER_ERROR', 'subscriptions are not available');
      return monitoringEvents(context, context.events, { after: args.after ?? null, types: args.types ?? null });
    },
  })
  monitoringEvents(
    @Root() event: MonitoringEventType,
    @Arg('after', () => String, { nullable: true, description: 'Resume after this event id (从此事件之后开始)' }) _after?: string | null,
    @Arg('types', () => [String], { nullable: true, description: 'Only these kinds (事件类型)' }) _types?: string[] | null,
  ): MonitoringEventType {
    return event;
  }

  @Classified('BASIC')
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child concerned (儿童)' })
  child(@Root() e: MonitoringEventType, @Ctx() ctx: Context) {
    return e.childId ? ctx.loaders.childById.load(e.childId) : null;
  }
}
