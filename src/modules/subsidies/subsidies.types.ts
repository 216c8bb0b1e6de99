import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { AgencyKind, FundingLevel, GrantStatus, SubsidyPeriod } from '../../generated/prisma/enums';

registerEnumType(GrantStatus, {
  name: 'GrantStatus',
  description: 'State of a subsidy grant (资助状态, plan R4.3).',
  valuesConfig: {
    PROPOSED: { description: 'Proposed (拟资助)' },
    APPROVED: { description: 'Approved (已审批)' },
    PAID: { description: 'Paid (已发放)' },
    STOPPED: { description: 'Stopped, with a reason (已停发)' },
  },
});
registerEnumType(FundingLevel, {
  name: 'FundingLevel',
  description: 'Who funds a programme (资金来源).',
  valuesConfig: { CENTRAL: { description: 'Central (中央)' }, PROVINCIAL: { description: 'Provincial (省级)' }, COUNTY: { description: 'County (县级)' } },
});
registerEnumType(SubsidyPeriod, {
  name: 'SubsidyPeriod',
  description: 'Period an amount covers (发放周期).',
  valuesConfig: { TERM: { description: 'Per term (每学期)' }, YEAR: { description: 'Per year (每年)' }, MONTH: { description: 'Per month (每月)' }, ONCE: { description: 'Once (一次性)' } },
});
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: 'Kind of department that calls the hub (部门类型).',
  valuesConfig: {
    EDUCATION_BUREAU: { description: 'Education bureau (教育局)' },
    CIVIL_AFFAIRS: { description: 'Civil affairs (民政局)' },
    HUMAN_RESOURCES_SOCIAL_SECURITY: { description: 'HR & social security (人社局)' },
    JUDICIARY: { description: 'Judiciary (司法局)' },
    WOMENS_FEDERATION: { description: 'Women\'s federation (妇联)' },
    DISABLED_PERSONS_FEDERATION: { description: 'Disabled persons\' federation (残联)' },
    POVERTY_ALLEVIATION_OFFICE: { description: 'Poverty-alleviation office (扶贫办/乡村振兴局)' },
    TOWNSHIP: { description: 'Township government (乡镇人民政府)' },
    SCHOOL: { description: 'School (学校)' },
    SUPERVISION: { description: 'Education supervision office (督导室)' },
    PARTNER_APP: { description: 'Registered partner application (合作应用)' },
  },
});

@ObjectType('SubsidyProgramme', { description: 'Subsidy programme (资助项目), e.g. 两免一补, 营养改善计划 (plan R4.3).', simpleResolvers: true })
export class SubsidyProgrammeType {
  @Classified('REFERENCE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Programme code (项目代码)' })
  code!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Name (项目名称)' })
  name!: string;
  @Classified('REFERENCE') @Field(() => FundingLevel, { description: 'Funding level (资金来源)' })
  fundingLevel!: FundingLevel;
  @Classified('REFERENCE') @Field(() => AgencyKind, { description: 'Department that runs it (主管部门)' })
  ownerAgency!: AgencyKind;
  @Classified('REFERENCE') @Field(() => Int, { description: 'Standard amount in fen (标准金额, 分)' })
  amountCents!: number;
  @Classified('REFERENCE') @Field(() => SubsidyPeriod, { description: 'Period the amount covers (发放周期)' })
  period!: SubsidyPeriod;
}

@ObjectType('SubsidyGrant', { description: 'A subsidy granted to a child for a term (学生资助, plan R4.2–R4.3).', simpleResolvers: true })
export class SubsidyGrantType {
  @Classified('WELFARE') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('WELFARE') @Field(() => Int, { description: 'School year (学年), named by its starting year' })
  schoolYear!: number;
  @Classified('WELFARE') @Field(() => Int, { description: 'Term (学期), 1 or 2' })
  term!: number;
  @Classified('WELFARE') @Field(() => Int, { description: 'Amount in fen (金额, 分)' })
  amountCents!: number;
  @Classified('WELFARE') @Field(() => GrantStatus, { description: 'State (状态)' })
  status!: GrantStatus;
  @Classified('WELFARE') @Field(() => Date, { nullable: true, description: 'When last decided (审批时间)' })
  decidedAt!: Date | null;
  @Classified('WELFARE') @Field(() => String, { nullable: true, description: 'Why it was stopped (停发原因)' })
  stopReason!: string | null;
  @Classified('WELFARE') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  @Classified('WELFARE') @Field(() => String, { nullable: true, description: 'Who last decided: user or department (审批人)' })
  decidedBy!: string | null;
  @Classified('WELFARE') @Field(() => Date, { description: 'When it was proposed (申报时间)' })
  createdAt!: Date;
  programmeId!: string;
  childId!: string;
}
