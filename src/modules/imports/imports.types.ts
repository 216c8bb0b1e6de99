import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Classified } from '../../access/field-classes';
import { ImportKind, ImportStatus } from '../../generated/prisma/enums';

registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: 'Kinds of department spreadsheet the hub imports (导入类型)',
  valuesConfig: {
    POVERTY_ROLL: { description: 'Registered-poor households roll (建档立卡贫困户名单), poverty-alleviation office' },
    MINIMUM_LIVING: { description: 'Minimum-living-guarantee list (低保对象名单), civil affairs' },
    DISABILITY_REGISTER: { description: 'Disability certificate register (残疾人证登记), disabled persons\' federation' },
    CENSUS: { description: 'Census of school-age children (适龄儿童摸底登记表), township or education bureau' },
    SCHOOL_ROSTER: { description: 'School roster from the student-registration system (学籍花名册), school or education bureau' },
    RESIDENCE_PERMIT: { description: 'Residence permits of migrant children (随迁子女居住证信息), education bureau or school' },
  },
});

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'State of an import (导入状态)',
  valuesConfig: {
    RUNNING: { description: 'Being read and applied (导入中)' },
    SUCCEEDED: { description: 'Imported, or already imported before (导入成功)' },
    REJECTED: { description: 'Refused: bad rows or an unreadable file; nothing was changed (已拒绝，未作更改)' },
    FAILED: { description: 'Stopped by an internal error; nothing was changed (失败，未作更改)' },
  },
});

@ObjectType('ImportReject', { description: 'A refused row of an import (被拒绝的行): where and why. The cell\'s value is never repeated here.', simpleResolvers: true })
export class ImportRejectType {
  @Classified('REFERENCE') @Field(() => Int, { description: 'Row number as the spreadsheet shows it (行号)' })
  row!: number;
  @Classified('REFERENCE') @Field(() => String, { description: 'Column header (列)' })
  column!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Reason in Chinese (原因)' })
  reasonZh!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'Reason in English' })
  reasonEn!: string;
}

@ObjectType('ImportJob', { description: 'One import of a department\'s spreadsheet (导入批次): its state and counts. Seen by the agency that ran it.', simpleResolvers: true })
export class ImportJobType {
  @Classified('REFERENCE') @Field(() => ID, { description: 'Job id (批次编号)' })
  id!: string;
  @Classified('REFERENCE') @Field(() => ImportKind, { description: 'What was imported (导入类型)' })
  kind!: ImportKind;
  @Classified('REFERENCE') @Field(() => String, { description: 'File name (文件名)' })
  fileName!: string;
  @Classified('REFERENCE') @Field(() => String, { description: 'CSV or XLSX (文件格式)' })
  format!: string;
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'Character set of a CSV file: UTF-8 or GB18030 (字符编码)' })
  encoding!: string | null;
  @Classified('REFERENCE') @Field(() => String, { description: 'sha256 of the file (文件摘要)' })
  contentHash!: string;
  @Classified('REFERENCE') @Field(() => Boolean, { description: 'Good rows imported even when others are refused (仅导入有效行)' })
  validRowsOnly!: boolean;
  @Classified('REFERENCE') @Field(() => ImportStatus, { description: 'State (状态)' })
  status!: ImportStatus;
  @Classified('REFERENCE') @Field(() => Int, { description: 'Data rows read so far (已读行数)' })
  totalRows!: number;
  @Classified('REFERENCE') @Field(() => Int, { description: 'Rows that added a record (新增)' })
  insertedRows!: number;
  @Classified('REFERENCE') @Field(() => Int, { description: 'Rows that changed a record (更新)' })
  updatedRows!: number;
  @Classified('REFERENCE') @Field(() => Int, { description: 'Rows already as recorded (未变)' })
  unchangedRows!: number;
  @Classified('REFERENCE') @Field(() => Int, { description: 'Rows refused (拒绝)' })
  rejectedRows!: number;
  @Classified('REFERENCE') @Field(() => [ImportRejectType], { description: 'The first refused rows with their reasons, up to 200 (被拒绝的行)' })
  rejects!: ImportRejectType[];
  @Classified('REFERENCE') @Field(() => String, { nullable: true, description: 'Summary or the reason a file was refused, Chinese / English (说明)' })
  message!: string | null;
  @Classified('REFERENCE') @Field(() => ID, { nullable: true, description: 'The earlier job that imported the same file, when this one changed nothing (重复导入的原批次)' })
  duplicateOfId!: string | null;
  @Classified('REFERENCE') @Field(() => Date, { description: 'Started (开始时间)' })
  startedAt!: Date;
  @Classified('REFERENCE') @Field(() => Date, { nullable: true, description: 'Finished (完成时间)' })
  finishedAt!: Date | null;
}
