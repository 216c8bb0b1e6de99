import { Field, ID, InputType, Int } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { CareKind, ContactKind, GuardianRelation } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType('RegisterCareInput', { description: 'Registration of a left-behind or in-distress child (留守儿童/困境儿童登记, plan R6.1), by the township or the women\'s federation.' })
export class RegisterCareInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童)' })
  childId!: string;
  @Classified('BASIC') @Field(() => Int, { description: 'Version of the child\'s record you read (版本号); a stale version gets CONFLICT' })
  version!: number;
  @Classified('CARE') @Field(() => CareKind, { description: 'Left-behind or in distress (类型)' })
  kind!: CareKind;
  @Classified('CARE') @Field(() => String, { description: 'Caregiver at home (实际监护人)' })
  caregiverName!: string;
  @Classified('CARE') @Field(() => GuardianRelation, { description: 'Caregiver\'s relation to the child (与儿童关系)' })
  caregiverRelation!: GuardianRelation;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Caregiver\'s phone (监护人电话): 11-digit mobile or landline with area code' })
  caregiverPhone?: string | null;
  @Classified('CARE') @Field(() => LocalDateScalar, { nullable: true, description: 'Registered on (登记日期); today when left out' })
  registeredOn?: Date | null;
}

@InputType('EndCareInput', { description: 'End of a care arrangement (关爱结束): a parent came home, or the distress is over (plan R6.1).' })
export class EndCareInput {
  @Classified('CARE') @Field(() => ID, { description: 'The arrangement (关爱登记)' })
  arrangementId!: string;
  @Classified('CARE') @Field(() => Int, { description: 'Version of the arrangement you read (版本号)' })
  version!: number;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'Ended on (结束日期)' })
  endedOn!: Date;
}

@InputType('AppointSurrogateParentInput', { description: 'Appointment of a surrogate parent (代理家长, plan R6.2); the current one\'s role ends the day before.' })
export class AppointSurrogateParentInput {
  @Classified('CARE') @Field(() => ID, { description: 'The arrangement (关爱登记)' })
  arrangementId!: string;
  @Classified('CARE') @Field(() => Int, { description: 'Version of the arrangement you read (版本号)' })
  version!: number;
  @Classified('CARE') @Field(() => String, { description: 'Name (姓名)' })
  name!: string;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Phone (电话)' })
  phone?: string | null;
  @Classified('CARE') @Field(() => String, { description: 'Role, e.g. class teacher or village cadre (身份)' })
  role!: string;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'From (起始日期)' })
  fromDate!: Date;
}

@InputType('CareContactInput', { description: 'A family phone call or visit (亲情电话, plan R6.2).' })
export class CareContactInput {
  @Classified('CARE') @Field(() => ID, { description: 'The arrangement (关爱登记)' })
  arrangementId!: string;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'Date (日期)' })
  contactedOn!: Date;
  @Classified('CARE') @Field(() => ContactKind, { description: 'How (方式)' })
  kind!: ContactKind;
  @Classified('CARE') @Field(() => String, { description: 'With whom (联系对象)' })
  withWhom!: string;
  @Classified('CARE') @Field(() => Int, { nullable: true, description: 'Minutes, 1–600 (时长, 分钟)' })
  minutes?: number | null;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Notes (备注)' })
  notes?: string | null;
}

@InputType('CounsellingInput', { description: 'A psychological counselling session (心理辅导, plan R6.2).' })
export class CounsellingInput {
  @Classified('CARE') @Field(() => ID, { description: 'The arrangement (关爱登记)' })
  arrangementId!: string;
  @Classified('CARE') @Field(() => LocalDateScalar, { description: 'Held on (日期)' })
  heldOn!: Date;
  @Classified('CARE') @Field(() => String, { description: 'Counsellor (辅导教师)' })
  counsellor!: string;
  @Classified('CARE') @Field(() => String, { nullable: true, description: 'Notes (辅导记录)' })
  notes?: string | null;
}
