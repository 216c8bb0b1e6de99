import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { BoardingAssignmentType } from './boarding.types';

@InputType('TermBedsInput', { description: 'Boarding beds of a school for a term (学期寄宿床位, plan R5.2).' })
export class TermBedsInput {
  @Classified('BOARDING') @Field(() => ID, { description: 'School (学校)' }) schoolId!: string;
  @Classified('BOARDING') @Field(() => Int, { description: 'School year (学年)' }) schoolYear!: number;
  @Classified('BOARDING') @Field(() => Int, { description: 'Term, 1 or 2 (学期)' }) term!: number;
  @Classified('BOARDING') @Field(() => Int, { description: 'Beds available (床位数)' }) beds!: number;
}

@InputType('BoardingRequestInput', { description: 'A child asking for a boarding place (寄宿申请).' })
export class BoardingRequestInput {
  @Classified('BASIC') @Field(() => ID, { description: 'The child (儿童)' }) childId!: string;
  @Classified('BOARDING') @Field(() => ID, { description: 'Boarding school (寄宿学校)' }) schoolId!: string;
  @Classified('BOARDING') @Field(() => Int, { description: 'School year (学年)' }) schoolYear!: number;
  @Classified('BOARDING') @Field(() => Int, { description: 'Term, 1 or 2 (学期)' }) term!: number;
  @Classified('BOARDING') @Field(() => String, { nullable: true, description: 'Bed label when assigning directly (床位号)' }) bedLabel?: string | null;
}

@ObjectType('WaitingListEntry', { description: 'A child on a boarding waiting list, in priority order (寄宿候补): left-behind, then registered-poor, then distance (plan R5.2, R6.1).', simpleResolvers: true })
export class WaitingListEntryType {
  @Classified('BOARDING') @Field(() => Int, { description: 'Position (顺位)' }) position!: number;
  @Classified('BOARDING') @Field(() => BoardingAssignmentType, { description: 'The waiting request (候补记录)' }) assignment!: BoardingAssignmentType;
  childId!: string;
}

@ObjectType('AllocationResult', { description: 'Beds given out from the waiting list (床位分配结果).', simpleResolvers: true })
export class AllocationResultType {
  @Classified('BOARDING') @Field(() => [BoardingAssignmentType], { description: 'Newly assigned (新分配)' }) assigned!: BoardingAssignmentType[];
  @Classified('BOARDING') @Field(() => Int, { description: 'Still waiting (仍候补)' }) stillWaiting!: number;
  @Classified('BOARDING') @Field(() => Int, { description: 'Beds left (剩余床位)' }) bedsLeft!: number;
}
