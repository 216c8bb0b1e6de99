import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { LocalDateScalar } from '../../graphql/scalars';
import { AccessLogEntryType, AccessLogVerdictType } from './audit.types';
import { accessLogOf, verifyAccessLog } from './audit.service';

@Resolver()
export class AuditResolver {
  @Classified('AUDIT')
  @Query(() => [AccessLogEntryType], { description: 'Who read this child\'s data, when and why (儿童数据访问记录), newest first. Supervision (督导) only.' })
  accessLog(
    @Ctx() ctx: Context,
    @Arg('childId', () => ID, { description: 'The child (儿童)' }) childId: string,
    @Arg('from', () => LocalDateScalar, { nullable: true, description: 'From this date (起始日期)' }) from?: Date | null,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: 'Up to and including this date (截止日期)' }) to?: Date | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many, 1–500 (条数)' }) first = 100,
  ) {
    return accessLogOf(ctx, childId, from ?? null, to ?? null, first);
  }

  @Classified('AUDIT')
  @Query(() => AccessLogVerdictType, { description: 'Walks the access log\'s hash chain and names the first broken link (日志完整性校验).' })
  verifyAccessLog(@Ctx() ctx: Context) {
    return verifyAccessLog(ctx);
  }
}
