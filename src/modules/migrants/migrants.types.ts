import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { MigrantStatus } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(MigrantStatus, {
  name: 'MigrantStatus',
  description: 'State of a migrant child\'s school application (随迁子女入学状态, plan R6.3).',
  valuesConfig: {
    APPLIED: { description: 'Applied (已申请)' },
    ASSIGNED: { description: 'Assigned a public school (已分配学位)' },
    ENROLLED: { description: 'Enrolled (已入学)' },
    REJECTED: { description: 'Rejected, with a reason (未通过)' },
  },
});

@ObjectType('MigrantEnrollment', { description: 'Enrollment of a migrant workers\' child (随迁子女入学, plan R6.3).', simpleResolvers: true })
export class MigrantEnrollmentType {
  @Classified('MIGRATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('MIGRATION') @Field(() => String, { description: 'Place of household registration (户籍所在地)' })
  hukouOrigin!: string;
  @Classified('MIGRATION') @Field(() => String, { nullable: true, description: 'Residence permit issued by (居住证签发机关)' })
  permitIssuedBy!: string | null;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Residence permit valid from (居住证有效期起)' })
  permitValidFrom!: Date | null;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { nullable: true, description: 'Residence permit valid to (居住证有效期止)' })
  permitValidTo!: Date | null;
  @Classified('MIGRATION') @Field(() => LocalDateScalar, { description: 'Applied on (申请日期)' })
  appliedOn!: Date;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Grade applied for (申请年级)' })
  requestedGrade!: number;
  @Classified('MIGRATION') @Field(() => MigrantStatus, { description: 'State (状态)' })
  status!: MigrantStatus;
  @Classified('MIGRATION') @Field(() => Int, { nullable: true, description: 'Fees charged in fen; must equal local pupils\' (收费, 分; plan R6.3)' })
  feeChargedCents!: number | null;
  @Classified('MIGRATION') @Field(() => String, { nullable: true, description: 'Why rejected (未通过原因)' })
  rejectReason!: string | null;
  @Classified('MIGRATION') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  assignedSchoolId!: string | null;
  permitCipher!: Uint8Array | null;
}
