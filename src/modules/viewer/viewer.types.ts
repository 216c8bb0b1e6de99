import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { AgencyKind } from '../../generated/prisma/enums';
import { SchoolType, TownshipType } from '../schools/schools.types';

/**
 * What the caller may see (本人权限, issue 12): derived from the policy table
 * (src/access/policy.ts via cellsFor / PURPOSES / ROW_SCOPES) for the token's
 * agency, so that a client such as the console (/console) shows only the
 * sections of the caller's slice without introspection (off in production).
 * It describes the caller's rights, never a person: REFERENCE throughout.
 */
export enum ReadAccess {
  FULL = 'FULL',
  MASKED = 'MASKED',
}

registerEnumType(ReadAccess, {
  name: 'ReadAccess',
  description: 'How a field class is read (读取方式).',
  valuesConfig: {
    FULL: { description: 'The values in full (完整)' },
    MASKED: { description: 'Masked: identifiers and phone numbers show the first 3 and last 4 characters (脱敏)' },
  },
});

@ObjectType('ClassAccess', { description: 'One field class the caller may read (可读数据类别), from the policy table.', simpleResolvers: true })
export class ClassAccessType {
  @Classified('REFERENCE') @Field(() => String, { description: 'Field class (数据类别), e.g. EDUCATION (see access-policy.md)' })
  fieldClass!: string;
  @Classified('REFERENCE') @Field(() => ReadAccess, { description: 'Read in full or masked (读取方式)' })
  access!: ReadAccess;
  @Classified('REFERENCE') @Field(() => [String], { nullable: true, description: 'When the right is limited: only these types or Type.fields of the class (仅限字段); null when not limited' })
  only!: string[] | null;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'When the right is limited to some rows (行限制): ESCALATED_CASES or OWN_PUPILS; null when not limited' })
  rows!: string | null;
  @Classified('REFERENCE') @Field(() => Boolean, { description: 'Reading this class needs a stated purpose, header X-Purpose (需声明用途)' })
  purposeRequired!: boolean;
}

@ObjectType('Viewer', { description: 'The caller (当前用户) and what the access policy lets it read (本人权限); describes no person.', simpleResolvers: true })
export class ViewerType {
  @Classified('REFERENCE') @Field(() => AgencyKind, { description: 'Kind of agency of the token (机构类型); PARTNER_APP for a partner app' })
  agencyKind!: AgencyKind;
  @Classified('REFERENCE') @Field(() => AgencyKind, { description: 'The agency whose rights apply (适用权限的机构): the caller’s own, or the one a partner app acts for' })
  agency!: AgencyKind;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'County of the token (所属县, GB/T 2260 code; claim county_code): the county whose rows the caller works in; null for the city and the province' })
  countyCode!: string | null;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'City (市) or province (省) division code of a CITY_EDUCATION_BUREAU or PROVINCE_EDUCATION_DEPARTMENT token (claim region_code); null for everyone else' })
  regionCode!: string | null;
  @Classified('REFERENCE') @Field(() => TownshipType, { nullable: true, description: 'Township of a township token (所属乡镇)' })
  township!: TownshipType | null;
  @Classified('REFERENCE') @Field(() => SchoolType, { nullable: true, description: 'School of a school token (所属学校)' })
  school!: SchoolType | null;
  @Classified('REFERENCE') @Field(() => String, { description: 'Which children the caller sees at all (行范围): COUNTY, TOWNSHIP, SCHOOL, LABOR_FINDINGS, LEGAL, CARE, DISABILITY, REGISTERED_POOR, or NONE (the city and the province: aggregates only)' })
  rowScope!: string;
  @Classified('REFERENCE') @Field(() => [ClassAccessType], { description: 'The field classes the caller may read (可读数据类别), and how' })
  classes!: ClassAccessType[];
  @Classified('REFERENCE') @Field(() => [String], { description: 'Purpose codes the caller may state in X-Purpose (可声明的用途), e.g. DROPOUT_CASEWORK' })
  purposes!: string[];
}
