import type { FieldClass } from '../../access/field-classes';
import type { Purpose } from '../../access/policy';
import type { AgencyKind } from '../../generated/prisma/enums';

/**
 * The Chinese words of the guardian's access report (issue 10 item 5): a
 * guardian reads agencies, kinds of data and purposes, not codes. Complete
 * by type: a new class, purpose or agency kind does not compile without its
 * label here.
 */
export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  EDUCATION_BUREAU: '县教育局',
  TOWNSHIP: '乡镇人民政府',
  SCHOOL: '学校',
  CIVIL_AFFAIRS: '县民政局',
  HUMAN_RESOURCES_SOCIAL_SECURITY: '县人力资源和社会保障局',
  JUDICIARY: '县司法局',
  WOMENS_FEDERATION: '县妇联',
  DISABLED_PERSONS_FEDERATION: '县残联',
  POVERTY_ALLEVIATION_OFFICE: '县扶贫办',
  SUPERVISION: '县教育督导室',
  PARTNER_APP: '合作应用',
  CITY_EDUCATION_BUREAU: '市教育局',
  PROVINCE_EDUCATION_DEPARTMENT: '省教育厅',
};

export const CLASS_LABELS: Record<FieldClass, string> = {
  REFERENCE: '机构信息',
  BASIC: '基本信息（姓名、性别、年龄、住址、学校、年级、在学状态）',
  IDENTIFIERS: '证件号码（身份证号、学籍号、户籍号、残疾证号、居住证号）',
  CONTACT: '监护人及联系方式',
  ECONOMIC: '家庭经济状况（建档立卡、低保、特困）',
  ECONOMIC_DETAIL: '家庭收入及救助金额',
  EDUCATION: '学籍、考勤及劝返记录',
  WELFARE: '资助及帮扶计划',
  DISABILITY: '残疾情况',
  DISABILITY_DETAIL: '残疾评估及送教上门记录',
  PLACEMENT: '残疾儿童安置',
  BOARDING: '寄宿安排',
  CARE: '留守、困境儿童关爱记录',
  MIGRATION: '随迁子女就学信息',
  LEGAL: '法律措施',
  LABOR: '非法用工查处记录',
  AGGREGATE: '统计数',
  AUDIT: '数据访问记录',
};

/** Short forms for the one-page PDF's narrow columns. */
export const CLASS_SHORT_LABELS: Record<FieldClass, string> = {
  REFERENCE: '机构信息',
  BASIC: '基本信息',
  IDENTIFIERS: '证件号码',
  CONTACT: '联系方式',
  ECONOMIC: '家庭经济状况',
  ECONOMIC_DETAIL: '收入及救助金额',
  EDUCATION: '学籍考勤',
  WELFARE: '资助帮扶',
  DISABILITY: '残疾情况',
  DISABILITY_DETAIL: '残疾评估送教',
  PLACEMENT: '残疾儿童安置',
  BOARDING: '寄宿',
  CARE: '关爱记录',
  MIGRATION: '随迁就学',
  LEGAL: '法律措施',
  LABOR: '用工查处',
  AGGREGATE: '统计数',
  AUDIT: '访问记录',
};

export const PURPOSE_LABELS: Record<Purpose, string> = {
  AID_ELIGIBILITY: '救助资格审核',
  PLACEMENT: '残疾儿童安置',
  DROPOUT_CASEWORK: '控辍保学、劝返复学',
  SUBSIDY_REVIEW: '学生资助审核',
  LEGAL_AID: '法律援助及督促复学',
  CARE: '留守、困境儿童关爱',
  RECONCILIATION: '部门数据比对核查',
  SUPERVISION: '教育督导',
  ENROLLMENT_MANAGEMENT: '学籍管理',
  CENSUS: '适龄儿童摸底调查',
  LABOR_INSPECTION: '劳动用工监察',
  GUARDIAN_REQUEST: '依监护人申请查阅',
};

/** A purpose code as the report shows it (records written before a code existed, or without one, say so). */
export function purposeLabel(code: string | null): string {
  if (code === null) return '未说明（仅读取基本信息）';
  return (PURPOSE_LABELS as Record<string, string>)[code] ?? `其他（${code}）`;
}

export function classLabel(code: string, short = false): string {
  return ((short ? CLASS_SHORT_LABELS : CLASS_LABELS) as Record<string, string>)[code] ?? code;
}
