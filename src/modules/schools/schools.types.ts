import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { SchoolKind } from '../../generated/prisma/enums';

registerEnumType(SchoolKind, {
  name: 'SchoolKind',
  description: 'Kind of school (学校类型).',
  valuesConfig: {
    PRIMARY: { description: 'Primary school (小学), grades 1–6' },
    JUNIOR: { description: 'Junior secondary school (初中), grades 7–9' },
    NINE_YEAR: { description: 'Nine-year school (九年一贯制学校), grades 1–9' },
    TEACHING_POINT: { description: 'Teaching point (教学点) in a remote village (plan R5.1)' },
    SPECIAL_EDUCATION: { description: 'Special-education school (特殊教育学校, plan R6.4)' },
    VOCATIONAL: { description: 'Secondary vocational school (中等职业学校, plan R3.2)' },
  },
});

@ObjectType('Township', { description: 'Township or subdistrict (乡镇/街道).', simpleResolvers: true })
export class TownshipType {
  @Classified('REFERENCE') @Field(() => String, { description: '12-digit division code (统计用区划代码)' })
  code!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Name (名称)' })
  name!: string;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'Township head (乡镇长), one of the 七长 (plan R1.2)' })
  headName!: string | null;
}

@ObjectType('Village', { description: 'Village or residents\' community (村/社区).', simpleResolvers: true })
export class VillageType {
  @Classified('REFERENCE') @Field(() => String, { description: '12-digit division code (统计用区划代码)' })
  code!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Name (名称)' })
  name!: string;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'Village head (村长/居委会主任), one of the 七长 (plan R1.2)' })
  headName!: string | null;
  @Classified('REFERENCE') @Field(() => Boolean, { description: 'Urban community (社区) rather than rural village (村)' })
  isUrban!: boolean;
  parentCode!: string | null;
}

@ObjectType('School', { description: 'School (学校), identified by its 10-digit school identifier (学校标识码).', simpleResolvers: true })
export class SchoolType {
  @Classified('REFERENCE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('REFERENCE') @Field(() => String, { description: '10-digit school identifier (学校标识码)' })
  code!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Name (学校名称)' })
  name!: string;
  @Classified('REFERENCE') @Field(() => SchoolKind, { description: 'Kind (学校类型)' })
  kind!: SchoolKind;
  @Classified('REFERENCE') @Field(() => Boolean, { description: 'Public school (公办)' })
  isPublic!: boolean;
  @Classified('REFERENCE') @Field(() => Int, { description: 'Boarding beds (寄宿床位, plan R5.2)' })
  boardingBeds!: number;
  @Classified('REFERENCE') @Field(() => Boolean, { description: 'Runs a school bus (校车, plan R5.2)' })
  hasBus!: boolean;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'Principal (校长), one of the 七长 (plan R1.2)' })
  principalName!: string | null;
  townshipCode!: string;
}
