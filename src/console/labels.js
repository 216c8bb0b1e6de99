// Chinese labels of the hub's codes (enum values, agency kinds, purposes,
// field classes). Introspection is off in production, so the console carries
// its own labels; each is the Chinese term of the schema's description.

const AGENCIES = {
  EDUCATION_BUREAU: '教育局',
  TOWNSHIP: '乡镇人民政府',
  SCHOOL: '学校',
  CIVIL_AFFAIRS: '民政局',
  HUMAN_RESOURCES_SOCIAL_SECURITY: '人社局',
  JUDICIARY: '司法局',
  WOMENS_FEDERATION: '妇联',
  DISABLED_PERSONS_FEDERATION: '残联',
  POVERTY_ALLEVIATION_OFFICE: '扶贫办',
  SUPERVISION: '督导室',
  PARTNER_APP: '合作应用',
  CITY_EDUCATION_BUREAU: '市教育局',
  PROVINCE_EDUCATION_DEPARTMENT: '省教育厅',
};

const PURPOSES = {
  AID_ELIGIBILITY: '资助资格认定',
  PLACEMENT: '残疾儿童安置',
  DROPOUT_CASEWORK: '控辍个案办理',
  SUBSIDY_REVIEW: '资助审核',
  LEGAL_AID: '法律援助',
  CARE: '关爱帮扶',
  RECONCILIATION: '比对核查',
  SUPERVISION: '督导检查',
  ENROLLMENT_MANAGEMENT: '学籍管理',
  CENSUS: '摸底排查',
  LABOR_INSPECTION: '劳动用工检查',
};

const FIELD_CLASSES = {
  REFERENCE: '参考数据',
  BASIC: '基本信息',
  IDENTIFIERS: '身份标识',
  CONTACT: '联系信息',
  ECONOMIC: '家庭经济状况',
  ECONOMIC_DETAIL: '收入与资产',
  EDUCATION: '教育记录',
  WELFARE: '资助帮扶',
  DISABILITY: '残疾信息',
  DISABILITY_DETAIL: '残疾评估与送教',
  PLACEMENT: '残疾儿童安置',
  BOARDING: '寄宿',
  CARE: '关爱',
  MIGRATION: '随迁子女',
  LEGAL: '法律事务',
  LABOR: '用工检查',
  AGGREGATE: '统计数据',
  AUDIT: '访问日志',
};

const ROW_SCOPES = {
  COUNTY: '全县',
  TOWNSHIP: '本乡镇居住或就读的儿童',
  SCHOOL: '本校在读、转入转出及申请入学的儿童',
  LABOR_FINDINGS: '本部门用工检查涉及的儿童（仅按身份证号核查）',
  LEGAL: '涉及法律事务的儿童',
  CARE: '留守儿童与困境儿童',
  DISABILITY: '残疾儿童及疑似残疾儿童',
  REGISTERED_POOR: '建档立卡贫困户儿童',
  NONE: '无',
};

const ENUMS = {
  SchoolLevel: { PRIMARY: '小学', JUNIOR: '初中' },
  Gender: { MALE: '男', FEMALE: '女' },
  EnrollmentStatus: { ENROLLED: '在读', SUSPENDED: '休学', DROPPED_OUT: '辍学', TRANSFERRED_OUT: '转出', GRADUATED: '毕业', DECEASED: '死亡', NOT_ENROLLED: '未入学' },
  StatusEventType: { ENROL: '入学', TRANSFER_IN: '转入', TRANSFER_OUT: '转出', SUSPEND: '休学', RESUME: '复学', DROPOUT: '辍学', RETURN: '劝返复学', GRADUATE: '毕业', DECEASE: '死亡', CORRECTION: '更正' },
  SuspectStatus: { OPEN: '待核查', CONFIRMED: '确认辍学', CLEARED: '已排除' },
  SuspectSource: { ABSENCE_STREAK: '连续无故缺勤', ABSENCE_RATE: '缺勤率', SUSPENSION_OVERDUE: '休学逾期未复学', CENSUS_NOT_ENROLLED: '摸底未入学', CROSS_CHECK: '比对核查', LABOR_FINDING: '用工检查' },
  CaseStatus: { OPEN: '已立案', PERSUADING: '劝返中', RETURNED: '已复学', ALTERNATIVE_PLACEMENT: '其他安置', LEGAL_ACTION: '依法控辍', CLOSED: '销号' },
  CaseSource: { ABSENCE_ALERT: '连续缺勤预警', CENSUS: '摸底排查', CROSS_CHECK: '比对核查', LABOR_FINDING: '人社用工检查', SCHOOL_REPORT: '学校报告', SUSPENSION_OVERDUE: '休学逾期' },
  DropoutCause: { DISABILITY: '因残', DISTANCE: '上学远', ILLNESS: '因病', LACK_OF_CARE: '缺乏关爱', LEARNING_DIFFICULTY: '学习困难', MARRIAGE: '早婚', OTHER: '其他', POVERTY: '因贫', WEARY_OF_SCHOOL: '厌学', WORK: '外出务工' },
  VisitOutcome: { AGREED_TO_RETURN: '同意返校', NOT_HOME: '未见到人', OTHER: '其他', REFUSED: '拒绝', RETURNED: '已返校' },
  RiskRule: { ABSENCE_STREAK: '连续无故缺勤', ABSENCE_RATE: '近期无故缺勤', SUSPENSION_OVERDUE: '休学逾期未复学', OVER_AGE: '留级或超龄', LEARNING_SUPPORT: '学习困难/厌学帮扶', TRANSITION: '升学过渡期' },
  GuardianRelation: { FATHER: '父亲', MOTHER: '母亲', GRANDFATHER: '祖父/外祖父', GRANDMOTHER: '祖母/外祖母', SIBLING: '兄姐', OTHER_RELATIVE: '其他亲属', OTHER: '其他' },
  CareKind: { LEFT_BEHIND: '留守儿童', IN_DISTRESS: '困境儿童' },
  PlacementType: { REGULAR_CLASS: '随班就读', SPECIAL_SCHOOL: '特殊教育学校就读', HOME_TEACHING: '送教上门', DEFERRED: '缓学' },
  PlacementStatus: { PROPOSED: '建议', ASSIGNED: '已安置', ENDED: '已结束' },
  GrantStatus: { PROPOSED: '拟资助', APPROVED: '已审批', PAID: '已发放', STOPPED: '已停发' },
  BoardingStatus: { ASSIGNED: '已安排床位', WAITLISTED: '候补', RELEASED: '已退宿' },
  MigrantStatus: { APPLIED: '已申请', ASSIGNED: '已分配学位', ENROLLED: '已入学', REJECTED: '未通过' },
  DisabilityCategory: { HEARING: '听力残疾', INTELLECTUAL: '智力残疾', MENTAL: '精神残疾', MULTIPLE: '多重残疾', PHYSICAL: '肢体残疾', SPEECH: '言语残疾', VISUAL: '视力残疾' },
  LegalActionKind: { ADMINISTRATIVE_PENALTY: '行政处罚', LAWSUIT: '提起诉讼', LEGAL_AID: '法律援助', LEGAL_EDUCATION: '法治教育', WRITTEN_ORDER: '督促复学通知书' },
  AgencyKind: AGENCIES,
};

/** Warnings put a pupil on the list; context rules are shown beside a warning, never alone. */
const RISK_RULE_KIND = { ABSENCE_STREAK: 'warning', ABSENCE_RATE: 'warning', SUSPENSION_OVERDUE: 'warning', OVER_AGE: 'context', LEARNING_SUPPORT: 'context', TRANSITION: 'context' };

/** The seven named heads of a case (七长, plan R1.2), in the plan's order. */
const HEADS = [
  ['countyHead', '县长'],
  ['bureauHead', '局长'],
  ['townshipHead', '乡镇长'],
  ['villageHead', '村长'],
  ['principal', '校长'],
  ['teacher', '师长'],
  ['parent', '家长'],
];

function label(enumName, value) {
  if (value === null || value === undefined) return '';
  const table = ENUMS[enumName];
  return (table && table[value]) || String(value);
}

module.exports = { AGENCIES, PURPOSES, FIELD_CLASSES, ROW_SCOPES, ENUMS, RISK_RULE_KIND, HEADS, label };
