import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { ChildType } from '../children';
import { CareArrangementType } from './care.types';

@Resolver(() => ChildType)
export class ChildCareResolver {
  @Classified('CARE')
  @FieldResolver(() => CareArrangementType, { nullable: true, description: 'Current care arrangement (关爱帮扶)' })
  careArrangement(@Root() c: ChildType, @Ctx() ctx: Context) {
    return ctx.loaders.careByChild.load(c.id);
  }
}
