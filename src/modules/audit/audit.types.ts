import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { AgencyKind } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

@ObjectType('AccessLogEntry', { description: 'One access record (访问日志): who read which children\'s data, when and why. Append-only, hash-chained.', simpleResolvers: true })
export class AccessLogEntryType {
  @Classified('AUDIT') @Field(() => ID, { description: 'Sequence number in the chain (序号)' })
  id!: string;
  @Classified('AUDIT') @Field(() => Date, { description: 'When (访问时间)' })
  at!: Date;
  @Classified('AUDIT') @Field(() => String, { description: 'Request id (请求编号)' })
  requestId!: string;
  @Classified('AUDIT') @Field(() => String, { description: 'User or client subject (访问主体)' })
  subject!: string;
  @Classified('AUDIT') @Field(() => AgencyKind, { description: 'Agency kind (部门类型)' })
  agencyKind!: AgencyKind;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Agency id (部门标识)' })
  agencyId!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Partner client id (合作应用)' })
  clientId!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Stated purpose (访问目的)' })
  purpose!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'GraphQL operation name (操作名)' })
  operationName!: string | null;
  @Classified('AUDIT') @Field(() => [String], { description: 'Field classes read (读取的数据类别)' })
  fieldClasses!: string[];
  @Classified('AUDIT') @Field(() => Int, { description: 'Number of children whose data was read (涉及儿童数)' })
  childCount!: number;
  @Classified('AUDIT') @Field(() => String, { description: 'OK, PARTIAL, or DENIED:<codes> (结果)' })
  outcome!: string;
}

@ObjectType('AccessLogVerdict', { description: 'Result of walking the access log\'s hash chain (日志完整性校验).', simpleResolvers: true })
export class AccessLogVerdictType {
  @Classified('AUDIT') @Field(() => Boolean, { description: 'The chain is intact (完整)' })
  ok!: boolean;
  @Classified('AUDIT') @Field(() => Int, { description: 'Records checked (已校验条数)' })
  checked!: number;
  @Classified('AUDIT') @Field(() => ID, { nullable: true, description: 'First broken record (首个异常记录)' })
  firstBrokenId!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Why it is broken (原因)' })
  reason!: string | null;
  @Classified('AUDIT') @Field(() => [AccessLogFindingType], { description: 'Everything found wrong, each by name: chain breaks, and what the checkpoints show (异常清单, issue 10)' })
  findings!: AccessLogFindingType[];
  @Classified('AUDIT') @Field(() => [AccessLogCheckpointVerdictType], { description: 'Each checkpoint handed in, held against the log (检查点核对)' })
  checkpoints!: AccessLogCheckpointVerdictType[];
}

export enum AccessLogFindingKind {
  BROKEN_LINK = 'BROKEN_LINK',
  REWRITTEN_RECORD = 'REWRITTEN_RECORD',
  MISSING_TAIL = 'MISSING_TAIL',
  DELETED_RECORDS = 'DELETED_RECORDS',
  FORKED_CHAIN = 'FORKED_CHAIN',
  FORGED_CHECKPOINT = 'FORGED_CHECKPOINT',
}
registerEnumType(AccessLogFindingKind, {
  name: 'AccessLogFindingKind',
  description: 'What is wrong with the access log (日志异常类型, issue 10).',
  valuesConfig: {
    BROKEN_LINK: { description: 'The record does not link to the one before it: a record before it was removed (链接断裂)' },
    REWRITTEN_RECORD: { description: 'The record\'s content does not match its hash: it was rewritten (记录被改写)' },
    MISSING_TAIL: { description: 'The log ends before a checkpoint\'s head: the newest records were deleted (尾部记录缺失)' },
    DELETED_RECORDS: { description: 'Records up to a checkpoint\'s head were deleted though the log goes on (记录被删除)' },
    FORKED_CHAIN: { description: 'The log is not the one a checkpoint signed (rewritten and re-hashed, or restored and written on), or checkpoints attest two histories (链分叉)' },
    FORGED_CHECKPOINT: { description: 'A checkpoint not signed by the hub\'s key: refused (伪造的检查点)' },
  },
});

export enum AccessLogCheckpointStatus {
  CONFIRMED = 'CONFIRMED',
  FORGED = 'FORGED',
  MISSING_TAIL = 'MISSING_TAIL',
  DELETED_RECORDS = 'DELETED_RECORDS',
  REWRITTEN = 'REWRITTEN',
  FORKED = 'FORKED',
}
registerEnumType(AccessLogCheckpointStatus, {
  name: 'AccessLogCheckpointStatus',
  description: 'One checkpoint held against the log (检查点核对结果).',
  valuesConfig: {
    CONFIRMED: { description: 'The log agrees with it (一致)' },
    FORGED: { description: 'Not signed by the hub\'s key, or not a checkpoint: refused (签名无效)' },
    MISSING_TAIL: { description: 'The log ends before its head (尾部缺失)' },
    DELETED_RECORDS: { description: 'Records up to its head were deleted (记录被删除)' },
    REWRITTEN: { description: 'Its head record was rewritten (记录被改写)' },
    FORKED: { description: 'The log up to its head is another history (链分叉)' },
  },
});

@InputType('AccessLogCheckpointInput', { description: 'A checkpoint kept outside the hub (检查点副本): the signed statement as GET /audit/checkpoints gave it.' })
export class AccessLogCheckpointInput {
  @Classified('AUDIT') @Field(() => String, { description: 'The compact JWS (EdDSA) of the checkpoint (签名检查点)' })
  jws!: string;
}

@ObjectType('AccessLogFinding', { description: 'One thing wrong with the access log (日志异常).', simpleResolvers: true })
export class AccessLogFindingType {
  @Classified('AUDIT') @Field(() => AccessLogFindingKind, { description: 'What (类型)' })
  kind!: AccessLogFindingKind;
  @Classified('AUDIT') @Field(() => ID, { nullable: true, description: 'The record where it shows (记录序号)' })
  recordId!: string | null;
  @Classified('AUDIT') @Field(() => ID, { nullable: true, description: 'Head id of the checkpoint that shows it (检查点)' })
  checkpointHeadId!: string | null;
  @Classified('AUDIT') @Field(() => String, { description: 'Explanation (说明)' })
  detail!: string;
}

@ObjectType('AccessLogCheckpointVerdict', { description: 'One checkpoint handed in, held against the log (检查点核对).', simpleResolvers: true })
export class AccessLogCheckpointVerdictType {
  @Classified('AUDIT') @Field(() => Int, { description: 'Position in the list handed in, from 0 (序号)' })
  index!: number;
  @Classified('AUDIT') @Field(() => ID, { nullable: true, description: 'The chain head it attests (检查点记录序号)' })
  headId!: string | null;
  @Classified('AUDIT') @Field(() => Int, { nullable: true, description: 'Records it attests up to its head (记录条数)' })
  count!: number | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'When it was signed, ISO 8601 (签署时间)' })
  at!: string | null;
  @Classified('AUDIT') @Field(() => AccessLogCheckpointStatus, { description: 'Result (结果)' })
  status!: AccessLogCheckpointStatus;
  @Classified('AUDIT') @Field(() => String, { description: 'Explanation (说明)' })
  detail!: string;
}

@ObjectType('AccessReportAgency', { description: 'One agency that read the child\'s data in the period (访问单位).', simpleResolvers: true })
export class AccessReportAgencyType {
  @Classified('AUDIT') @Field(() => String, { description: 'The agency (单位)' })
  agency!: string;
  @Classified('AUDIT') @Field(() => AgencyKind, { description: 'Kind of agency (单位类型)' })
  agencyKind!: AgencyKind;
  @Classified('AUDIT') @Field(() => String, { description: 'Kind of agency, in Chinese (单位类型)' })
  agencyKindLabel!: string;
  @Classified('AUDIT') @Field(() => Int, { description: 'Reads (访问次数)' })
  reads!: number;
  @Classified('AUDIT') @Field(() => Date, { description: 'First read in the period (首次访问)' })
  firstAt!: Date;
  @Classified('AUDIT') @Field(() => Date, { description: 'Last read in the period (最近访问)' })
  lastAt!: Date;
  @Classified('AUDIT') @Field(() => [String], { description: 'Classes read, as codes (数据类别代码)' })
  classCodes!: string[];
  @Classified('AUDIT') @Field(() => [String], { description: 'Classes read, in Chinese (数据类别)' })
  classes!: string[];
  @Classified('AUDIT') @Field(() => [String], { description: 'Purposes stated, in Chinese (访问目的)' })
  purposes!: string[];
}

@ObjectType('AccessReportEntry', { description: 'Reads of one day by one agency for one purpose and the same classes (访问明细).', simpleResolvers: true })
export class AccessReportEntryType {
  @Classified('AUDIT') @Field(() => LocalDateScalar, { description: 'The day, China time (日期)' })
  date!: string;
  @Classified('AUDIT') @Field(() => Date, { description: 'First read that day (首次)' })
  firstAt!: Date;
  @Classified('AUDIT') @Field(() => Date, { description: 'Last read that day (最近)' })
  lastAt!: Date;
  @Classified('AUDIT') @Field(() => String, { description: 'The agency (单位)' })
  agency!: string;
  @Classified('AUDIT') @Field(() => AgencyKind, { description: 'Kind of agency (单位类型)' })
  agencyKind!: AgencyKind;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Purpose code (目的代码)' })
  purposeCode!: string | null;
  @Classified('AUDIT') @Field(() => String, { description: 'Purpose, in Chinese (访问目的)' })
  purpose!: string;
  @Classified('AUDIT') @Field(() => [String], { description: 'Classes read, as codes (数据类别代码)' })
  classCodes!: string[];
  @Classified('AUDIT') @Field(() => [String], { description: 'Classes read, in Chinese (数据类别)' })
  classes!: string[];
  @Classified('AUDIT') @Field(() => Int, { description: 'Reads (次数)' })
  reads!: number;
}

@ObjectType('AccessReport', {
  description: 'The guardian\'s access report (儿童个人信息访问情况告知, PIPL art. 31, 45): which agency read which classes of the child\'s data, when and why. No staff names.',
  simpleResolvers: true,
})
export class AccessReportType {
  @Classified('AUDIT') @Field(() => ID, { description: 'The child (儿童)' })
  childId!: string;
  @Classified('AUDIT') @Field(() => LocalDateScalar, { description: 'From (起始日期)' })
  from!: string;
  @Classified('AUDIT') @Field(() => LocalDateScalar, { description: 'To, inclusive (截止日期)' })
  to!: string;
  @Classified('AUDIT') @Field(() => Date, { description: 'When the report was made (生成时间)' })
  generatedAt!: Date;
  @Classified('AUDIT') @Field(() => Int, { description: 'Reads in the period (访问总次数)' })
  reads!: number;
  @Classified('AUDIT') @Field(() => [AccessReportAgencyType], { description: 'By agency, most reads first (按单位汇总)' })
  agencies!: AccessReportAgencyType[];
  @Classified('AUDIT') @Field(() => [AccessReportEntryType], { description: 'By day, agency, purpose and classes, newest first (访问明细)' })
  entries!: AccessReportEntryType[];
}
