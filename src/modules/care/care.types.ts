import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { CareKind, ContactKind, GuardianRelation } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(CareKind, {
  name: 'CareKind',
  description: 'Why a child is under care (关爱类型, plan R6.1).',
  valuesConfig: {
    LEFT_BEHIND: { description: 'Left-behind child (留守儿童)' },
    IN_DISTRESS: { description: 'Child in distress (困境儿童)' },
  },
});

registerEnumType(ContactKind, {
  name: 'ContactKind',
  description: 'How a child kept in touch with the parents (亲情联系方式, plan R6.2).',
  valuesConfig: {
    PHONE_CALL: { description: 'Family phone call (亲情电话)' },
    VIDEO_CALL: { description: 'Video call (视频通话)' },
    VISIT: { description: 'Visit home or by the parents (探望)' },
  },
});

@ObjectType('SurrogateParent', { description: 'Surrogate parent (代理家长, plan R6.2), a dated role.', simpleResolvers: true })
export class SurrogateParentType {
  @Classified('CARE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('CARE') @Field(() => String, { description: 'Name (姓名)' })
  name!: string;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Phone (电话)' })
  phone!: string | null;
  @Classified('CARE') @Field(() => String, { description: 'Role, e.g. teacher or village cadre (身份)' })
  role!: string;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'From (起始日期)' })
  fromDate!: Date;
  @Classified('CARE') @Field(() => LocalDateScalar, { nullable: true, description: 'To (结束日期)' })
  toDate!: Date | null;
}

@ObjectType('CareArrangement', { description: 'Care of a left-behind or in-distress child (关爱帮扶, plan R6.1–R6.2).', simpleResolvers: true })
export class CareArrangementType {
  @Classified('CARE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('CARE') @Field(() => CareKind, { description: 'Kind (类型)' })
  kind!: CareKind;
  @Classified('CARE') @Field(() => String, { description: 'Caregiver at home (实际监护人)' })
  caregiverName!: string;
  @Classified('CARE') @Field(() => GuardianRelation, { description: 'Caregiver\'s relation (与儿童关系)' })
  caregiverRelation!: GuardianRelation;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Caregiver\'s phone (监护人电话)' })
  caregiverPhone!: string | null;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'Registered on (登记日期)' })
  registeredOn!: Date;
  @Classified('CARE') @Field(() => LocalDateScalar, { nullable: true, description: 'Ended on (结束日期): the child is no longer left-behind or in distress; null while the care runs' })
  endedOn!: Date | null;
  @Classified('CARE') @Field(() => [SurrogateParentType], { description: 'Surrogate parents, current first (代理家长)' })
  surrogates!: SurrogateParentType[];
  @Classified('CARE') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  childId!: string;
}

@ObjectType('CareContact', { description: 'One entry of the family contact log (亲情电话记录, plan R6.2).', simpleResolvers: true })
export class CareContactType {
  @Classified('CARE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'Date (日期)' })
  contactedOn!: Date;
  @Classified('CARE') @Field(() => ContactKind, { description: 'How (方式)' })
  kind!: ContactKind;
  @Classified('CARE') @Field(() => String, { description: 'With whom, e.g. mother working in Guangdong (联系对象)' })
  withWhom!: string;
  @Classified('CARE') @Field(() => Int, { nullable: true, description: 'Minutes (时长, 分钟)' })
  minutes!: number | null;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Notes (备注)' })
  notes!: string | null;
}

@ObjectType('CounsellingSession', { description: 'A psychological counselling session (心理辅导记录, plan R6.2).', simpleResolvers: true })
export class CounsellingSessionType {
  @Classified('CARE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'Held on (日期)' })
  heldOn!: Date;
  @Classified('CARE') @Field(() => String, { description: 'Counsellor (辅导教师)' })
  counsellor!: string;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Notes (辅导记录)' })
  notes!: string | null;
}
