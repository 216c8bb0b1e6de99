/**
 * The county's ledgers (台账) that can be exported as XLSX or CSV (issue 6).
 * Each ledger is data: the GraphQL root field it reads, how it pages, the
 * filters a caller may pass, and its columns as paths into the result with a
 * Chinese header. The document actually run is built per caller from the
 * columns its schema slice has (plan.ts), so an export reads exactly what
 * the same caller could read over /graphql, and nothing else.
 */

export type Format = 'csv' | 'xlsx';
export const FORMATS: readonly Format[] = ['csv', 'xlsx'];

/** How one column's value is written besides the default for its GraphQL type. */
export type ColumnFormat = 'yuan';

export interface ColumnDef {
  /** Stable English key (listing, tests). */
  key: string;
  /** Chinese header (表头). */
  header: string;
  /** Dotted path from the ledger's item to a leaf field, e.g. `child.township.name`. */
  path: string;
  /** Column width in characters (XLSX). */
  width?: number;
  format?: ColumnFormat;
  /** Written when the value is absent (e.g. 未安置 for a child without a placement). */
  empty?: string;
}

/**
 * A filter a caller may pass as a query parameter:
 * - `arg`: an argument of the root field;
 * - `filter`: a field of the root field's `filter` input object;
 * - `row`: kept rows must have this value at `path` (for ledgers whose rows
 *   are a list inside each item, e.g. one child's subsidy grants).
 * The accepted values come from the caller's slice (types, enum values); a
 * filter whose argument or input field is not in the slice does not exist
 * for that caller, as over GraphQL.
 */
export type ParamTarget = { arg: string } | { filter: string } | { row: string };

export interface ParamDef {
  /** Query-parameter name. */
  name: string;
  target: ParamTarget;
  description: string;
  /** Shape a text value must have (checked before anything runs, so the error names the parameter). */
  pattern?: RegExp;
}

export interface LedgerDef {
  /** URL name: /exports/<name>.<csv|xlsx>. */
  name: string;
  /** Chinese title: sheet name and file name. */
  title: string;
  /** Plan reference (requirements.md). */
  plan: string;
  /** Root query field. */
  root: string;
  /**
   * `connection`: a Relay connection (edges.node, pageInfo), paged with
   * `first`/`after` until the end. `keyset`: a plain list ordered newest
   * first with `first` and `after: ID`, paged with the last item's id until a
   * page comes back short.
   */
  paging: { kind: 'connection'; maxPage: number } | { kind: 'keyset'; max: number };
  /** Arguments or filter fields always sent (not overridable). */
  fixed?: { args?: Record<string, unknown>; filter?: Record<string, unknown> };
  /** Defaults a caller's parameter replaces. */
  defaults?: { filter?: Record<string, unknown> };
  /** A list field of the item whose elements are the rows (paths under it name the row's fields). */
  each?: string;
  /** Paths that must exist in the caller's slice, else the ledger is not available to it (403). */
  essential: string[];
  params: ParamDef[];
  columns: ColumnDef[];
}

const DIVISION_CODE = /^[0-9]{12}$/;
const TOWNSHIP_ARG: ParamDef = { name: 'township', target: { arg: 'townshipCode' }, description: '乡镇代码 (12 digits)', pattern: DIVISION_CODE };

/** Filters on the children connection shared by the ledgers read through it. */
const CHILD_FILTERS: ParamDef[] = [
  { name: 'township', target: { filter: 'townshipCode' }, description: '居住乡镇代码 (12 digits)', pattern: DIVISION_CODE },
  { name: 'village', target: { filter: 'villageCode' }, description: '居住村/社区代码 (12 digits)', pattern: DIVISION_CODE },
  { name: 'school', target: { filter: 'schoolId' }, description: '就读学校 (hub id)' },
  { name: 'status', target: { filter: 'status' }, description: '学籍状态' },
  { name: 'grade', target: { filter: 'grade' }, description: '年级' },
  { name: 'ageMin', target: { filter: 'ageMin' }, description: '最小年龄' },
  { name: 'ageMax', target: { filter: 'ageMax' }, description: '最大年龄' },
  { name: 'leftBehind', target: { filter: 'leftBehind' }, description: '留守儿童 (true/false)' },
  { name: 'inDistress', target: { filter: 'inDistress' }, description: '困境儿童 (true/false)' },
  { name: 'orphan', target: { filter: 'orphan' }, description: '孤儿 (true/false)' },
  { name: 'migrant', target: { filter: 'migrant' }, description: '随迁子女 (true/false)' },
  { name: 'registeredPoor', target: { filter: 'registeredPoor' }, description: '建档立卡 (true/false)' },
  { name: 'minimumLiving', target: { filter: 'minimumLiving' }, description: '低保 (true/false)' },
  { name: 'disabled', target: { filter: 'disabled' }, description: '残疾儿童 (true/false)' },
];

/** The child's own columns, as seen from an item that is the child (prefix '') or holds it (prefix 'child.'). */
function childColumns(prefix: string): ColumnDef[] {
  return [
    { key: 'name', header: '姓名', path: `${prefix}name`, width: 10 },
    { key: 'gender', header: '性别', path: `${prefix}gender`, width: 6 },
    { key: 'birthDate', header: '出生日期', path: `${prefix}birthDate`, width: 12 },
    { key: 'idNumber', header: '身份证号', path: `${prefix}idNumber`, width: 21 },
    { key: 'township', header: '居住乡镇', path: `${prefix}township.name`, width: 12 },
    { key: 'village', header: '居住村/社区', path: `${prefix}village.name`, width: 14 },
    { key: 'school', header: '就读学校', path: `${prefix}enrollment.school.name`, width: 18 },
    { key: 'grade', header: '年级', path: `${prefix}enrollment.grade`, width: 6 },
  ];
}

export const LEDGERS: readonly LedgerDef[] = [
  {
    name: 'children',
    title: '适龄儿童台账',
    plan: 'R2.2',
    root: 'children',
    paging: { kind: 'connection', maxPage: 100 },
    // Compulsory-school age (6–15) unless the caller asks otherwise.
    defaults: { filter: { ageMin: 6, ageMax: 15 } },
    essential: ['name'],
    params: CHILD_FILTERS,
    columns: [
      { key: 'id', header: '系统编号', path: 'id', width: 38 },
      { key: 'name', header: '姓名', path: 'name', width: 10 },
      { key: 'gender', header: '性别', path: 'gender', width: 6 },
      { key: 'birthDate', header: '出生日期', path: 'birthDate', width: 12 },
      { key: 'age', header: '年龄', path: 'age', width: 6 },
      { key: 'ethnicity', header: '民族', path: 'ethnicity', width: 8 },
      { key: 'idNumber', header: '身份证号', path: 'idNumber', width: 21 },
      { key: 'township', header: '居住乡镇', path: 'township.name', width: 12 },
      { key: 'village', header: '居住村/社区', path: 'village.name', width: 14 },
      { key: 'school', header: '就读学校', path: 'enrollment.school.name', width: 18 },
      { key: 'grade', header: '年级', path: 'enrollment.grade', width: 6 },
      { key: 'className', header: '班级', path: 'enrollment.className', width: 8 },
      { key: 'enrollmentStatus', header: '学籍状态', path: 'enrollment.status', width: 10 },
      { key: 'statusSince', header: '状态起始日期', path: 'enrollment.statusSince', width: 12 },
      { key: 'nationalStudentNumber', header: '全国学籍号', path: 'enrollment.nationalStudentNumber', width: 22 },
      { key: 'guardians', header: '监护人', path: 'guardians.person.name', width: 14 },
      { key: 'guardianPhones', header: '监护人电话', path: 'guardians.person.phone', width: 14 },
      { key: 'registeredPoor', header: '建档立卡', path: 'household.registeredPoor', width: 8 },
      { key: 'minimumLiving', header: '低保', path: 'household.minimumLiving', width: 6 },
      { key: 'orphan', header: '孤儿', path: 'isOrphan', width: 6 },
      { key: 'leftBehind', header: '留守儿童', path: 'isLeftBehind', width: 8 },
      { key: 'inDistress', header: '困境儿童', path: 'inDistress', width: 8 },
      { key: 'migrant', header: '随迁子女', path: 'isMigrant', width: 8 },
      { key: 'disabled', header: '残疾儿童', path: 'hasDisability', width: 8 },
    ],
  },
  {
    name: 'suspected-dropouts',
    title: '疑似辍学台账',
    plan: 'R2.4',
    root: 'suspectedDropouts',
    paging: { kind: 'keyset', max: 500 },
    essential: ['status'],
    params: [TOWNSHIP_ARG, { name: 'status', target: { arg: 'status' }, description: '状态' }],
    columns: [
      ...childColumns('child.'),
      { key: 'detectedOn', header: '发现日期', path: 'detectedOn', width: 12 },
      { key: 'source', header: '来源', path: 'source', width: 18 },
      { key: 'detail', header: '情况', path: 'detail', width: 30 },
      { key: 'status', header: '状态', path: 'status', width: 10 },
      { key: 'resolution', header: '核查结果', path: 'resolution', width: 24 },
    ],
  },
  {
    name: 'dropout-cases',
    title: '辍学台账',
    plan: 'R1.2, R2.4',
    root: 'dropoutCases',
    paging: { kind: 'keyset', max: 500 },
    essential: ['status'],
    params: [
      TOWNSHIP_ARG,
      { name: 'status', target: { arg: 'status' }, description: '个案状态' },
      { name: 'overdueOnly', target: { arg: 'overdueOnly' }, description: '只看逾期未走访 (true/false)' },
    ],
    columns: [
      ...childColumns('child.'),
      { key: 'detectedOn', header: '发现日期', path: 'detectedOn', width: 12 },
      { key: 'source', header: '发现途径', path: 'source', width: 14 },
      { key: 'cause', header: '辍学原因', path: 'cause', width: 12 },
      { key: 'causeNote', header: '原因说明', path: 'causeNote', width: 24 },
      { key: 'status', header: '个案状态', path: 'status', width: 10 },
      { key: 'escalationLevel', header: '督办层级', path: 'escalationLevel', width: 8 },
      { key: 'firstVisitDueOn', header: '首次走访期限', path: 'firstVisitDueOn', width: 12 },
      { key: 'returnedOn', header: '复学日期', path: 'returnedOn', width: 12 },
      { key: 'closedOn', header: '销号日期', path: 'closedOn', width: 12 },
      { key: 'alternativePlan', header: '其他安置方式', path: 'alternativePlan', width: 18 },
      // The seven accountable heads (七长, plan R1.2).
      { key: 'countyHead', header: '县长', path: 'responsibleHeads.countyHead', width: 10 },
      { key: 'bureauHead', header: '教育局长', path: 'responsibleHeads.bureauHead', width: 10 },
      { key: 'townshipHead', header: '乡镇长', path: 'responsibleHeads.townshipHead', width: 10 },
      { key: 'villageHead', header: '村长', path: 'responsibleHeads.villageHead', width: 10 },
      { key: 'principal', header: '校长', path: 'responsibleHeads.principal', width: 10 },
      { key: 'teacher', header: '班主任', path: 'responsibleHeads.teacher', width: 10 },
      { key: 'parent', header: '家长', path: 'responsibleHeads.parent', width: 10 },
    ],
  },
  {
    name: 'persuasion-visits',
    title: '劝返复学登记',
    plan: 'R1.3',
    root: 'dropoutCases',
    paging: { kind: 'keyset', max: 500 },
    each: 'visits',
    essential: ['visits.visitedOn'],
    params: [TOWNSHIP_ARG, { name: 'status', target: { arg: 'status' }, description: '个案状态' }],
    columns: [
      ...childColumns('child.'),
      { key: 'caseStatus', header: '个案状态', path: 'status', width: 10 },
      { key: 'cause', header: '辍学原因', path: 'cause', width: 12 },
      { key: 'visitedOn', header: '走访日期', path: 'visits.visitedOn', width: 12 },
      { key: 'visitors', header: '劝返人员', path: 'visits.visitors', width: 18 },
      { key: 'outcome', header: '结果', path: 'visits.outcome', width: 10 },
      { key: 'notes', header: '情况记录', path: 'visits.notes', width: 30 },
      { key: 'nextStep', header: '下一步措施', path: 'visits.nextStep', width: 20 },
      { key: 'nextVisitOn', header: '下次走访日期', path: 'visits.nextVisitOn', width: 12 },
    ],
  },
  {
    name: 'subsidies',
    title: '资助名单',
    plan: 'R4.2, R4.3',
    root: 'children',
    paging: { kind: 'connection', maxPage: 100 },
    each: 'subsidyGrants',
    essential: ['subsidyGrants.status'],
    params: [
      ...CHILD_FILTERS,
      { name: 'schoolYear', target: { row: 'subsidyGrants.schoolYear' }, description: '学年 (starting year)' },
      { name: 'term', target: { row: 'subsidyGrants.term' }, description: '学期 (1 or 2)' },
      { name: 'programme', target: { row: 'subsidyGrants.programme.code' }, description: '资助项目代码' },
      { name: 'grantStatus', target: { row: 'subsidyGrants.status' }, description: '资助状态' },
    ],
    columns: [
      ...childColumns(''),
      { key: 'registeredPoor', header: '建档立卡', path: 'household.registeredPoor', width: 8 },
      { key: 'minimumLiving', header: '低保', path: 'household.minimumLiving', width: 6 },
      { key: 'programme', header: '资助项目', path: 'subsidyGrants.programme.name', width: 20 },
      { key: 'schoolYear', header: '学年', path: 'subsidyGrants.schoolYear', width: 6 },
      { key: 'term', header: '学期', path: 'subsidyGrants.term', width: 6 },
      { key: 'amount', header: '金额（元）', path: 'subsidyGrants.amountCents', width: 10, format: 'yuan' },
      { key: 'grantStatus', header: '资助状态', path: 'subsidyGrants.status', width: 10 },
      { key: 'proposedAt', header: '申报时间', path: 'subsidyGrants.createdAt', width: 17 },
      { key: 'decidedAt', header: '审批时间', path: 'subsidyGrants.decidedAt', width: 17 },
      { key: 'stopReason', header: '停发原因', path: 'subsidyGrants.stopReason', width: 20 },
    ],
  },
  {
    name: 'placements',
    title: '残疾儿童安置台账',
    plan: 'R2.5, R6.4',
    root: 'children',
    paging: { kind: 'connection', maxPage: 100 },
    // Every disabled child, placed or not: an empty placement is the finding (plan R2.5).
    fixed: { filter: { disabled: true } },
    essential: ['placement.type'],
    params: CHILD_FILTERS.filter((p) => p.name !== 'disabled'),
    columns: [
      ...childColumns(''),
      { key: 'disabilityCategory', header: '残疾类别', path: 'disabilityRecord.category', width: 10 },
      { key: 'disabilityGrade', header: '残疾等级', path: 'disabilityRecord.grade', width: 8 },
      { key: 'placementType', header: '安置方式', path: 'placement.type', width: 14, empty: '未安置' },
      { key: 'placementStatus', header: '安置状态', path: 'placement.status', width: 10 },
      { key: 'placementSchool', header: '安置学校', path: 'placement.school.name', width: 18 },
      { key: 'responsibleTeacher', header: '责任教师', path: 'placement.responsibleTeacher', width: 10 },
      { key: 'visitsPerMonth', header: '每月送教次数', path: 'placement.visitsPerMonth', width: 8 },
      { key: 'startsOn', header: '开始日期', path: 'placement.startsOn', width: 12 },
      { key: 'reviewOn', header: '复评日期', path: 'placement.reviewOn', width: 12 },
      { key: 'deferReason', header: '缓学原因', path: 'placement.deferReason', width: 18 },
    ],
  },
];

export function ledgerNamed(name: string): LedgerDef | undefined {
  return LEDGERS.find((l) => l.name === name);
}
