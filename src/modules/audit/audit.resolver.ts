import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import type { Context } from '../../context';
import { LocalDateScalar } from '../../graphql/scalars';
import { AccessLogCheckpointInput, AccessLogEntryType, AccessLogVerdictType, AccessReportType } from './audit.types';
import { accessLogOf, verifyAccessLog } from './audit.service';
import { accessReport } from './access-report.service';

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
  @Query(() => AccessLogVerdictType, {
    description: 'Walks the access log\'s hash chain, names the first broken link and every finding, and holds the checkpoints handed in against it: a missing tail, a rewritten record, a forked chain, a forged checkpoint (日志完整性校验).',
  })
  verifyAccessLog(
    @Ctx() ctx: Context,
    @Arg('checkpoints', () => [AccessLogCheckpointInput], { nullable: true, description: 'Checkpoints kept outside the hub, from GET /audit/checkpoints (检查点副本)' }) checkpoints?: AccessLogCheckpointInput[] | null,
  ) {
    return verifyAccessLog(ctx, checkpoints ?? []);
  }

  @Classified('AUDIT')
  @Query(() => AccessReportType, {
    description: 'The guardian\'s access report (个人信息访问情况告知, PIPL art. 31, 45): which agency read which classes of the child\'s data, when and why, in Chinese. The child\'s township and school, and supervision. Also GET /reports/access/<childId>.pdf|.xlsx.',
  })
  accessReport(
    @Ctx() ctx: Context,
    @Arg('childId', () => ID, { description: 'The child (儿童)' }) childId: string,
    @Arg('from', () => LocalDateScalar, { description: 'From this date, China time (起始日期)' }) from: Date,
    @Arg('to', () => LocalDateScalar, { description: 'Up to and including this date; at most 366 days (截止日期)' }) to: Date,
  ) {
    return accessReport(ctx, childId, from, to);
  }
}
