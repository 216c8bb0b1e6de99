import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { BoardingStatus } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

registerEnumType(BoardingStatus, {
  name: 'BoardingStatus',
  description: 'State of a boarding place (寄宿状态, plan R5.2).',
  valuesConfig: {
    ASSIGNED: { description: 'Has a bed (已安排床位)' },
    WAITLISTED: { description: 'On the waiting list (候补)' },
    RELEASED: { description: 'Bed given up (已退宿)' },
  },
});

@ObjectType('BoardingAssignment', { description: 'Boarding place of a child for a term (寄宿安排, plan R5.2, R6.1).', simpleResolvers: true })
export class BoardingAssignmentType {
  @Classified('BOARDING') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('BOARDING') @Field(() => Int, { description: 'School year (学年)' })
  schoolYear!: number;
  @Classified('BOARDING') @Field(() => Int, { description: 'Term (学期)' })
  term!: number;
  @Classified('BOARDING') @Field(() => String, { nullable: true, description: 'Bed (床位号)' })
  bedLabel!: string | null;
  @Classified('BOARDING') @Field(() => BoardingStatus, { description: 'State (状态)' })
  status!: BoardingStatus;
  @Classified('BOARDING') @Field(() => String, { nullable: true, description: 'Priority that applied: left-behind, registered-poor, distance (优先理由)' })
  priorityReason!: string | null;
  @Classified('BOARDING') @Field(() => LocalDateScalar, { description: 'Assigned on (安排日期)' })
  assignedOn!: Date;
  @Classified('BOARDING') @Field(() => Int, { description: 'Record version (版本号)' })
  version!: number;
  schoolId!: string;
}
