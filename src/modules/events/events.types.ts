import { Field, ID, ObjectType } from 'type-graphql';
import { Classified } from '../../access/field-classes';

@ObjectType('MonitoringEvent', {
  description: 'An event of the monitoring (动态监测事件), delivered at once to the township and the education bureau (plan R2.4): DROPOUT_REPORTED, SUSPECTED_DROPOUT, CHILD_RETURNED, CASE_ESCALATED, CASE_TO_JUDICIARY, CASE_CLOSED, TRANSFER_REQUESTED, TRANSFER_ACCEPTED.',
  simpleResolvers: true,
})
export class MonitoringEventType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Event id, increasing (事件编号); pass as `after` to resume' }) id!: string;
  @Classified('EDUCATION') @Field(() => String, { description: 'Kind of event (事件类型)' }) type!: string;
  @Classified('EDUCATION') @Field(() => Date, { description: 'When it was recorded (记录时间)' }) createdAt!: Date;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Township concerned (乡镇)' }) townshipCode!: string | null;
  @Classified('EDUCATION') @Field(() => ID, { nullable: true, description: 'School concerned (学校)' }) schoolId!: string | null;
  @Classified('EDUCATION') @Field(() => String, { description: 'Details as JSON (详情)' }) payload!: string;
  childId!: string | null;
}
