import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { Gender, GuardianRelation } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(GuardianRelation, {
  name: 'GuardianRelation',
  description: 'Relation of a guardian to the child (与儿童关系).',
  valuesConfig: {
    FATHER: { description: 'Father (父亲)' },
    MOTHER: { description: 'Mother (母亲)' },
    GRANDFATHER: { description: 'Grandfather (祖父/外祖父)' },
    GRANDMOTHER: { description: 'Grandmother (祖母/外祖母)' },
    SIBLING: { description: 'Adult sibling (兄姐)' },
    OTHER_RELATIVE: { description: 'Other relative (其他亲属)' },
    OTHER: { description: 'Other (其他)' },
  },
});

@ObjectType('Household', { description: 'Registered household (户).', simpleResolvers: true })
export class HouseholdType {
  @Classified('BASIC') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('IDENTIFIERS') @Field(() => String, { description: 'Household-registration number (户口簿编号)' })
  registrationNumber!: string;
  @Classified('CONTACT') @Field(() => String, { nullable: true, description: 'Detailed address (详细住址)' })
  address!: string | null;
  @Classified('ECONOMIC') @Field(() => Boolean, { description: 'Registered-poor household (建档立卡贫困户, plan R4.1)' })
  registeredPoor!: boolean;
  @Classified('ECONOMIC') @Field(() => Int, { nullable: true, description: 'Year registered as poor (建档立卡年份)' })
  poorSinceYear!: number | null;
  @Classified('ECONOMIC') @Field(() => Int, { nullable: true, description: 'Year lifted out of poverty (脱贫年份)' })
  poorLiftedYear!: number | null;
  @Classified('ECONOMIC') @Field(() => Boolean, { description: 'Minimum living guarantee (低保, plan R4.1)' })
  minimumLiving!: boolean;
  @Classified('ECONOMIC') @Field(() => Int, { nullable: true, description: 'Year 低保 began (低保起始年份)' })
  minimumLivingSince!: number | null;
  @Classified('ECONOMIC') @Field(() => Boolean, { description: 'Extreme-poverty support (特困供养)' })
  extremePoverty!: boolean;
  @Classified('ECONOMIC_DETAIL') @Field(() => Float, { nullable: true, description: 'Annual income in yuan (家庭年收入, 元)' })
  annualIncome!: unknown;
  @Classified('ECONOMIC_DETAIL') @Field(() => String, { nullable: true, description: 'Assets (家庭资产)' })
  assets!: string | null;
  @Classified('ECONOMIC_DETAIL') @Field(() => Float, { nullable: true, description: 'Assistance received per year in yuan (救助金额, 元)' })
  assistanceAmount!: unknown;
  @Classified('BOARDING') @Field(() => Float, { nullable: true, description: 'Distance from home to school in km (离校距离, plan R5.2)' })
  distanceToSchoolKm!: number | null;
  @Classified('BASIC') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  villageCode!: string;
}

@ObjectType('Person', { description: 'A guardian or other household member (家庭成员/监护人).', simpleResolvers: true })
export class PersonType {
  @Classified('CONTACT') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('CONTACT') @Field(() => String, { description: 'Name (姓名)' })
  name!: string;
  @Classified('CONTACT') @Field(() => Gender, { nullable: true, description: 'Gender (性别)' })
  gender!: Gender | null;
  @Classified('CONTACT') @Field(() => LocalDateScalar, { nullable: true, description: 'Birth date (出生日期)' })
  birthDate!: Date | null;
  @Classified('CONTACT') @Field(() => String, { nullable: true, description: 'Phone (联系电话)' })
  phone!: string | null;
  @Classified('CARE') @Field(() => Boolean, { description: 'Working away from home (外出务工)' })
  worksAway!: boolean;
  @Classified('CARE') @Field(() => LocalDateScalar, { nullable: true, description: 'Away since (外出时间)' })
  awaySince!: Date | null;
  @Classified('CONTACT') @Field(() => Boolean, { description: 'Deceased (已故)' })
  deceased!: boolean;
  idNumberCipher!: Uint8Array | null;
}

@ObjectType('Guardian', { description: 'A guardian of a child (监护人) and the relation.', simpleResolvers: true })
export class GuardianType {
  @Classified('CONTACT') @Field(() => GuardianRelation, { description: 'Relation to the child (与儿童关系)' })
  relation!: GuardianRelation;
  @Classified('CONTACT') @Field(() => Boolean, { description: 'Lives with the child (是否共同生活)' })
  livesWithChild!: boolean;
  @Classified('CONTACT') @Field(() => Boolean, { description: 'Primary guardian (第一监护人)' })
  isPrimary!: boolean;
  @Classified('CONTACT') @Field(() => PersonType, { description: 'The guardian (监护人)' })
  person!: PersonType;
}
