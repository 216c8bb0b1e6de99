import { Field, InputType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { Gender } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

@InputType('CensusEntryInput', { description: 'One school-age child found by the township census (摸底登记, plan R2.2).' })
export class CensusEntryInput {
  @Classified('EDUCATION') @Field(() => String, { description: 'Name (姓名)' })
  name!: string;
  @Classified('IDENTIFIERS') @Field(() => String, { nullable: true, description: 'Citizen ID number (居民身份证号), 18 characters with a valid GB 11643 check character; matches the register exactly' })
  idNumber?: string | null;
  @Classified('EDUCATION') @Field(() => Gender, { nullable: true, description: 'Gender (性别); required without an ID number, and must agree with it' })
  gender?: Gender | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Birth date (出生日期); must agree with the ID number; school age is 6–15 on 31 August of the census year' })
  birthDate!: Date;
  @Classified('EDUCATION') @Field(() => String, { description: 'Village or community where the child lives (居住村/社区), 12-digit code within the township' })
  villageCode!: string;
  @Classified('EDUCATION') @Field(() => Boolean, { nullable: true, description: 'In school, as the family says (是否在校)' })
  inSchool?: boolean | null;
  @Classified('DISABILITY') @Field(() => Boolean, { nullable: true, description: 'Suspected disabled (疑似残疾): the disabled persons\' federation will see the child (plan R2.5)' })
  suspectedDisabled?: boolean | null;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Note (备注)' })
  note?: string | null;
}
