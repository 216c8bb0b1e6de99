import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified, type FieldClass } from '../../access/field-classes';
import { AgencyKind, DiscrepancyStatus, ReconciliationKind } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(ReconciliationKind, {
  name: 'ReconciliationKind',
  description: 'A cross-check of two registers (比对核查).',
  valuesConfig: {
    ENROLLMENT_VS_POVERTY_ROLL: { description: 'School register and household flags vs the poverty-alleviation office\'s roll (学籍与扶贫名单比对, plan R2.3, T3)' },
    DISABILITY_VS_ENROLLMENT: { description: 'Disability register vs school register (残疾儿童与学籍比对, plan R2.5)' },
    CENSUS_VS_ENROLLMENT: { description: 'Township census vs school register (摸底与学籍比对, plan R2.2)' },
  },
});

registerEnumType(DiscrepancyStatus, {
  name: 'DiscrepancyStatus',
  description: 'State of a discrepancy (核查状态).',
  valuesConfig: {
    OPEN: { description: 'Open: found by the latest run and not resolved (待处理)' },
    RESOLVED: { description: 'Resolved by its owner, or no longer found by a run (已处理)' },
  },
});

/** GraphQL enum of the discrepancy types (stored as text in Discrepancy.type). */
export const DiscrepancyType = {
  ROLL_ONLY: 'ROLL_ONLY',
  NOT_ON_ROLL: 'NOT_ON_ROLL',
  POOR_DROPOUT: 'POOR_DROPOUT',
  UNPLACED: 'UNPLACED',
  PHANTOM_REGISTRATION: 'PHANTOM_REGISTRATION',
  NOT_IN_SCHOOL: 'NOT_IN_SCHOOL',
  NOT_IN_CENSUS: 'NOT_IN_CENSUS',
} as const;
export type DiscrepancyType = (typeof DiscrepancyType)[keyof typeof DiscrepancyType];

registerEnumType(DiscrepancyType, {
  name: 'DiscrepancyType',
  description: 'What a cross-check found (差异类型).',
  valuesConfig: {
    ROLL_ONLY: { description: 'On the poverty roll, household not registered poor in the hub (扶贫名单有、系统无建档立卡标记); owner: poverty-alleviation office, plan R2.3' },
    NOT_ON_ROLL: { description: 'School-age child of a registered-poor household missing from the poverty roll (建档立卡学生不在扶贫名单); owner: poverty-alleviation office, plan R2.3' },
    POOR_DROPOUT: { description: 'Child of a registered-poor household who dropped out (建档立卡贫困户学生辍学); owner: education bureau, target T3' },
    UNPLACED: { description: 'School-age disabled child neither in school nor placed (适龄残疾儿童未安置); owner: disabled persons\' federation, plan R2.5' },
    PHANTOM_REGISTRATION: { description: 'Disabled child registered at a school without a placement and absent every school day of the term (空挂学籍); owner: education bureau, plan R2.5' },
    NOT_IN_SCHOOL: { description: 'School-age child found by the census on no school roll and handled by no department (摸底发现未在校); owner: township, plan R2.2' },
    NOT_IN_CENSUS: { description: 'Enrolled school-age child of the township missing from its census (摸底遗漏); owner: township, plan R2.2' },
  },
});

/** Prisma row of a discrepancy, as the object types resolve it. */
export interface DiscrepancyRow {
  id: string;
  kind: ReconciliationKind;
  key: string;
  type: string;
  lastRunId: string;
  childId: string | null;
  townshipCode: string | null;
  ownerAgency: AgencyKind;
  description: string;
  status: DiscrepancyStatus;
  resolution: string | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  firstSeenAt: Date;
  version: number;
}

/**
 * One object type per reconciliation, every field tagged with the class of
 * that reconciliation (see reconciliation.policy.ts): the same shape, cut
 * into each agency's slice by the class it may read.
 */
function discrepancyObject(name: string, cls: FieldClass, description: string) {
  @ObjectType(name, { description, simpleResolvers: true })
  class DiscrepancyObject {
    @Classified(cls) @Field(() => ID, { description: 'Hub identifier' })
    id!: string;
    @Classified(cls) @Field(() => ReconciliationKind, { description: 'The cross-check that found it (比对类型)' })
    kind!: ReconciliationKind;
    @Classified(cls) @Field(() => DiscrepancyType, { description: 'What was found (差异类型)' })
    type!: string;
    @Classified(cls) @Field(() => String, { description: 'Stable key of the subject across runs (比对键)' })
    key!: string;
    @Classified(cls) @Field(() => AgencyKind, { description: 'Agency that resolves it (责任部门)' })
    ownerAgency!: AgencyKind;
    @Classified(cls) @Field(() => String, { nullable: true, description: 'Township concerned (所属乡镇), 12-digit code' })
    townshipCode!: string | null;
    @Classified(cls) @Field(() => String, { description: 'What was found, in words (差异说明)' })
    description!: string;
    @Classified(cls) @Field(() => DiscrepancyStatus, { description: 'State (状态)' })
    status!: DiscrepancyStatus;
    @Classified(cls) @Field(() => String, { nullable: true, description: 'How it was resolved (处理结果)' })
    resolution!: string | null;
    @Classified(cls) @Field(() => Date, { nullable: true, description: 'When it was resolved (处理时间)' })
    resolvedAt!: Date | null;
    @Classified(cls) @Field(() => String, { nullable: true, description: 'Who resolved it: agency and user, or `reconciliation` when no longer found (处理人)' })
    resolvedBy!: string | null;
    @Classified(cls) @Field(() => Date, { description: 'When a run first found it (首次发现时间)' })
    firstSeenAt!: Date;
    @Classified(cls) @Field(() => ID, { description: 'The latest run that found it (最近一次发现的核查)' })
    lastRunId!: string;
    @Classified(cls) @Field(() => Int, { description: 'Version for optimistic concurrency (版本号): pass it when resolving' })
    version!: number;

    childId!: string | null;
  }
  return DiscrepancyObject;
}

export const PovertyRollDiscrepancyType = discrepancyObject(
  'PovertyRollDiscrepancy',
  'ECONOMIC',
  'A difference between the school register / household flags and the poverty-alleviation office\'s roll (学籍与扶贫名单差异, plan R2.3, T3).',
);
export type PovertyRollDiscrepancyType = InstanceType<typeof PovertyRollDiscrepancyType>;

export const DisabilityDiscrepancyType = discrepancyObject(
  'DisabilityDiscrepancy',
  'DISABILITY',
  'A difference between the disability register and the school register (残疾儿童与学籍差异, plan R2.5).',
);
export type DisabilityDiscrepancyType = InstanceType<typeof DisabilityDiscrepancyType>;

export const CensusDiscrepancyType = discrepancyObject(
  'CensusDiscrepancy',
  'EDUCATION',
  'A difference between a township census and the school register (摸底与学籍差异, plan R2.2).',
);
export type CensusDiscrepancyType = InstanceType<typeof CensusDiscrepancyType>;

@ObjectType('DiscrepancyResolution', { description: 'A discrepancy owned by the education bureau after its resolution (核查处理结果).', simpleResolvers: true })
export class DiscrepancyResolutionType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('EDUCATION') @Field(() => ReconciliationKind, { description: 'The cross-check that found it (比对类型)' })
  kind!: ReconciliationKind;
  @Classified('EDUCATION') @Field(() => DiscrepancyType, { description: 'What was found (差异类型)' })
  type!: string;
  @Classified('EDUCATION') @Field(() => DiscrepancyStatus, { description: 'State (状态)' })
  status!: DiscrepancyStatus;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'How it was resolved (处理结果)' })
  resolution!: string | null;
  @Classified('EDUCATION') @Field(() => Date, { nullable: true, description: 'When it was resolved (处理时间)' })
  resolvedAt!: Date | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Who resolved it (处理人)' })
  resolvedBy!: string | null;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Version (版本号)' })
  version!: number;
}

@ObjectType('DiscrepancyCount', { description: 'Discrepancies of one type found by a run (差异计数).', simpleResolvers: true })
export class DiscrepancyCountType {
  @Classified('AGGREGATE') @Field(() => DiscrepancyType, { description: 'Type (差异类型)' })
  type!: string;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Found by the run (发现数); null when suppressed (fewer than 5, partner apps)' })
  found!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Of those, still open (未处理数); null when suppressed' })
  open!: number | null;
}

@ObjectType('ReconciliationRun', {
  description: 'A run of a cross-check (比对核查) and what it found, counted over the rows you may see (counts obey the row scope).',
  simpleResolvers: true,
})
export class ReconciliationRunType {
  @Classified('AGGREGATE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('AGGREGATE') @Field(() => ReconciliationKind, { description: 'Which cross-check (比对类型)' })
  kind!: ReconciliationKind;
  @Classified('AGGREGATE') @Field(() => LocalDateScalar, { description: 'Data as of (数据日期)' })
  asOf!: Date;
  @Classified('AGGREGATE') @Field(() => Date, { description: 'Started (开始时间)' })
  startedAt!: Date;
  @Classified('AGGREGATE') @Field(() => Date, { nullable: true, description: 'Finished (完成时间)' })
  finishedAt!: Date | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Discrepancies found by the run (发现差异数)' })
  found!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Of those, still open (未处理数)' })
  open!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Found again but resolved by the owner with an explanation (已说明)' })
  explained!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Resolved by the run because no longer found (自动销号)' })
  autoResolved!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Found for the first time by this run, county-wide (新发现); null for agencies that are not county-wide' })
  newlyFound!: number | null;
  @Classified('AGGREGATE') @Field(() => Int, { nullable: true, description: 'Found again after having been no longer found, county-wide (重新出现); null for agencies that are not county-wide' })
  reopened!: number | null;
  @Classified('AGGREGATE') @Field(() => [DiscrepancyCountType], { description: 'Per type (分类计数)' })
  byType!: DiscrepancyCountType[];
  @Classified('AGGREGATE') @Field(() => Boolean, {
    nullable: true,
    description: 'The registers agree: nothing the run found is open (数字精准、对象精准, plan R2.3, S2); null when counts are suppressed',
  })
  numbersAgree!: boolean | null;
}
