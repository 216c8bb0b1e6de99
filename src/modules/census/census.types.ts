import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { CensusMatch, CensusRoundStatus, Gender } from '../../generated/prisma/enums';
import { LocalDateScalar } from '../../graphql/scalars';

/**
 * 摸底 (plan R2.2): a township's annual survey of its school-age children,
 * matched against the school register. access-policy.md puts census entries
 * in the EDUCATION class (TOWNSHIP: "R, W census"); the ID number stays
 * IDENTIFIERS (masked for townships), the census's suspicion of a disability
 * stays DISABILITY, the child's current enrollment status BASIC.
 */

registerEnumType(CensusRoundStatus, {
  name: 'CensusRoundStatus',
  description: 'State of a census round (摸底轮次状态).',
  valuesConfig: {
    OPEN: { description: 'Open: entries are being added and reviewed (摸底中)' },
    SUBMITTED: { description: 'Submitted and frozen (已上报, 不可再改)' },
  },
});

registerEnumType(CensusMatch, {
  name: 'CensusMatch',
  description: 'How a census entry was matched to the school register (摸底比对结果, plan R2.2).',
  valuesConfig: {
    MATCHED_BY_ID: { description: 'Same ID number as a child in the hub (身份证号一致), confidence 1' },
    PROBABLE: { description: 'Same name and birth date, no ID number to confirm it (疑似匹配): waits in the review queue' },
    UNMATCHED: { description: 'No child of the hub matches: the child was registered from the census (未匹配, 按摸底登记)' },
    CONFIRMED: { description: 'A probable match confirmed by a reviewer (人工确认)' },
    REJECTED: { description: 'A probable match rejected by a reviewer: the child was registered from the census (人工否决)' },
  },
});

@ObjectType('CensusRound', { description: 'A township\'s annual census of school-age children (摸底轮次, plan R2.2).', simpleResolvers: true })
export class CensusRoundType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Year of the census (摸底年度); school age is 6–15 on 31 August of it' })
  year!: number;
  @Classified('EDUCATION') @Field(() => CensusRoundStatus, { description: 'State (状态): OPEN, or SUBMITTED and frozen' })
  status!: CensusRoundStatus;
  @Classified('EDUCATION') @Field(() => Date, { nullable: true, description: 'When it was submitted (上报时间)' })
  submittedAt!: Date | null;
  @Classified('EDUCATION') @Field(() => String, { description: 'Township division code (乡镇代码)' })
  townshipCode!: string;
}

@ObjectType('CensusRoundSummary', { description: 'Counts of a census round over the entries you may see (摸底汇总).', simpleResolvers: true })
export class CensusRoundSummaryType {
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Entries (摸底人数)' })
  entries!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Matched by ID number (身份证号匹配)' })
  matchedById!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Probable matches waiting for review (待审核疑似匹配)' })
  probable!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Confirmed by a reviewer (人工确认)' })
  confirmed!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'Unmatched or rejected: registered from the census (按摸底新登记)' })
  registeredFromCensus!: number;
  @Classified('AGGREGATE') @Field(() => Int, { description: 'On no school roll (不在校): not enrolled, dropped out or transferred away per the register' })
  onNoSchoolRoll!: number;
}

@ObjectType('CensusEntry', { description: 'One child found by a township census (摸底登记), with its match to the school register (台账).', simpleResolvers: true })
export class CensusEntryType {
  @Classified('EDUCATION') @Field(() => ID, { description: 'Hub identifier' })
  id!: string;
  @Classified('EDUCATION') @Field(() => String, { description: 'Name as recorded by the census (姓名)' })
  name!: string;
  @Classified('EDUCATION') @Field(() => Gender, { nullable: true, description: 'Gender (性别)' })
  gender!: Gender | null;
  @Classified('EDUCATION') @Field(() => LocalDateScalar, { description: 'Birth date (出生日期)' })
  birthDate!: Date;
  @Classified('EDUCATION') @Field(() => CensusMatch, { description: 'Match to the school register (比对结果)' })
  match!: CensusMatch;
  @Classified('EDUCATION') @Field(() => Float, { nullable: true, description: 'Confidence of the match, 0–1 (匹配置信度): 1 by ID number, 0.9 name + birth date + village, 0.7 name + birth date' })
  matchConfidence!: number | null;
  @Classified('EDUCATION') @Field(() => Boolean, { nullable: true, description: 'In school as the census recorded it (摸底时是否在校)' })
  inSchool!: boolean | null;
  @Classified('DISABILITY') @Field(() => Boolean, { description: 'Suspected disabled by the census (疑似残疾)' })
  suspectedDisabled!: boolean;
  @Classified('EDUCATION') @Field(() => String, { nullable: true, description: 'Note of the census taker (备注)' })
  note!: string | null;

  countyCode!: string;
  roundId!: string;
  villageCode!: string;
  childId!: string | null;
  idNumberCipher!: Uint8Array | null;
}

@ObjectType('AddCensusEntriesPayload', { description: 'What adding census entries did (摸底登记结果).', simpleResolvers: true })
export class AddCensusEntriesPayload {
  @Classified('EDUCATION') @Field(() => CensusRoundType, { description: 'The round (摸底轮次)' })
  round!: CensusRoundType;
  @Classified('EDUCATION') @Field(() => [CensusEntryType], { description: 'The entries added, in input order (登记记录)' })
  entries!: CensusEntryType[];
  @Classified('EDUCATION') @Field(() => Int, { description: 'Matched by ID number (身份证号匹配)' })
  matchedById!: number;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Probable matches put in the review queue (疑似匹配待审核)' })
  probable!: number;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Children unknown to the hub, registered from the census (新登记儿童)' })
  childrenRegistered!: number;
  @Classified('EDUCATION') @Field(() => Int, { description: 'Entries put on the suspected-dropout ledger (列入疑似辍学台账)' })
  suspectedDropouts!: number;
}
