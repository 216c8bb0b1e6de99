import { Field, ID, InputType, Int } from 'type-graphql';
import { Classified } from '../../access/field-classes';

@InputType('ProposeGrantInput', { description: 'Propose a subsidy for a child for one term (资助申报, plan R4.2–R4.3). The amount comes from the programme.' })
export class ProposeGrantInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童)' })
  childId!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Programme code (项目代码)' })
  programmeCode!: string;
  @Classified('WELFARE') @Field(() => Int, { description: 'School year (学年), named by the year it starts' })
  schoolYear!: number;
  @Classified('WELFARE') @Field(() => Int, { description: 'Term (学期), 1 or 2; yearly programmes are granted in term 1' })
  term!: number;
}

@InputType('GrantDecisionInput', { description: 'Approve a proposed grant or record an approved one as paid (审批 / 发放).' })
export class GrantDecisionInput {
  @Classified('WELFARE') @Field(() => ID, { description: 'The grant (资助记录)' })
  grantId!: string;
  @Classified('WELFARE') @Field(() => Int, { description: 'Version you read (版本号); a stale version gets CONFLICT' })
  version!: number;
}

@InputType('StopGrantInput', { description: 'Stop a proposed or approved grant, with the reason (停发).' })
export class StopGrantInput {
  @Classified('WELFARE') @Field(() => ID, { description: 'The grant (资助记录)' })
  grantId!: string;
  @Classified('WELFARE') @Field(() => Int, { description: 'Version you read (版本号); a stale version gets CONFLICT' })
  version!: number;
  @Classified('WELFARE') @Field(() => String, { description: 'Why it is stopped (停发原因), required' })
  reason!: string;
}
