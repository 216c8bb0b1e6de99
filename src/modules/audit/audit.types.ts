import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { AgencyKind } from '../../generated/prisma/enums';

@ObjectType('AccessLogEntry', { description: 'One access record (访问日志): who read which children\'s data, when and why. Append-only, hash-chained.', simpleResolvers: true })
export class AccessLogEntryType {
  @Classified('AUDIT') @Field(() => ID, { description: 'Sequence number in the chain (序号)' })
  id!: string;
  @Classified('AUDIT') @Field(() => Date, { description: 'When (访问时间)' })
  at!: Date;
  @Classified('AUDIT') @Field(() => String, { description: 'Request id (请求编号)' })
  requestId!: string;
  @Classified('AUDIT') @Field(() => String, { description: 'User or client subject (访问主体)' })
  subject!: string;
  @Classified('AUDIT') @Field(() => AgencyKind, { description: 'Agency kind (部门类型)' })
  agencyKind!: AgencyKind;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Agency id (部门标识)' })
  agencyId!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Partner client id (合作应用)' })
  clientId!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Stated purpose (访问目的)' })
  purpose!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'GraphQL operation name (操作名)' })
  operationName!: string | null;
  @Classified('AUDIT') @Field(() => [String], { description: 'Field classes read (读取的数据类别)' })
  fieldClasses!: string[];
  @Classified('AUDIT') @Field(() => Int, { description: 'Number of children whose data was read (涉及儿童数)' })
  childCount!: number;
  @Classified('AUDIT') @Field(() => String, { description: 'OK, PARTIAL, or DENIED:<codes> (结果)' })
  outcome!: string;
}

@ObjectType('AccessLogVerdict', { description: 'Result of walking the access log\'s hash chain (日志完整性校验).', simpleResolvers: true })
export class AccessLogVerdictType {
  @Classified('AUDIT') @Field(() => Boolean, { description: 'The chain is intact (完整)' })
  ok!: boolean;
  @Classified('AUDIT') @Field(() => Int, { description: 'Records checked (已校验条数)' })
  checked!: number;
  @Classified('AUDIT') @Field(() => ID, { nullable: true, description: 'First broken record (首个异常记录)' })
  firstBrokenId!: string | null;
  @Classified('AUDIT') @Field(() => String, { nullable: true, description: 'Why it is broken (原因)' })
  reason!: string | null;
}
