import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { LaborAction, LegalActionKind } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(LaborAction, {
  name: 'LaborAction',
  description: 'Action taken against an employer of a minor (处理措施, plan R1.4).',
  valuesConfig: {
    ORDER: { description: 'Order to stop and send the child back to school (责令改正)' },
    FINE: { description: 'Fine (罚款)' },
    LICENCE_REVOKED: { description: 'Licence revoked by market regulation (吊销营业执照)' },
  },
});
registerEnumType(LegalActionKind, {
  name: 'LegalActionKind',
  description: 'Kind of legal action on an escalated case (依法控辍措施, plan R1.4, R2.6).',
  valuesConfig: {
    WRITTEN_ORDER: { description: 'Written order to the guardian to send the child back (督促复学通知书)' },
    LEGAL_AID: { description: 'Legal aid (法律援助)' },
    ADMINISTRATIVE_PENALTY: { description: 'Administrative penalty (行政处罚)' },
    LAWSUIT: { description: 'Lawsuit (提起诉讼)' },
    LEGAL_EDUCATION: { description: 'Legal education session (法治教育)' },
  },
});

@ObjectType('SchoolAgeCheck', { description: 'HR & social security\'s lookup (人社核查): is this person of compulsory-school age, and in school? Nothing else is answered (plan R1.4).', simpleResolvers: true })
export class SchoolAgeCheckType {
  @Classified('LABOR') @Field(() => Boolean, { description: 'A child of this county matches (查有此人)' }) found!: boolean;
  @Classified('LABOR') @Field(() => Boolean, { description: 'Of compulsory-school age, 6–15 on 31 August (义务教育适龄)' }) compulsorySchoolAge!: boolean;
  @Classified('LABOR') @Field(() => Boolean, { description: 'In school now: enrolled or suspended (在校)' }) inSchool!: boolean;
}

@InputType('LaborFindingInput', { description: 'A finding of illegal employment of a minor (违法使用童工/未成年工查处, plan R1.4).' })
export class LaborFindingInput {
  @Classified('LABOR') @Field(() => String, { description: 'Employer (用人单位)' }) employerName!: string;
  @Classified('LABOR') @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码), 18 characters' }) employerCreditCode?: string | null;
  @Classified('LABOR') @Field(() => LocalDateScalar, { description: 'Found on (查处日期)' }) foundOn!: Date;
  @Classified('LABOR') @Field(() => LaborAction, { description: 'Action (处理措施)' }) action!: LaborAction;
  @Classified('LABOR') @Field(() => Int, { nullable: true, description: 'Fine in fen (罚款金额, 分): required for FINE' }) fineCents?: number | null;
  @Classified('LABOR') @Field(() => String, { nullable: true, description: 'Notes (备注)' }) notes?: string | null;
  @Classified('LABOR') @Field(() => String, { description: 'The child\'s ID number (身份证号): used to find the child, never shown back' }) childIdNumber!: string;
}

@ObjectType('LaborFinding', { description: 'A labor finding (用工检查记录).', simpleResolvers: true })
export class LaborFindingType {
  @Classified('LABOR') @Field(() => ID, { description: 'Hub identifier' }) id!: string;
  @Classified('LABOR') @Field(() => String, { description: 'Employer (用人单位)' }) employerName!: string;
  @Classified('LABOR') @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码)' }) employerCreditCode!: string | null;
  @Classified('LABOR') @Field(() => LocalDateScalar, { description: 'Found on (查处日期)' }) foundOn!: Date;
  @Classified('LABOR') @Field(() => LaborAction, { description: 'Action (处理措施)' }) action!: LaborAction;
  @Classified('LABOR') @Field(() => Int, { nullable: true, description: 'Fine in fen (罚款, 分)' }) fineCents!: number | null;
  @Classified('LABOR') @Field(() => Boolean, { description: 'The child was put on the suspected-dropout ledger (纳入疑似辍学台账)' }) suspectedDropout!: boolean;
  childId!: string | null;
}

@InputType('LegalActionInput', { description: 'A legal action on an escalated dropout case, or a legal-education session (依法控辍, plan R1.4, R2.6).' })
export class LegalActionInput {
  @Classified('LEGAL') @Field(() => ID, { nullable: true, description: 'The escalated case (个案): required except for legal education' }) caseId?: string | null;
  @Classified('LEGAL') @Field(() => ID, { nullable: true, description: 'The child, for legal education without a case (儿童)' }) childId?: string | null;
  @Classified('LEGAL') @Field(() => LegalActionKind, { description: 'Kind (措施类型)' }) kind!: LegalActionKind;
  @Classified('LEGAL') @Field(() => LocalDateScalar, { description: 'Date (日期)' }) takenOn!: Date;
  @Classified('LEGAL') @Field(() => String, { description: 'What was done (内容)' }) description!: string;
  @Classified('LEGAL') @Field(() => String, { nullable: true, description: 'Outcome (结果)' }) outcome?: string | null;
}

@ObjectType('LegalAction', { description: 'A legal action (依法控辍措施).', simpleResolvers: true })
export class LegalActionType {
  @Classified('LEGAL') @Field(() => ID, { description: 'Hub identifier' }) id!: string;
  @Classified('LEGAL') @Field(() => LegalActionKind, { description: 'Kind (类型)' }) kind!: LegalActionKind;
  @Classified('LEGAL') @Field(() => LocalDateScalar, { description: 'Date (日期)' }) takenOn!: Date;
  @Classified('LEGAL') @Field(() => String, { description: 'What was done (内容)' }) description!: string;
  @Classified('LEGAL') @Field(() => String, { nullable: true, description: 'Outcome (结果)' }) outcome!: string | null;
  @Classified('LEGAL') @Field(() => ID, { nullable: true, description: 'The case (个案)' }) caseId!: string | null;
}
