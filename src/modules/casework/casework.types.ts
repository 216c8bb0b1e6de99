import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { CaseStatus, SuspectSource, SuspectStatus, VisitOutcome } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';
import { ChildType } from '../children';
import { DropoutCaseType } from '../dropout-cases';

registerEnumType(SuspectSource, {
  name: 'SuspectSource',
  description: 'Why a child is on the suspected-dropout ledger (疑似辍学来源).',
  valuesConfig: {
    ABSENCE_STREAK: { description: 'Consecutive unexcused absence (连续无故缺勤, plan R2.4)' },
    ABSENCE_RATE: { description: 'Unexcused absence ≥ 10 % of school days (缺勤率)' },
    SUSPENSION_OVERDUE: { description: 'Suspension past its due-back date (休学逾期未复学)' },
    CENSUS_NOT_ENROLLED: { description: 'Found by the census on no school roll (摸底未入学, plan R2.2)' },
    CROSS_CHECK: { description: 'Found by a cross-check of registers (比对核查, plan R2.3)' },
    LABOR_FINDING: { description: 'Found working by HR & social security (用工检查, plan R1.4)' },
  },
});
registerEnumType(SuspectStatus, {
  name: 'SuspectStatus',
  description: 'State of a suspected-dropout entry (核查状态).',
  valuesConfig: {
    OPEN: { description: 'To be checked (待核查)' },
    CONFIRMED: { description: 'Confirmed dropout: a case is open (确认辍学)' },
    CLEARED: { description: 'Cleared: the child is in school (已排除)' },
  },
});

@ObjectType('SuspectedDropout', { description: 'An entry of the suspected-dropout ledger (疑似辍学台账), with the record behind it.', simpleResolvers: true })
export class SuspectedDropoutType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' }) id!: string;
  @Classified('EDUCATION') @Field(() => SuspectSource, { description: 'Source (来源)' }) source!: SuspectSource;
  @Classified('EDUCATION') @Field(() => String, { description: 'The record behind the entry (来源记录)' }) sourceRef!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Detected on (发现日期)' }) detectedOn!: Date;
  @Classified('EDUCATION') @Field(() => String, { description: 'What was found (情况)' }) detail!: string;
  @Classified('EDUCATION') @Field(() => SuspectStatus, { description: 'State (状态)' }) status!: SuspectStatus;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'How it was resolved (核查结果)' }) resolution!: string | null;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Version (版本号)' }) version!: number;
  childId!: string;
}

@InputType('PersuasionVisitInput', { description: 'A persuasion-to-return visit (劝返走访, plan R1.3).' })
export class PersuasionVisitInput {
  @Classified('EDUCATION') @Field(() => ID, { description: 'The case (个案)' }) caseId!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date (日期)' }) visitedOn!: Date;
  @Classified('EDUCATION') @Field(() => [String], { description: 'Who visited (劝返人员)' }) visitors!: string[];
  @Classified('EDUCATION') @Field(() => VisitOutcome, { description: 'Outcome (结果)' }) outcome!: VisitOutcome;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Written record (书面记录)' }) notes?: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Next step (下一步)' }) nextStep?: string | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Next visit due (下次走访)' }) nextVisitOn?: Date | null;
}

@InputType('CaseTransitionInput', { description: 'Move a case to its next state (个案状态变更).' })
export class CaseTransitionInput {
  @Classified('EDUCATION') @Field(() => ID, { description: 'The case (个案)' }) caseId!: string;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Version you read (版本号)' }) version!: number;
  @Classified('EDUCATION') @Field(() => CaseStatus, { description: 'Target state: ALTERNATIVE_PLACEMENT, LEGAL_ACTION or CLOSED (目标状态)' }) to!: CaseStatus;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Alternative placement, e.g. vocational school (其他安置): required for ALTERNATIVE_PLACEMENT' }) alternativePlan?: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Evidence that the placement is confirmed (安置确认材料): required to close an alternative placement' }) evidenceRef?: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Note (说明)' }) note?: string | null;
}

@InputType('ClearSuspectInput', { description: 'Clear a suspected-dropout entry after checking (排除疑似辍学).' })
export class ClearSuspectInput {
  @Classified('EDUCATION') @Field(() => ID, { description: 'The entry (台账记录)' }) id!: string;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Version (版本号)' }) version!: number;
  @Classified('EDUCATION') @Field(() => String, { description: 'What the check found (核查结果)' }) resolution!: string;
}

@ObjectType('MonitoringRun', { description: 'What a monitoring run found (动态监测结果).', simpleResolvers: true })
export class MonitoringRunType {
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Overdue suspensions newly put on the suspected ledger (休学逾期)' }) overdueSuspensions!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Cases escalated one level up (逾期督办)' }) escalatedCases!: number;
}

export { ChildType, DropoutCaseType };
