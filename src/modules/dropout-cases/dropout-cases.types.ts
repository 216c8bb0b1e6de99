import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { CaseSource, CaseStatus, DropoutCause, VisitOutcome } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'State of a dropout case (劝返状态, plan R1.2–R1.3): OPEN → PERSUADING → RETURNED | ALTERNATIVE_PLACEMENT | LEGAL_ACTION → CLOSED.',
  valuesConfig: {
    OPEN: { description: 'Opened (已立案)' },
    PERSUADING: { description: 'Persuasion under way (劝返中)' },
    RETURNED: { description: 'Back at school (已复学)' },
    ALTERNATIVE_PLACEMENT: { description: 'Placed elsewhere, e.g. vocational or special education (其他安置)' },
    LEGAL_ACTION: { description: 'Escalated to the judiciary (依法控辍)' },
    CLOSED: { description: 'Struck off (销号)' },
  },
});
registerEnumType(CaseSource, {
  name: 'CaseSource',
  description: 'How a dropout came to notice (发现途径).',
  valuesConfig: {
    SCHOOL_REPORT: { description: 'School report (学校报告)' },
    ABSENCE_ALERT: { description: 'Consecutive absence (连续缺勤预警, plan R2.4)' },
    SUSPENSION_OVERDUE: { description: 'Suspension past its due-back date (休学逾期)' },
    CENSUS: { description: 'Census (摸底排查, plan R2.2)' },
    CROSS_CHECK: { description: 'Cross-check of registers (比对核查, plan R2.3)' },
    LABOR_FINDING: { description: 'Illegal-employment finding (人社用工检查, plan R1.4)' },
  },
});
registerEnumType(VisitOutcome, {
  name: 'VisitOutcome',
  description: 'Outcome of a persuasion visit (劝返结果).',
  valuesConfig: {
    AGREED_TO_RETURN: { description: 'Agreed to return (同意返校)' },
    REFUSED: { description: 'Refused (拒绝)' },
    NOT_HOME: { description: 'Nobody at home (未见到人)' },
    RETURNED: { description: 'Returned to school (已返校)' },
    OTHER: { description: 'Other (其他)' },
  },
});

@ObjectType('ResponsibleHeads', { description: 'The seven accountable heads of a case (七长责任制, plan R1.2).', simpleResolvers: true })
export class ResponsibleHeadsType {
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'County head (县长)' })
  countyHead!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Education-bureau head (教育局长)' })
  bureauHead!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Township head (乡镇长)' })
  townshipHead!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Village head (村长/居委会主任)' })
  villageHead!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Principal (校长)' })
  principal!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Class teacher (师长/班主任)' })
  teacher!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Parent or guardian (家长)' })
  parent!: string | null;
}

@ObjectType('PersuasionVisit', { description: 'Persuasion-to-return visit (劝返记录, plan R1.3).', simpleResolvers: true })
export class PersuasionVisitType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Date (日期)' })
  visitedOn!: Date;
  @Classified('EDUCATION') @Field(() => [String], { description: 'Visitors (劝返人员)' })
  visitors!: string[];
  @Classified('EDUCATION') @Field(() => VisitOutcome, { description: 'Outcome (结果)' })
  outcome!: VisitOutcome;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Notes (情况记录)' })
  notes!: string | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Next step (下一步措施)' })
  nextStep!: string | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Next visit due (下次走访日期)' })
  nextVisitOn!: Date | null;
}

@ObjectType('DropoutCase', { description: 'Dropout case and its persuasion-to-return work (控辍保学个案, plan R1.2–R1.3).', simpleResolvers: true })
export class DropoutCaseType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Detected on (发现日期)' })
  detectedOn!: Date;
  @Classified('EDUCATION') @Field(() => CaseSource, { description: 'How it came to notice (发现途径)' })
  source!: CaseSource;
  @Classified('EDUCATION') @Field(() => DropoutCause, { description: 'Cause (辍学原因)' })
  cause!: DropoutCause;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Cause as written (原因说明)' })
  causeNote!: string | null;
  @Classified('EDUCATION') @Field(() => CaseStatus, { description: 'State (状态)' })
  status!: CaseStatus;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'First visit due by (首次走访期限)' })
  firstVisitDueOn!: Date;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Escalation level: 0 school, 1 township, 2 county (督办层级)' })
  escalationLevel!: number;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Back at school on (复学日期)' })
  returnedOn!: Date | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Alternative placement (其他安置方式)' })
  alternativePlan!: string | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Struck off on (销号日期)' })
  closedOn!: Date | null;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  countyHeadName!: string | null;
  bureauHeadName!: string | null;
  townshipHeadName!: string | null;
  villageHeadName!: string | null;
  principalName!: string | null;
  teacherName!: string | null;
  parentName!: string | null;
}
