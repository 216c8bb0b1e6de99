/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One pupil absent or late on the day (缺勤登记). */
export type AbsenceEntry = {
  /** The pupil (学生) */
  childId: string | number;
  /** UNEXCUSED_ABSENCE or LATE; leave on file turns an absence into EXCUSED_LEAVE */
  kind: AttendanceKind;
  /** Note (备注) */
  note?: string | null | undefined;
};

/** Kind of department that calls the hub (部门类型). */
export type AgencyKind =
  | 'CITY_EDUCATION_BUREAU'
  /** Civil affairs (民政局) */
  | 'CIVIL_AFFAIRS'
  /** Disabled persons' federation (残联) */
  | 'DISABLED_PERSONS_FEDERATION'
  /** Education bureau (教育局) */
  | 'EDUCATION_BUREAU'
  /** HR & social security (人社局) */
  | 'HUMAN_RESOURCES_SOCIAL_SECURITY'
  /** Judiciary (司法局) */
  | 'JUDICIARY'
  /** Registered partner application (合作应用) */
  | 'PARTNER_APP'
  /** Poverty-alleviation office (扶贫办/乡村振兴局) */
  | 'POVERTY_ALLEVIATION_OFFICE'
  | 'PROVINCE_EDUCATION_DEPARTMENT'
  /** School (学校) */
  | 'SCHOOL'
  /** Education supervision office (督导室) */
  | 'SUPERVISION'
  /** Township government (乡镇人民政府) */
  | 'TOWNSHIP'
  /** Women's federation (妇联) */
  | 'WOMENS_FEDERATION';

/** Appointment of a surrogate parent (代理家长, plan R6.2); the current one's role ends the day before. */
export type AppointSurrogateParentInput = {
  /** The arrangement (关爱登记) */
  arrangementId: string | number;
  /** From (起始日期) */
  fromDate: string;
  /** Name (姓名) */
  name: string;
  /** Phone (电话) */
  phone?: string | null | undefined;
  /** Role, e.g. class teacher or village cadre (身份) */
  role: string;
  /** Version of the arrangement you read (版本号) */
  version: number;
};

/** Assignment of a public-school place to a migrant child (分配学位, plan R6.3), by the education bureau. */
export type AssignMigrantPlaceInput = {
  /** The application (入学申请) */
  applicationId: string | number;
  /** Public school with a free place in the grade (公办学校) */
  schoolId: string | number;
  /** Version of the application you read (版本号); a stale version gets CONFLICT */
  version: number;
};

/** Kind of attendance entry (考勤类型, plan R2.4). */
export type AttendanceKind =
  /** On approved leave (请假) */
  | 'EXCUSED_LEAVE'
  /** Late (迟到) */
  | 'LATE'
  /** Absent without leave (无故缺勤) */
  | 'UNEXCUSED_ABSENCE';

/** A child asking for a boarding place (寄宿申请). */
export type BoardingRequestInput = {
  /** Bed label when assigning directly (床位号) */
  bedLabel?: string | null | undefined;
  /** The child (儿童) */
  childId: string | number;
  /** Boarding school (寄宿学校) */
  schoolId: string | number;
  /** School year (学年) */
  schoolYear: number;
  /** Term, 1 or 2 (学期) */
  term: number;
};

/** State of a boarding place (寄宿状态, plan R5.2). */
export type BoardingStatus =
  /** Has a bed (已安排床位) */
  | 'ASSIGNED'
  /** Bed given up (已退宿) */
  | 'RELEASED'
  /** On the waiting list (候补) */
  | 'WAITLISTED';

/** A family phone call or visit (亲情电话, plan R6.2). */
export type CareContactInput = {
  /** The arrangement (关爱登记) */
  arrangementId: string | number;
  /** Date (日期) */
  contactedOn: string;
  /** How (方式) */
  kind: ContactKind;
  /** Minutes, 1–600 (时长, 分钟) */
  minutes?: number | null | undefined;
  /** Notes (备注) */
  notes?: string | null | undefined;
  /** With whom (联系对象) */
  withWhom: string;
};

/** Why a child is under care (关爱类型, plan R6.1). */
export type CareKind =
  /** Child in distress (困境儿童) */
  | 'IN_DISTRESS'
  /** Left-behind child (留守儿童) */
  | 'LEFT_BEHIND';

/** How a dropout came to notice (发现途径). */
export type CaseSource =
  /** Consecutive absence (连续缺勤预警, plan R2.4) */
  | 'ABSENCE_ALERT'
  /** Census (摸底排查, plan R2.2) */
  | 'CENSUS'
  /** Cross-check of registers (比对核查, plan R2.3) */
  | 'CROSS_CHECK'
  /** Illegal-employment finding (人社用工检查, plan R1.4) */
  | 'LABOR_FINDING'
  /** School report (学校报告) */
  | 'SCHOOL_REPORT'
  /** Suspension past its due-back date (休学逾期) */
  | 'SUSPENSION_OVERDUE';

/** State of a dropout case (劝返状态, plan R1.2–R1.3): OPEN → PERSUADING → RETURNED | ALTERNATIVE_PLACEMENT | LEGAL_ACTION → CLOSED. */
export type CaseStatus =
  /** Placed elsewhere, e.g. vocational or special education (其他安置) */
  | 'ALTERNATIVE_PLACEMENT'
  /** Struck off (销号) */
  | 'CLOSED'
  /** Escalated to the judiciary (依法控辍) */
  | 'LEGAL_ACTION'
  /** Opened (已立案) */
  | 'OPEN'
  /** Persuasion under way (劝返中) */
  | 'PERSUADING'
  /** Back at school (已复学) */
  | 'RETURNED';

/** Move a case to its next state (个案状态变更). */
export type CaseTransitionInput = {
  /** Alternative placement, e.g. vocational school (其他安置): required for ALTERNATIVE_PLACEMENT */
  alternativePlan?: string | null | undefined;
  /** The case (个案) */
  caseId: string | number;
  /** Evidence that the placement is confirmed (安置确认材料): required to close an alternative placement */
  evidenceRef?: string | null | undefined;
  /** Note (说明) */
  note?: string | null | undefined;
  /** Target state: ALTERNATIVE_PLACEMENT, LEGAL_ACTION or CLOSED (目标状态) */
  to: CaseStatus;
  /** Version you read (版本号) */
  version: number;
};

/** One school-age child found by the township census (摸底登记, plan R2.2). */
export type CensusEntryInput = {
  /** Birth date (出生日期); must agree with the ID number; school age is 6–15 on 31 August of the census year */
  birthDate: string;
  /** Gender (性别); required without an ID number, and must agree with it */
  gender?: Gender | null | undefined;
  /** Citizen ID number (居民身份证号), 18 characters with a valid GB 11643 check character; matches the register exactly */
  idNumber?: string | null | undefined;
  /** In school, as the family says (是否在校) */
  inSchool?: boolean | null | undefined;
  /** Name (姓名) */
  name: string;
  /** Note (备注) */
  note?: string | null | undefined;
  /** Suspected disabled (疑似残疾): the disabled persons' federation will see the child (plan R2.5) */
  suspectedDisabled?: boolean | null | undefined;
  /** Village or community where the child lives (居住村/社区), 12-digit code within the township */
  villageCode: string;
};

/** How a census entry was matched to the school register (摸底比对结果, plan R2.2). */
export type CensusMatch =
  /** A probable match confirmed by a reviewer (人工确认) */
  | 'CONFIRMED'
  /** Same ID number as a child in the hub (身份证号一致), confidence 1 */
  | 'MATCHED_BY_ID'
  /** Same name and birth date, no ID number to confirm it (疑似匹配): waits in the review queue */
  | 'PROBABLE'
  /** A probable match rejected by a reviewer: the child was registered from the census (人工否决) */
  | 'REJECTED'
  /** No child of the hub matches: the child was registered from the census (未匹配, 按摸底登记) */
  | 'UNMATCHED';

/** State of a census round (摸底轮次状态). */
export type CensusRoundStatus =
  /** Open: entries are being added and reviewed (摸底中) */
  | 'OPEN'
  /** Submitted and frozen (已上报, 不可再改) */
  | 'SUBMITTED';

/** Filters of the children list (儿童筛选条件). Conditions are ANDed. */
export type ChildFilter = {
  /** Maximum age on 31 August of the current school year (最大年龄) */
  ageMax?: number | null | undefined;
  /** Minimum age on 31 August of the current school year (最小年龄) */
  ageMin?: number | null | undefined;
  /** Has a disability (残疾儿童) */
  disabled?: boolean | null | undefined;
  /** Grade (年级), 1–9 */
  grade?: number | null | undefined;
  /** Child in distress (困境儿童) */
  inDistress?: boolean | null | undefined;
  /** Left-behind child (留守儿童) */
  leftBehind?: boolean | null | undefined;
  /** Migrant workers' child (随迁子女) */
  migrant?: boolean | null | undefined;
  /** Minimum-living-guarantee household (低保户, plan R4.1) */
  minimumLiving?: boolean | null | undefined;
  /** Orphan (孤儿) */
  orphan?: boolean | null | undefined;
  /** Registered-poor household (建档立卡贫困户, plan R4.1) */
  registeredPoor?: boolean | null | undefined;
  /** Current school (就读学校) */
  schoolId?: string | number | null | undefined;
  /** Current enrollment status (学籍状态) */
  status?: EnrollmentStatus | null | undefined;
  /** Township of residence (居住乡镇), 12-digit code */
  townshipCode?: string | null | undefined;
  /** Village of residence (居住村/社区), 12-digit code */
  villageCode?: string | null | undefined;
};

/** Clear a suspected-dropout entry after checking (排除疑似辍学). */
export type ClearSuspectInput = {
  /** The entry (台账记录) */
  id: string | number;
  /** What the check found (核查结果) */
  resolution: string;
  /** Version (版本号) */
  version: number;
};

/** How a child kept in touch with the parents (亲情联系方式, plan R6.2). */
export type ContactKind =
  /** Family phone call (亲情电话) */
  | 'PHONE_CALL'
  /** Video call (视频通话) */
  | 'VIDEO_CALL'
  /** Visit home or by the parents (探望) */
  | 'VISIT';

/** Correct a wrongly recorded status event by a compensating record (更正, plan S2). */
export type CorrectionInput = {
  /** The event to correct (被更正的记录) */
  eventId: string | number;
  /** Evidence for the correction (证明材料编号) */
  evidenceRef: string;
  /** What was wrong (更正原因) */
  reason: string;
  /** Version of the registration (版本号) */
  version: number;
};

/** A psychological counselling session (心理辅导, plan R6.2). */
export type CounsellingInput = {
  /** The arrangement (关爱登记) */
  arrangementId: string | number;
  /** Counsellor (辅导教师) */
  counsellor: string;
  /** Held on (日期) */
  heldOn: string;
  /** Notes (辅导记录) */
  notes?: string | null | undefined;
};

/** A school's absences of one school day, in bulk (每日缺勤登记, plan R2.4). */
export type DailyAbsencesInput = {
  /** The school day (日期) */
  date: string;
  /** Pupils absent or late (缺勤学生) */
  entries: Array<AbsenceEntry>;
  /** School (学校) */
  schoolId: string | number;
};

/** Category of disability (残疾类别). */
export type DisabilityCategory =
  /** Hearing (听力残疾) */
  | 'HEARING'
  /** Intellectual (智力残疾) */
  | 'INTELLECTUAL'
  /** Mental (精神残疾) */
  | 'MENTAL'
  /** Multiple (多重残疾) */
  | 'MULTIPLE'
  /** Physical (肢体残疾) */
  | 'PHYSICAL'
  /** Speech (言语残疾) */
  | 'SPEECH'
  /** Visual (视力残疾) */
  | 'VISUAL';

/** State of a discrepancy (核查状态). */
export type DiscrepancyStatus =
  /** Open: found by the latest run and not resolved (待处理) */
  | 'OPEN'
  /** Resolved by its owner, or no longer found by a run (已处理) */
  | 'RESOLVED';

/** What a cross-check found (差异类型). */
export type DiscrepancyType =
  /** Enrolled school-age child of the township missing from its census (摸底遗漏); owner: township, plan R2.2 */
  | 'NOT_IN_CENSUS'
  /** School-age child found by the census on no school roll and handled by no department (摸底发现未在校); owner: township, plan R2.2 */
  | 'NOT_IN_SCHOOL'
  /** School-age child of a registered-poor household missing from the poverty roll (建档立卡学生不在扶贫名单); owner: poverty-alleviation office, plan R2.3 */
  | 'NOT_ON_ROLL'
  /** Disabled child registered at a school without a placement and absent every school day of the term (空挂学籍); owner: education bureau, plan R2.5 */
  | 'PHANTOM_REGISTRATION'
  /** Child of a registered-poor household who dropped out (建档立卡贫困户学生辍学); owner: education bureau, target T3 */
  | 'POOR_DROPOUT'
  /** On the poverty roll, household not registered poor in the hub (扶贫名单有、系统无建档立卡标记); owner: poverty-alleviation office, plan R2.3 */
  | 'ROLL_ONLY'
  /** School-age disabled child neither in school nor placed (适龄残疾儿童未安置); owner: disabled persons' federation, plan R2.5 */
  | 'UNPLACED';

/** Cause of dropout or risk (辍学原因): the plan's four, plus others. */
export type DropoutCause =
  /** Disability (因残) */
  | 'DISABILITY'
  /** Distance (上学远, plan R5) */
  | 'DISTANCE'
  /** Illness (因病) */
  | 'ILLNESS'
  /** Lack of care (缺乏关爱, plan R6) */
  | 'LACK_OF_CARE'
  /** Learning difficulty (学习困难, plan R3) */
  | 'LEARNING_DIFFICULTY'
  /** Early marriage (早婚) */
  | 'MARRIAGE'
  /** Other (其他) */
  | 'OTHER'
  /** Poverty (因贫, plan R4) */
  | 'POVERTY'
  /** Weary of school (厌学, plan R3) */
  | 'WEARY_OF_SCHOOL'
  /** Working (外出务工) */
  | 'WORK';

/** End of a care arrangement (关爱结束): a parent came home, or the distress is over (plan R6.1). */
export type EndCareInput = {
  /** The arrangement (关爱登记) */
  arrangementId: string | number;
  /** Ended on (结束日期) */
  endedOn: string;
  /** Version of the arrangement you read (版本号) */
  version: number;
};

/** Enrol a child at a school (入学登记, plan R2.1). */
export type EnrolInput = {
  /** The child (儿童) */
  childId: string | number;
  /** Class (班级) */
  className?: string | null | undefined;
  /** Date (日期) */
  date: string;
  /** Evidence: number of the enrolment papers (证明材料编号) */
  evidenceRef: string;
  /** Grade, 1–9 (年级) */
  grade: number;
  /** School (学校) */
  schoolId: string | number;
  /** Version of the registration, when the child already has one (版本号) */
  version?: number | null | undefined;
};

/** The assigned school enrols the migrant child (随迁子女入学登记, plan R6.3): residence permit valid on the day, fee no higher than local pupils'. */
export type EnrolMigrantChildInput = {
  /** The application (入学申请) */
  applicationId: string | number;
  /** Class (班级) */
  className?: string | null | undefined;
  /** Date of enrolment (入学日期); the residence permit must be valid on it */
  date: string;
  /** Fees charged for the school year, in fen (收费, 分); no more than the school charges local pupils of the grade (plan R6.3) */
  feeChargedCents: number;
  /** A renewed residence permit (续签居住证), when the one on the application has run out */
  renewedPermit?: ResidencePermitInput | null | undefined;
  /** Version of the application you read (版本号) */
  version: number;
};

/** Current status of a school registration (学籍状态). */
export type EnrollmentStatus =
  /** Deceased (死亡) */
  | 'DECEASED'
  /** Dropped out (辍学) */
  | 'DROPPED_OUT'
  /** In school (在读) */
  | 'ENROLLED'
  /** Graduated (毕业) */
  | 'GRADUATED'
  /** Not enrolled, found by census (未入学) */
  | 'NOT_ENROLLED'
  /** Suspension (休学) */
  | 'SUSPENDED'
  /** Transferred out of the county (转出) */
  | 'TRANSFERRED_OUT';

/** The class teacher's follow-up of an unexcused absence (缺勤跟进). */
export type FollowUpInput = {
  /** The attendance entry (考勤记录) */
  attendanceId: string | number;
  /** Notes (情况记录) */
  note?: string | null | undefined;
  /** Outcome (结果) */
  outcome: FollowUpOutcome;
  /** Version of the entry (版本号) */
  version: number;
};

/** Outcome of the same-day follow-up with the guardian (当日家访/电话联系结果, plan R2.4). */
export type FollowUpOutcome =
  /** Not yet contacted (待联系) */
  | 'PENDING'
  /** Guardian reached; refuses (已联系，拒绝返校) */
  | 'REACHED_REFUSED'
  /** Guardian reached; the pupil will return (已联系，将返校) */
  | 'REACHED_WILL_RETURN'
  /** The pupil came back (已返校) */
  | 'RETURNED'
  /** Guardian could not be reached (联系不上) */
  | 'UNREACHABLE';

/** Gender (性别). */
export type Gender =
  /** Female (女) */
  | 'FEMALE'
  /** Male (男) */
  | 'MALE';

/** Approve a proposed grant or record an approved one as paid (审批 / 发放). */
export type GrantDecisionInput = {
  /** The grant (资助记录) */
  grantId: string | number;
  /** Version you read (版本号); a stale version gets CONFLICT */
  version: number;
};

/** State of a subsidy grant (资助状态, plan R4.3). */
export type GrantStatus =
  /** Approved (已审批) */
  | 'APPROVED'
  /** Paid (已发放) */
  | 'PAID'
  /** Proposed (拟资助) */
  | 'PROPOSED'
  /** Stopped, with a reason (已停发) */
  | 'STOPPED';

/** Relation of a guardian to the child (与儿童关系). */
export type GuardianRelation =
  /** Father (父亲) */
  | 'FATHER'
  /** Grandfather (祖父/外祖父) */
  | 'GRANDFATHER'
  /** Grandmother (祖母/外祖母) */
  | 'GRANDMOTHER'
  /** Mother (母亲) */
  | 'MOTHER'
  /** Other (其他) */
  | 'OTHER'
  /** Other relative (其他亲属) */
  | 'OTHER_RELATIVE'
  /** Adult sibling (兄姐) */
  | 'SIBLING';

/** A home-teaching visit (送教上门记录, plan R6.4). */
export type HomeTeachingVisitInput = {
  /** What was taught (送教内容) */
  content: string;
  /** Hours, 0.5–8 (课时) */
  hours: number;
  /** The placement (安置) */
  placementId: string | number;
  /** Teacher (送教教师) */
  teacherName: string;
  /** Date (日期) */
  visitedOn: string;
};

/** Action taken against an employer of a minor (处理措施, plan R1.4). */
export type LaborAction =
  /** Fine (罚款) */
  | 'FINE'
  /** Licence revoked by market regulation (吊销营业执照) */
  | 'LICENCE_REVOKED'
  /** Order to stop and send the child back to school (责令改正) */
  | 'ORDER';

/** A finding of illegal employment of a minor (违法使用童工/未成年工查处, plan R1.4). */
export type LaborFindingInput = {
  /** Action (处理措施) */
  action: LaborAction;
  /** The child's ID number (身份证号): used to find the child, never shown back */
  childIdNumber: string;
  /** Unified social credit code (统一社会信用代码), 18 characters */
  employerCreditCode?: string | null | undefined;
  /** Employer (用人单位) */
  employerName: string;
  /** Fine in fen (罚款金额, 分): required for FINE */
  fineCents?: number | null | undefined;
  /** Found on (查处日期) */
  foundOn: string;
  /** Notes (备注) */
  notes?: string | null | undefined;
};

/** Leave recorded before it is taken (请假, plan R2.4). */
export type LeaveInput = {
  /** The pupil (学生) */
  childId: string | number;
  /** First day of leave (起始日期) */
  fromDate: string;
  /** Reason (请假事由) */
  reason: string;
  /** Last day of leave (结束日期) */
  toDate: string;
};

/** State of a leave request (请假状态). */
export type LeaveStatus =
  /** Approved (已批准) */
  | 'APPROVED'
  /** Rejected (未批准) */
  | 'REJECTED'
  /** Requested (已申请) */
  | 'REQUESTED';

/** A legal action on an escalated dropout case, or a legal-education session (依法控辍, plan R1.4, R2.6). */
export type LegalActionInput = {
  /** The escalated case (个案): required except for legal education */
  caseId?: string | number | null | undefined;
  /** The child, for legal education without a case (儿童) */
  childId?: string | number | null | undefined;
  /** What was done (内容) */
  description: string;
  /** Kind (措施类型) */
  kind: LegalActionKind;
  /** Outcome (结果) */
  outcome?: string | null | undefined;
  /** Date (日期) */
  takenOn: string;
};

/** Kind of legal action on an escalated case (依法控辍措施, plan R1.4, R2.6). */
export type LegalActionKind =
  /** Administrative penalty (行政处罚) */
  | 'ADMINISTRATIVE_PENALTY'
  /** Lawsuit (提起诉讼) */
  | 'LAWSUIT'
  /** Legal aid (法律援助) */
  | 'LEGAL_AID'
  /** Legal education session (法治教育) */
  | 'LEGAL_EDUCATION'
  /** Written order to the guardian to send the child back (督促复学通知书) */
  | 'WRITTEN_ORDER';

/** Application for a school place for a migrant workers' child (随迁子女入学申请, plan R6.3). Give either childId or newChild. */
export type MigrantApplicationInput = {
  /** A child the hub already knows (儿童) */
  childId?: string | number | null | undefined;
  /** Place of household registration as written (户籍所在地), e.g. 湖南省邵阳市新邵县 */
  hukouOrigin: string;
  /** County of household registration (户籍所在县), 6-digit GB/T 2260 code; must be outside this county */
  hukouOriginCode: string;
  /** Or: a child new to the hub (新登记儿童) */
  newChild?: NewMigrantChildInput | null | undefined;
  /** The residence permit (居住证); must be valid on the day of application */
  permit: ResidencePermitInput;
  /** Grade applied for (申请年级), 1–9 */
  requestedGrade: number;
  /** School applied to (申请学校); a school registering the application applies to itself */
  schoolId?: string | number | null | undefined;
};

/** State of a migrant child's school application (随迁子女入学状态, plan R6.3). */
export type MigrantStatus =
  /** Applied (已申请) */
  | 'APPLIED'
  /** Assigned a public school (已分配学位) */
  | 'ASSIGNED'
  /** Enrolled (已入学) */
  | 'ENROLLED'
  /** Rejected, with a reason (未通过) */
  | 'REJECTED';

/** A migrant child the hub does not know yet (新登记随迁子女). */
export type NewMigrantChildInput = {
  /** Birth date (出生日期); must agree with the ID number */
  birthDate: string;
  /** Gender (性别); must agree with the ID number */
  gender: Gender;
  /** Citizen ID number (居民身份证号), 18 characters with a valid GB 11643 check character */
  idNumber: string;
  /** Name (姓名) */
  name: string;
  /** Village or community in this county where the child lives (居住村/社区), 12-digit code */
  villageCode: string;
};

/** A persuasion-to-return visit (劝返走访, plan R1.3). */
export type PersuasionVisitInput = {
  /** The case (个案) */
  caseId: string | number;
  /** Next step (下一步) */
  nextStep?: string | null | undefined;
  /** Next visit due (下次走访) */
  nextVisitOn?: string | null | undefined;
  /** Written record (书面记录) */
  notes?: string | null | undefined;
  /** Outcome (结果) */
  outcome: VisitOutcome;
  /** Date (日期) */
  visitedOn: string;
  /** Who visited (劝返人员) */
  visitors: Array<string>;
};

/** A placement of a disabled child: one person, one plan, one policy (一人一案一策, plan R6.4). */
export type PlacementInput = {
  /** The child (儿童) */
  childId: string | number;
  /** Version of the current placement, when there is one (版本号) */
  currentVersion?: number | null | undefined;
  /** Why deferred (缓学原因): required for DEFERRED */
  deferReason?: string | null | undefined;
  /** The individual plan (个别化教育计划, 一人一案) */
  plan: string;
  /** Responsible teacher (责任教师): required for HOME_TEACHING */
  responsibleTeacher?: string | null | undefined;
  /** Review date (复评日期): required for DEFERRED */
  reviewOn?: string | null | undefined;
  /** School: a regular school for REGULAR_CLASS, the special-education school for SPECIAL_SCHOOL, the responsible school for HOME_TEACHING */
  schoolId?: string | number | null | undefined;
  /** Starts on (开始日期) */
  startsOn: string;
  /** Placement (安置方式) */
  type: PlacementType;
  /** Home-teaching visits per month (每月送教次数): required for HOME_TEACHING */
  visitsPerMonth?: number | null | undefined;
};

/** State of a placement (安置状态). */
export type PlacementStatus =
  /** Assigned by the disabled persons' federation (已安置) */
  | 'ASSIGNED'
  /** Ended (已结束) */
  | 'ENDED'
  /** Proposed by the education bureau (建议) */
  | 'PROPOSED';

/** Placement of a disabled child (安置方式, plan R6.4). */
export type PlacementType =
  /** Deferred, with reason and review date (缓学) */
  | 'DEFERRED'
  /** Teaching delivered at home (送教上门) */
  | 'HOME_TEACHING'
  /** Regular class (随班就读) */
  | 'REGULAR_CLASS'
  /** Special-education school (特殊教育学校就读) */
  | 'SPECIAL_SCHOOL';

/** Propose a subsidy for a child for one term (资助申报, plan R4.2–R4.3). The amount comes from the programme. */
export type ProposeGrantInput = {
  /** The child (儿童) */
  childId: string | number;
  /** Programme code (项目代码) */
  programmeCode: string;
  /** School year (学年), named by the year it starts */
  schoolYear: number;
  /** Term (学期), 1 or 2; yearly programmes are granted in term 1 */
  term: number;
};

/** How a field class is read (读取方式). */
export type ReadAccess =
  /** The values in full (完整) */
  | 'FULL'
  /** Masked: identifiers and phone numbers show the first 3 and last 4 characters (脱敏) */
  | 'MASKED';

/** A cross-check of two registers (比对核查). */
export type ReconciliationKind =
  /** Township census vs school register (摸底与学籍比对, plan R2.2) */
  | 'CENSUS_VS_ENROLLMENT'
  /** Disability register vs school register (残疾儿童与学籍比对, plan R2.5) */
  | 'DISABILITY_VS_ENROLLMENT'
  /** School register and household flags vs the poverty-alleviation office's roll (学籍与扶贫名单比对, plan R2.3, T3) */
  | 'ENROLLMENT_VS_POVERTY_ROLL';

/** Registration of a left-behind or in-distress child (留守儿童/困境儿童登记, plan R6.1), by the township or the women's federation. */
export type RegisterCareInput = {
  /** Caregiver at home (实际监护人) */
  caregiverName: string;
  /** Caregiver's phone (监护人电话): 11-digit mobile or landline with area code */
  caregiverPhone?: string | null | undefined;
  /** Caregiver's relation to the child (与儿童关系) */
  caregiverRelation: GuardianRelation;
  /** The child (儿童) */
  childId: string | number;
  /** Left-behind or in distress (类型) */
  kind: CareKind;
  /** Registered on (登记日期); today when left out */
  registeredOn?: string | null | undefined;
  /** Version of the child's record you read (版本号); a stale version gets CONFLICT */
  version: number;
};

/** Refusal of a migrant child's application, with the reason (不予受理, plan R6.3), by the education bureau. */
export type RejectMigrantApplicationInput = {
  /** The application (入学申请) */
  applicationId: string | number;
  /** Reason, told to the family (不予受理原因) */
  reason: string;
  /** Version of the application you read (版本号) */
  version: number;
};

/** Residence permit (居住证) on which a migrant child enrols where the family lives (plan R6.3). */
export type ResidencePermitInput = {
  /** Issuing authority (签发机关), e.g. the county public-security bureau */
  issuedBy: string;
  /** Residence-permit number (居住证号), 6–30 letters and digits; stored sealed with a blind index */
  number: string;
  /** Valid from (有效期起) */
  validFrom: string;
  /** Valid to, inclusive (有效期止) */
  validTo: string;
};

/** A transparent early-warning rule (辍学预警规则, plan R2.4, R3.1). ABSENCE_STREAK, ABSENCE_RATE and SUSPENSION_OVERDUE are warnings and put a pupil on the list; OVER_AGE, LEARNING_SUPPORT and TRANSITION are context, shown beside a warning, never alone. Thresholds: EARLY_WARNING_RULES in src/modules/targets/risk-rules.ts, tuned and measured by npm run report:early-warning. Membership of a protected group (poverty, 低保, disability, left-behind, in distress, orphan, migrant, ethnicity, gender) is never a rule input. */
export type RiskRule =
  /** Warning: absent without leave on many of the last school days of the current term, at least the tuned number of a tuned window (近期无故缺勤, plan R2.4) */
  | 'ABSENCE_RATE'
  /** Warning: consecutive school days absent without leave in the current term, at least the tuned threshold (连续无故缺勤, plan R2.4) */
  | 'ABSENCE_STREAK'
  /** Context: in one-to-one support for learning difficulty or weariness of school (学习困难/厌学 一对一帮扶, plan R3.1) */
  | 'LEARNING_SUPPORT'
  /** Context: repeated a grade or over-age, age on 31 August above grade + 7 (留级或超龄) */
  | 'OVER_AGE'
  /** Warning: suspended and past the due-back date of the last suspension (休学逾期未复学, plan R2.1) */
  | 'SUSPENSION_OVERDUE'
  /** Context: primary-to-junior transition (小升初: grade 6 in the second term, grade 7 in the first) or the last year of compulsory education (grade 9, 初三) */
  | 'TRANSITION';

/** A new version of a programme’s eligibility rule (发布资格规则, plan R4.3). */
export type RuleVersionInput = {
  /** The latest version you dry-ran against (基准版本); a newer one gets CONFLICT */
  baseVersion?: number | null | undefined;
  /** Programme code (项目代码) */
  programmeCode: string;
  /** The rule as JSON (规则); checked strictly, an error names the JSON path */
  rule: string;
  /** First day in force (生效日期): today or later, after the latest version’s */
  validFrom: string;
};

/** Where the number of school-age children comes from (适龄儿童数来源). */
export type SchoolAgeSource =
  /** The township's latest submitted census round (摸底, plan R2.2) */
  | 'CENSUS'
  /** No census submitted by then: children of the hub's register living in the township, aged 6–15 on 31 August (户籍登记) */
  | 'REGISTER';

/** Kind of school (学校类型). */
export type SchoolKind =
  /** Junior secondary school (初中), grades 7–9 */
  | 'JUNIOR'
  /** Nine-year school (九年一贯制学校), grades 1–9 */
  | 'NINE_YEAR'
  /** Primary school (小学), grades 1–6 */
  | 'PRIMARY'
  /** Special-education school (特殊教育学校, plan R6.4) */
  | 'SPECIAL_EDUCATION'
  /** Teaching point (教学点) in a remote village (plan R5.1) */
  | 'TEACHING_POINT'
  /** Secondary vocational school (中等职业学校, plan R3.2) */
  | 'VOCATIONAL';

/** Level of compulsory education (学段). */
export type SchoolLevel =
  /** Junior secondary school (初中), grades 7–9 */
  | 'JUNIOR'
  /** Primary school (小学), grades 1–6 */
  | 'PRIMARY';

/** A change of a pupil's status (学籍异动): suspension, resumption, dropout, return, graduation. */
export type StatusChangeInput = {
  /** Cause (原因): required for suspension and dropout */
  cause?: DropoutCause | null | undefined;
  /** The child (儿童) */
  childId: string | number;
  /** Date it takes effect (异动日期) */
  date: string;
  /** Due back (预计复学日期): required for suspension */
  dueBackOn?: string | null | undefined;
  /** Evidence: document number of the papers (证明材料编号, plan R2.1); required except for graduation */
  evidenceRef?: string | null | undefined;
  /** Circumstances as written (情况说明): required for suspension and dropout */
  reason?: string | null | undefined;
  /** Version of the registration you read (版本号); a stale version gets CONFLICT */
  version: number;
};

/** A change of school registration (学籍异动, plan R2.1). */
export type StatusEventType =
  /** Correction of an earlier event (更正), pointing to it (plan S2) */
  | 'CORRECTION'
  /** Death (死亡) */
  | 'DECEASE'
  /** Dropout (辍学) */
  | 'DROPOUT'
  /** Enrolment (入学) */
  | 'ENROL'
  /** Graduation (毕业) */
  | 'GRADUATE'
  /** Resumption (复学) */
  | 'RESUME'
  /** Return to school after dropout (劝返复学) */
  | 'RETURN'
  /** Suspension (休学) */
  | 'SUSPEND'
  /** Transfer in (转入) */
  | 'TRANSFER_IN'
  /** Transfer out (转出) */
  | 'TRANSFER_OUT';

/** Stop a proposed or approved grant, with the reason (停发). */
export type StopGrantInput = {
  /** The grant (资助记录) */
  grantId: string | number;
  /** Why it is stopped (停发原因), required */
  reason: string;
  /** Version you read (版本号); a stale version gets CONFLICT */
  version: number;
};

/** Period an amount covers (发放周期). */
export type SubsidyPeriod =
  /** Per month (每月) */
  | 'MONTH'
  /** Once (一次性) */
  | 'ONCE'
  /** Per term (每学期) */
  | 'TERM'
  /** Per year (每年) */
  | 'YEAR';

/** A new support plan (制定帮扶方案, plan R4.2) for a household (一家一案) or a child (一生一案): give exactly one of householdId and childId. */
export type SupportPlanInput = {
  /** The child (儿童), for a student plan */
  childId?: string | number | null | undefined;
  /** The household (户), for a family plan */
  householdId?: string | number | null | undefined;
  /** Measures (帮扶措施), 1–20, e.g. 落实"两免一补" */
  measures: Array<string>;
  /** Kind of the responsible department (责任单位类型), e.g. TOWNSHIP, SCHOOL */
  responsibleAgencyKind: AgencyKind;
  /** Responsible person (帮扶责任人) */
  responsibleName: string;
  /** Next review (复核日期), after the start */
  reviewOn?: string | null | undefined;
  /** Starts on (开始日期); default today */
  startsOn?: string | null | undefined;
};

/** Revise a support plan (调整帮扶方案); the fields given replace the old ones. */
export type SupportPlanUpdateInput = {
  /** The plan (帮扶方案) */
  id: string | number;
  /** Measures (帮扶措施), 1–20 */
  measures?: Array<string> | null | undefined;
  /** Kind of the responsible department (责任单位类型) */
  responsibleAgencyKind?: AgencyKind | null | undefined;
  /** Responsible person (帮扶责任人) */
  responsibleName?: string | null | undefined;
  /** Next review (复核日期) */
  reviewOn?: string | null | undefined;
  /** Version you read (版本号); a stale version gets CONFLICT */
  version: number;
};

/** Why a child is on the suspected-dropout ledger (疑似辍学来源). */
export type SuspectSource =
  /** Unexcused absence ≥ 10 % of school days (缺勤率) */
  | 'ABSENCE_RATE'
  /** Consecutive unexcused absence (连续无故缺勤, plan R2.4) */
  | 'ABSENCE_STREAK'
  /** Found by the census on no school roll (摸底未入学, plan R2.2) */
  | 'CENSUS_NOT_ENROLLED'
  /** Found by a cross-check of registers (比对核查, plan R2.3) */
  | 'CROSS_CHECK'
  /** Found working by HR & social security (用工检查, plan R1.4) */
  | 'LABOR_FINDING'
  /** Suspension past its due-back date (休学逾期未复学) */
  | 'SUSPENSION_OVERDUE';

/** State of a suspected-dropout entry (核查状态). */
export type SuspectStatus =
  /** Cleared: the child is in school (已排除) */
  | 'CLEARED'
  /** Confirmed dropout: a case is open (确认辍学) */
  | 'CONFIRMED'
  /** To be checked (待核查) */
  | 'OPEN';

/** Boarding beds of a school for a term (学期寄宿床位, plan R5.2). */
export type TermBedsInput = {
  /** Beds available (床位数) */
  beds: number;
  /** School (学校) */
  schoolId: string | number;
  /** School year (学年) */
  schoolYear: number;
  /** Term, 1 or 2 (学期) */
  term: number;
};

/** The receiving school's answer to a transfer request (转学审核). */
export type TransferDecisionInput = {
  /** Class at the new school (班级) */
  className?: string | null | undefined;
  /** Date (日期) */
  date: string;
  /** Reason, when rejecting (不同意原因) */
  reason?: string | null | undefined;
  /** The transfer request (转学申请) */
  transferId: string | number;
};

/** Ask another school to take a pupil (转学申请). The pupil stays enrolled here until that school accepts. */
export type TransferRequestInput = {
  /** The child (儿童) */
  childId: string | number;
  /** Date of the request (申请日期) */
  date: string;
  /** Evidence: transfer certificate number (转学证明编号) */
  evidenceRef: string;
  /** Reason (转学原因) */
  reason: string;
  /** Receiving school (转入学校) */
  toSchoolId: string | number;
  /** Version of the registration (版本号) */
  version: number;
};

/** Outcome of a persuasion visit (劝返结果). */
export type VisitOutcome =
  /** Agreed to return (同意返校) */
  | 'AGREED_TO_RETURN'
  /** Nobody at home (未见到人) */
  | 'NOT_HOME'
  /** Other (其他) */
  | 'OTHER'
  /** Refused (拒绝) */
  | 'REFUSED'
  /** Returned to school (已返校) */
  | 'RETURNED';

export type ChildByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildByIdQuery = { child: { id: string, name: string, gender: Gender, birthDate: string, household: { id: string, registrationNumber: string, registeredPoor: boolean, minimumLiving: boolean, extremePoverty: boolean } | null, subsidyGrants: Array<{ id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus }> } | null };

export type ListGrantsQueryVariables = Exact<{
  first: number;
}>;


export type ListGrantsQuery = { children: { edges: Array<{ node: { id: string, name: string, gender: Gender, birthDate: string, household: { id: string, registrationNumber: string, registeredPoor: boolean, minimumLiving: boolean, extremePoverty: boolean } | null, subsidyGrants: Array<{ id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus }> } }> } };

export type SetTermBedsMutationVariables = Exact<{
  input: TermBedsInput;
}>;


export type SetTermBedsMutation = { setTermBeds: number };

export type RequestBoardingMutationVariables = Exact<{
  input: BoardingRequestInput;
}>;


export type RequestBoardingMutation = { requestBoarding: { id: string, status: BoardingStatus, priorityReason: string | null, version: number } };

export type AssignBedMutationVariables = Exact<{
  input: BoardingRequestInput;
}>;


export type AssignBedMutation = { assignBed: { id: string, status: BoardingStatus, bedLabel: string | null, version: number } };

export type AllocateBedsMutationVariables = Exact<{
  schoolId: string | number;
  schoolYear: number;
  term: number;
}>;


export type AllocateBedsMutation = { allocateBeds: { stillWaiting: number, bedsLeft: number, assigned: Array<{ id: string, status: BoardingStatus }> } };

export type ReleaseBedMutationVariables = Exact<{
  assignmentId: string | number;
  version: number;
}>;


export type ReleaseBedMutation = { releaseBed: { id: string, status: BoardingStatus } };

export type BoardingWaitingListQueryVariables = Exact<{
  schoolId: string | number;
  schoolYear: number;
  term: number;
}>;


export type BoardingWaitingListQuery = { boardingWaitingList: Array<{ position: number, assignment: { id: string, priorityReason: string | null }, child: { id: string, name: string } | null }> };

export type CareArrangementFieldsFragment = { id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, caregiverPhone: string | null, registeredOn: string, endedOn: string | null, version: number, surrogates: Array<{ id: string, name: string, phone: string | null, role: string, fromDate: string, toDate: string | null }> };

export type RegisterCareMutationVariables = Exact<{
  input: RegisterCareInput;
}>;


export type RegisterCareMutation = { registerCare: { id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, caregiverPhone: string | null, registeredOn: string, endedOn: string | null, version: number, child: { id: string, isLeftBehind: boolean, inDistress: boolean, version: number } | null, surrogates: Array<{ id: string, name: string, phone: string | null, role: string, fromDate: string, toDate: string | null }> } };

export type EndCareMutationVariables = Exact<{
  input: EndCareInput;
}>;


export type EndCareMutation = { endCare: { id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, caregiverPhone: string | null, registeredOn: string, endedOn: string | null, version: number, surrogates: Array<{ id: string, name: string, phone: string | null, role: string, fromDate: string, toDate: string | null }> } };

export type AppointSurrogateParentMutationVariables = Exact<{
  input: AppointSurrogateParentInput;
}>;


export type AppointSurrogateParentMutation = { appointSurrogateParent: { id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, caregiverPhone: string | null, registeredOn: string, endedOn: string | null, version: number, surrogates: Array<{ id: string, name: string, phone: string | null, role: string, fromDate: string, toDate: string | null }> } };

export type RecordCareContactMutationVariables = Exact<{
  input: CareContactInput;
}>;


export type RecordCareContactMutation = { recordCareContact: { id: string, contactedOn: string, kind: ContactKind, withWhom: string, minutes: number | null, notes: string | null } };

export type RecordCounsellingMutationVariables = Exact<{
  input: CounsellingInput;
}>;


export type RecordCounsellingMutation = { recordCounselling: { id: string, heldOn: string, counsellor: string, notes: string | null } };

export type CareHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CareHistoryQuery = { child: { id: string, name: string, isLeftBehind: boolean, inDistress: boolean, version: number, careArrangement: { id: string } | null, careHistory: Array<{ id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, caregiverPhone: string | null, registeredOn: string, endedOn: string | null, version: number, contacts: Array<{ id: string, contactedOn: string, kind: ContactKind, withWhom: string, minutes: number | null, notes: string | null }>, counsellingSessions: Array<{ id: string, heldOn: string, counsellor: string, notes: string | null }>, surrogates: Array<{ id: string, name: string, phone: string | null, role: string, fromDate: string, toDate: string | null }> }> } | null };

export type CareRegisterQueryVariables = Exact<{
  first: number;
  kind?: CareKind | null | undefined;
  townshipCode?: string | null | undefined;
  includeEnded?: boolean | null | undefined;
}>;


export type CareRegisterQuery = { careRegister: Array<{ id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, caregiverPhone: string | null, registeredOn: string, endedOn: string | null, version: number, child: { id: string, name: string } | null, surrogates: Array<{ id: string, name: string, phone: string | null, role: string, fromDate: string, toDate: string | null }> }> };

export type RecordDailyAbsencesMutationVariables = Exact<{
  input: DailyAbsencesInput;
}>;


export type RecordDailyAbsencesMutation = { recordDailyAbsences: { followUpsDue: number, newSuspected: Array<string>, entries: Array<{ id: string, childId: string, date: string, kind: AttendanceKind, followUpOutcome: FollowUpOutcome | null, version: number }> } };

export type RecordLeaveMutationVariables = Exact<{
  input: LeaveInput;
}>;


export type RecordLeaveMutation = { recordLeave: { id: string, fromDate: string, toDate: string, status: LeaveStatus } };

export type RecordFollowUpMutationVariables = Exact<{
  input: FollowUpInput;
}>;


export type RecordFollowUpMutation = { recordFollowUp: { id: string, followUpOutcome: FollowUpOutcome | null, followedUpBy: string | null, version: number } };

export type PendingFollowUpsQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type PendingFollowUpsQuery = { pendingFollowUps: Array<{ id: string, childId: string, date: string }> };

export type SuspectedDropoutsQueryVariables = Exact<{
  first: number;
  status?: SuspectStatus | null | undefined;
  townshipCode?: string | null | undefined;
}>;


export type SuspectedDropoutsQuery = { suspectedDropouts: Array<{ id: string, source: SuspectSource, sourceRef: string, detectedOn: string, detail: string, status: SuspectStatus, version: number, child: { id: string, name: string } | null }> };

export type DropoutCaseLedgerQueryVariables = Exact<{
  first: number;
  status?: CaseStatus | null | undefined;
  overdueOnly?: boolean | null | undefined;
}>;


export type DropoutCaseLedgerQuery = { dropoutCases: Array<{ id: string, status: CaseStatus, escalationLevel: number, firstVisitDueOn: string, returnedOn: string | null, closedOn: string | null, version: number, child: { id: string, name: string } | null, visits: Array<{ visitedOn: string, outcome: VisitOutcome }> }> };

export type RecordPersuasionVisitMutationVariables = Exact<{
  input: PersuasionVisitInput;
}>;


export type RecordPersuasionVisitMutation = { recordPersuasionVisit: { id: string, visitedOn: string, outcome: VisitOutcome } };

export type TransitionCaseMutationVariables = Exact<{
  input: CaseTransitionInput;
}>;


export type TransitionCaseMutation = { transitionCase: { id: string, status: CaseStatus, closedOn: string | null, alternativePlan: string | null, version: number } };

export type ClearSuspectedDropoutMutationVariables = Exact<{
  input: ClearSuspectInput;
}>;


export type ClearSuspectedDropoutMutation = { clearSuspectedDropout: { id: string, status: SuspectStatus, resolution: string | null } };

export type RunMonitoringMutationVariables = Exact<{ [key: string]: never; }>;


export type RunMonitoringMutation = { runMonitoring: { overdueSuspensions: number, escalatedCases: number } };

export type CensusEntryFieldsFragment = { id: string, name: string, idNumber: string | null, gender: Gender | null, birthDate: string, age: number | null, match: CensusMatch, matchConfidence: number | null, inSchool: boolean | null, suspectedDisabled: boolean, note: string | null, enrollmentStatus: EnrollmentStatus | null, onSchoolRoll: boolean | null, village: { code: string, name: string } | null, child: { id: string, name: string } | null, round: { id: string, year: number, status: CensusRoundStatus, townshipCode: string } | null };

export type CensusRoundFieldsFragment = { id: string, year: number, status: CensusRoundStatus, submittedAt: string | null, townshipCode: string, township: { code: string, name: string } | null, summary: { entries: number, matchedById: number, probable: number, confirmed: number, registeredFromCensus: number, onNoSchoolRoll: number } };

export type CensusRoundsQueryVariables = Exact<{
  year?: number | null | undefined;
  townshipCode?: string | null | undefined;
}>;


export type CensusRoundsQuery = { censusRounds: Array<{ id: string, year: number, status: CensusRoundStatus, submittedAt: string | null, townshipCode: string, township: { code: string, name: string } | null, summary: { entries: number, matchedById: number, probable: number, confirmed: number, registeredFromCensus: number, onNoSchoolRoll: number } }> };

export type CensusLedgerQueryVariables = Exact<{
  townshipCode?: string | null | undefined;
  year?: number | null | undefined;
  onlyOffRoll?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type CensusLedgerQuery = { censusLedger: Array<{ id: string, name: string, idNumber: string | null, gender: Gender | null, birthDate: string, age: number | null, match: CensusMatch, matchConfidence: number | null, inSchool: boolean | null, suspectedDisabled: boolean, note: string | null, enrollmentStatus: EnrollmentStatus | null, onSchoolRoll: boolean | null, village: { code: string, name: string } | null, child: { id: string, name: string } | null, round: { id: string, year: number, status: CensusRoundStatus, townshipCode: string } | null }> };

export type CensusReviewQueueQueryVariables = Exact<{
  townshipCode?: string | null | undefined;
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type CensusReviewQueueQuery = { censusReviewQueue: Array<{ id: string, name: string, idNumber: string | null, gender: Gender | null, birthDate: string, age: number | null, match: CensusMatch, matchConfidence: number | null, inSchool: boolean | null, suspectedDisabled: boolean, note: string | null, enrollmentStatus: EnrollmentStatus | null, onSchoolRoll: boolean | null, village: { code: string, name: string } | null, child: { id: string, name: string } | null, round: { id: string, year: number, status: CensusRoundStatus, townshipCode: string } | null }> };

export type OpenCensusRoundMutationVariables = Exact<{
  townshipCode: string;
  year: number;
}>;


export type OpenCensusRoundMutation = { openCensusRound: { id: string, year: number, status: CensusRoundStatus, submittedAt: string | null, townshipCode: string, township: { code: string, name: string } | null, summary: { entries: number, matchedById: number, probable: number, confirmed: number, registeredFromCensus: number, onNoSchoolRoll: number } } };

export type AddCensusEntriesMutationVariables = Exact<{
  roundId: string | number;
  entries: Array<CensusEntryInput> | CensusEntryInput;
}>;


export type AddCensusEntriesMutation = { addCensusEntries: { matchedById: number, probable: number, childrenRegistered: number, suspectedDropouts: number, round: { id: string, status: CensusRoundStatus }, entries: Array<{ id: string, name: string, idNumber: string | null, gender: Gender | null, birthDate: string, age: number | null, match: CensusMatch, matchConfidence: number | null, inSchool: boolean | null, suspectedDisabled: boolean, note: string | null, enrollmentStatus: EnrollmentStatus | null, onSchoolRoll: boolean | null, village: { code: string, name: string } | null, child: { id: string, name: string } | null, round: { id: string, year: number, status: CensusRoundStatus, townshipCode: string } | null }> } };

export type ReviewCensusMatchMutationVariables = Exact<{
  entryId: string | number;
  confirm: boolean;
  childId?: string | number | null | undefined;
}>;


export type ReviewCensusMatchMutation = { reviewCensusMatch: { id: string, name: string, idNumber: string | null, gender: Gender | null, birthDate: string, age: number | null, match: CensusMatch, matchConfidence: number | null, inSchool: boolean | null, suspectedDisabled: boolean, note: string | null, enrollmentStatus: EnrollmentStatus | null, onSchoolRoll: boolean | null, village: { code: string, name: string } | null, child: { id: string, name: string } | null, round: { id: string, year: number, status: CensusRoundStatus, townshipCode: string } | null } };

export type SubmitCensusRoundMutationVariables = Exact<{
  roundId: string | number;
}>;


export type SubmitCensusRoundMutation = { submitCensusRound: { id: string, year: number, status: CensusRoundStatus, submittedAt: string | null, townshipCode: string, township: { code: string, name: string } | null, summary: { entries: number, matchedById: number, probable: number, confirmed: number, registeredFromCensus: number, onNoSchoolRoll: number } } };

export type ChildDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildDetailQuery = { child: { id: string, name: string, gender: Gender, birthDate: string, age: number, ethnicity: string, idNumber: string | null, isLeftBehind: boolean, inDistress: boolean, isOrphan: boolean, isMigrant: boolean, hasDisability: boolean, village: { code: string, name: string }, township: { code: string, name: string }, household: { id: string, registrationNumber: string, registeredPoor: boolean, minimumLiving: boolean, members: Array<{ id: string, name: string, phone: string | null, worksAway: boolean }> } | null, guardians: Array<{ relation: GuardianRelation, livesWithChild: boolean, isPrimary: boolean, person: { id: string, name: string, phone: string | null } }>, enrollment: { grade: number | null, className: string | null, status: EnrollmentStatus, statusSince: string, nationalStudentNumber: string | null, school: { id: string, code: string, name: string, kind: SchoolKind } | null, events: Array<{ type: StatusEventType, occurredOn: string, cause: DropoutCause | null, reason: string | null, evidenceRef: string | null, dueBackOn: string | null }> } | null, attendanceSummary: { since: string, unexcusedDays: number, excusedDays: number, lateDays: number, lastAbsence: string | null }, subsidyGrants: Array<{ schoolYear: number, term: number, amountCents: number, status: GrantStatus, programme: { code: string, name: string } }>, boardingAssignment: { schoolYear: number, term: number, bedLabel: string | null, status: BoardingStatus, school: { name: string } } | null, disabilityRecord: { category: DisabilityCategory, grade: number, certificateNumber: string | null, assessment: string | null } | null, placement: { type: PlacementType, status: PlacementStatus, responsibleTeacher: string | null, plan: string | null, school: { name: string } | null, homeTeachingVisits: Array<{ visitedOn: string, hours: number, content: string }> } | null, migrantEnrollment: { hukouOrigin: string, residencePermitNumber: string | null, permitValidTo: string | null, status: MigrantStatus, feeChargedCents: number | null, assignedSchool: { name: string } | null } | null, careArrangement: { kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, surrogates: Array<{ name: string, role: string, fromDate: string }> } | null, dropoutCases: Array<{ detectedOn: string, source: CaseSource, cause: DropoutCause, status: CaseStatus, responsibleHeads: { countyHead: string | null, bureauHead: string | null, townshipHead: string | null, villageHead: string | null, principal: string | null, teacher: string | null, parent: string | null }, visits: Array<{ visitedOn: string, visitors: Array<string>, outcome: VisitOutcome, nextStep: string | null }> }> } | null };

export type ChildrenDeepQueryVariables = Exact<{
  first: number;
}>;


export type ChildrenDeepQuery = { children: { edges: Array<{ node: { id: string, name: string, household: { registrationNumber: string, members: Array<{ name: string, phone: string | null }>, children: Array<{ id: string, name: string }> } | null, guardians: Array<{ relation: GuardianRelation, person: { name: string } }>, enrollment: { grade: number | null, status: EnrollmentStatus, school: { name: string, township: { name: string } } | null, events: Array<{ type: StatusEventType, occurredOn: string }> } | null, subsidyGrants: Array<{ amountCents: number, programme: { code: string } }>, placement: { type: PlacementType, school: { name: string } | null } | null } }> } };

export type ChildrenListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ChildFilter | null | undefined;
}>;


export type ChildrenListQuery = { children: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, age: number, isLeftBehind: boolean, household: { id: string, registeredPoor: boolean, members: Array<{ name: string }> } | null, guardians: Array<{ relation: GuardianRelation, person: { name: string, phone: string | null } }>, enrollment: { grade: number | null, status: EnrollmentStatus, school: { name: string } | null } | null, subsidyGrants: Array<{ amountCents: number, status: GrantStatus, programme: { code: string } }>, placement: { type: PlacementType, status: PlacementStatus } | null } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { agencyKind: AgencyKind, agency: AgencyKind, rowScope: string, purposes: Array<string>, township: { code: string, name: string } | null, school: { id: string, code: string, name: string } | null, classes: Array<{ fieldClass: string, access: ReadAccess, only: Array<string> | null, rows: string | null, purposeRequired: boolean }> } };

export type CivilAffairsEligibilityQueryVariables = Exact<{
  idNumber: string;
  programmeCode: string;
}>;


export type CivilAffairsEligibilityQuery = { eligibility: { eligible: boolean, reasons: Array<{ path: string, fact: string, value: string | null, met: boolean | null }> } };

export type DpfUnplacedChildrenQueryVariables = Exact<{
  first: number;
}>;


export type DpfUnplacedChildrenQuery = { unplacedDisabledChildren: Array<{ name: string, age: number, disabilityRecord: { category: DisabilityCategory, grade: number } | null }> };

export type BureauTargetsQueryVariables = Exact<{
  schoolYear?: number | null | undefined;
}>;


export type BureauTargetsQuery = { dropoutTargets: { schoolYear: number, levels: Array<{ level: SchoolLevel, planRef: string, enrolledAtStart: number | null, dropouts: number | null, rate: number | null, target: number, met: boolean | null }>, t3: { poorDropouts: number | null, met: boolean | null } } };

export type HrssSchoolAgeCheckQueryVariables = Exact<{
  idNumber: string;
}>;


export type HrssSchoolAgeCheckQuery = { schoolAgeCheck: { found: boolean, compulsorySchoolAge: boolean, inSchool: boolean } };

export type JudiciaryCasesQueryVariables = Exact<{
  first: number;
}>;


export type JudiciaryCasesQuery = { dropoutCases: Array<{ id: string, status: CaseStatus, cause: DropoutCause, detectedOn: string, child: { name: string } | null, responsibleHeads: { parent: string | null, villageHead: string | null }, legalActions: Array<{ kind: LegalActionKind, takenOn: string }> }> };

export type PovertyOfficeDiscrepanciesQueryVariables = Exact<{
  first?: number;
}>;


export type PovertyOfficeDiscrepanciesQuery = { reconciliationRuns: Array<{ asOf: string, numbersAgree: boolean | null, found: number | null, open: number | null }>, povertyRollDiscrepancies: Array<{ type: DiscrepancyType, description: string, ownerAgency: AgencyKind, child: { name: string } | null }> };

export type SchoolPendingFollowUpsQueryVariables = Exact<{
  schoolId: string | number;
}>;


export type SchoolPendingFollowUpsQuery = { pendingFollowUps: Array<{ id: string, childId: string, date: string }> };

export type SupervisionVerifyLogQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionVerifyLogQuery = { verifyAccessLog: { ok: boolean, checked: number, firstBrokenId: string | null, reason: string | null } };

export type TownshipSuspectedDropoutsQueryVariables = Exact<{
  first: number;
}>;


export type TownshipSuspectedDropoutsQuery = { suspectedDropouts: Array<{ source: SuspectSource, detectedOn: string, detail: string, child: { name: string, age: number, enrollment: { status: EnrollmentStatus, school: { name: string } | null } | null } | null }> };

export type WomensFederationCareRegisterQueryVariables = Exact<{
  first: number;
}>;


export type WomensFederationCareRegisterQuery = { careRegister: Array<{ kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, surrogates: Array<{ name: string, role: string }>, child: { name: string, age: number } | null }> };

export type StatusChangeResultFragment = { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null };

export type EnrolChildMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolChildMutation = { enrolChild: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type SuspendChildMutationVariables = Exact<{
  input: StatusChangeInput;
}>;


export type SuspendChildMutation = { suspendChild: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type ResumeChildMutationVariables = Exact<{
  input: StatusChangeInput;
}>;


export type ResumeChildMutation = { resumeChild: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type RecordDropoutMutationVariables = Exact<{
  input: StatusChangeInput;
}>;


export type RecordDropoutMutation = { recordDropout: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type RecordReturnMutationVariables = Exact<{
  input: StatusChangeInput;
}>;


export type RecordReturnMutation = { recordReturn: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type GraduateChildMutationVariables = Exact<{
  input: StatusChangeInput;
}>;


export type GraduateChildMutation = { graduateChild: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type RequestTransferMutationVariables = Exact<{
  input: TransferRequestInput;
}>;


export type RequestTransferMutation = { requestTransfer: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type AcceptTransferMutationVariables = Exact<{
  input: TransferDecisionInput;
}>;


export type AcceptTransferMutation = { acceptTransfer: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type RejectTransferMutationVariables = Exact<{
  input: TransferDecisionInput;
}>;


export type RejectTransferMutation = { rejectTransfer: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type CorrectStatusEventMutationVariables = Exact<{
  input: CorrectionInput;
}>;


export type CorrectStatusEventMutation = { correctStatusEvent: { dropoutCaseId: string | null, transferId: string | null, enrollment: { id: string, status: EnrollmentStatus, statusSince: string, grade: number | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null } | null } };

export type EnrollmentHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type EnrollmentHistoryQuery = { child: { id: string, enrollment: { status: EnrollmentStatus, version: number, grade: number | null, school: { id: string } | null, events: Array<{ id: string, type: StatusEventType, occurredOn: string, evidenceRef: string | null, correctsEventId: string | null }> } | null, dropoutCases: Array<{ id: string, status: CaseStatus, cause: DropoutCause, firstVisitDueOn: string, responsibleHeads: { countyHead: string | null, bureauHead: string | null, townshipHead: string | null, villageHead: string | null, principal: string | null, teacher: string | null, parent: string | null } }> } | null };

export type HouseholdDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdDetailQuery = { household: { id: string, registrationNumber: string, address: string | null, registeredPoor: boolean, poorSinceYear: number | null, minimumLiving: boolean, extremePoverty: boolean, village: { name: string, township: { name: string } | null }, members: Array<{ id: string, name: string, idNumber: string | null, phone: string | null, worksAway: boolean, awaySince: string | null }>, children: Array<{ id: string, name: string, age: number, enrollment: { status: EnrollmentStatus, grade: number | null } | null }> } | null };

export type SchoolAgeCheckQueryVariables = Exact<{
  idNumber?: string | null | undefined;
  name?: string | null | undefined;
  birthDate?: string | null | undefined;
}>;


export type SchoolAgeCheckQuery = { schoolAgeCheck: { found: boolean, compulsorySchoolAge: boolean, inSchool: boolean } };

export type RecordLaborFindingMutationVariables = Exact<{
  input: LaborFindingInput;
}>;


export type RecordLaborFindingMutation = { recordLaborFinding: { id: string, employerName: string, action: LaborAction, fineCents: number | null, suspectedDropout: boolean, child: { id: string, name: string } | null } };

export type LaborFindingsQueryVariables = Exact<{
  first: number;
}>;


export type LaborFindingsQuery = { laborFindings: Array<{ id: string, employerName: string, foundOn: string, action: LaborAction, suspectedDropout: boolean, child: { id: string, name: string } | null }> };

export type RecordLegalActionMutationVariables = Exact<{
  input: LegalActionInput;
}>;


export type RecordLegalActionMutation = { recordLegalAction: { id: string, kind: LegalActionKind, takenOn: string, description: string, caseId: string | null } };

export type CaseLegalActionsQueryVariables = Exact<{
  first: number;
}>;


export type CaseLegalActionsQuery = { dropoutCases: Array<{ id: string, status: CaseStatus, legalActions: Array<{ kind: LegalActionKind, takenOn: string, description: string }> }> };

export type MigrantApplicationFieldsFragment = { id: string, status: MigrantStatus, version: number, hukouOrigin: string, hukouOriginCode: string | null, residencePermitNumber: string | null, permitIssuedBy: string | null, permitValidFrom: string | null, permitValidTo: string | null, appliedOn: string, requestedGrade: number, feeChargedCents: number | null, rejectReason: string | null, assignedSchool: { id: string, name: string, isPublic: boolean } | null, child: { id: string, name: string, isMigrant: boolean } | null };

export type ApplyForMigrantPlaceMutationVariables = Exact<{
  input: MigrantApplicationInput;
}>;


export type ApplyForMigrantPlaceMutation = { applyForMigrantPlace: { id: string, status: MigrantStatus, version: number, hukouOrigin: string, hukouOriginCode: string | null, residencePermitNumber: string | null, permitIssuedBy: string | null, permitValidFrom: string | null, permitValidTo: string | null, appliedOn: string, requestedGrade: number, feeChargedCents: number | null, rejectReason: string | null, assignedSchool: { id: string, name: string, isPublic: boolean } | null, child: { id: string, name: string, isMigrant: boolean } | null } };

export type AssignMigrantPlaceMutationVariables = Exact<{
  input: AssignMigrantPlaceInput;
}>;


export type AssignMigrantPlaceMutation = { assignMigrantPlace: { id: string, status: MigrantStatus, version: number, hukouOrigin: string, hukouOriginCode: string | null, residencePermitNumber: string | null, permitIssuedBy: string | null, permitValidFrom: string | null, permitValidTo: string | null, appliedOn: string, requestedGrade: number, feeChargedCents: number | null, rejectReason: string | null, assignedSchool: { id: string, name: string, isPublic: boolean } | null, child: { id: string, name: string, isMigrant: boolean } | null } };

export type EnrolMigrantChildMutationVariables = Exact<{
  input: EnrolMigrantChildInput;
}>;


export type EnrolMigrantChildMutation = { enrolMigrantChild: { application: { id: string, status: MigrantStatus, version: number, hukouOrigin: string, hukouOriginCode: string | null, residencePermitNumber: string | null, permitIssuedBy: string | null, permitValidFrom: string | null, permitValidTo: string | null, appliedOn: string, requestedGrade: number, feeChargedCents: number | null, rejectReason: string | null, assignedSchool: { id: string, name: string, isPublic: boolean } | null, child: { id: string, name: string, isMigrant: boolean } | null }, enrollment: { id: string, status: EnrollmentStatus, grade: number | null, className: string | null, version: number, school: { id: string, name: string } | null }, event: { id: string, type: StatusEventType, occurredOn: string, grade: number | null, evidenceRef: string | null } } };

export type RejectMigrantApplicationMutationVariables = Exact<{
  input: RejectMigrantApplicationInput;
}>;


export type RejectMigrantApplicationMutation = { rejectMigrantApplication: { id: string, status: MigrantStatus, version: number, hukouOrigin: string, hukouOriginCode: string | null, residencePermitNumber: string | null, permitIssuedBy: string | null, permitValidFrom: string | null, permitValidTo: string | null, appliedOn: string, requestedGrade: number, feeChargedCents: number | null, rejectReason: string | null, assignedSchool: { id: string, name: string, isPublic: boolean } | null, child: { id: string, name: string, isMigrant: boolean } | null } };

export type MigrantApplicationsQueryVariables = Exact<{
  first: number;
  status?: MigrantStatus | null | undefined;
  schoolId?: string | number | null | undefined;
}>;


export type MigrantApplicationsQuery = { migrantApplications: Array<{ id: string, status: MigrantStatus, version: number, hukouOrigin: string, hukouOriginCode: string | null, residencePermitNumber: string | null, permitIssuedBy: string | null, permitValidFrom: string | null, permitValidTo: string | null, appliedOn: string, requestedGrade: number, feeChargedCents: number | null, rejectReason: string | null, assignedSchool: { id: string, name: string, isPublic: boolean } | null, child: { id: string, name: string, isMigrant: boolean } | null }> };

export type MigrantPlacesQueryVariables = Exact<{
  schoolId: string | number;
  grade: number;
}>;


export type MigrantPlacesQuery = { migrantPlaces: { grade: number, classSizeLimit: number, classes: number, places: number, pupils: number, reserved: number, free: number, school: { id: string, name: string } | null } };

export type ChildMigrationQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildMigrationQuery = { child: { id: string, name: string, isMigrant: boolean, version: number, migrantEnrollment: { id: string, status: MigrantStatus } | null, migrantEnrollments: Array<{ id: string, status: MigrantStatus, version: number, hukouOrigin: string, hukouOriginCode: string | null, residencePermitNumber: string | null, permitIssuedBy: string | null, permitValidFrom: string | null, permitValidTo: string | null, appliedOn: string, requestedGrade: number, feeChargedCents: number | null, rejectReason: string | null, assignedSchool: { id: string, name: string, isPublic: boolean } | null, child: { id: string, name: string, isMigrant: boolean } | null }>, enrollment: { status: EnrollmentStatus, grade: number | null, school: { id: string } | null, events: Array<{ type: StatusEventType, occurredOn: string, evidenceRef: string | null }> } | null } | null };

export type PartnerCareFieldsFragment = { kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, registeredOn: string, surrogates: Array<{ name: string, role: string }> };

export type PartnerChildrenInCareQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerChildrenInCareQuery = { children: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, age: number, gender: Gender, isLeftBehind: boolean, inDistress: boolean, village: { name: string }, careArrangement: { kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, registeredOn: string, surrogates: Array<{ name: string, role: string }> } | null } }> } };

export type PartnerCareRegisterQueryVariables = Exact<{
  first: number;
}>;


export type PartnerCareRegisterQuery = { careRegister: Array<{ id: string, kind: CareKind, caregiverName: string, caregiverRelation: GuardianRelation, registeredOn: string, child: { id: string, name: string, age: number } | null, surrogates: Array<{ name: string, role: string }> }> };

export type PlacementFieldsFragment = { id: string, type: PlacementType, status: PlacementStatus, responsibleTeacher: string | null, visitsPerMonth: number | null, deferReason: string | null, reviewOn: string | null, startsOn: string, endsOn: string | null, plan: string | null, version: number, school: { id: string, name: string, kind: SchoolKind } | null };

export type ProposePlacementMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type ProposePlacementMutation = { proposePlacement: { id: string, type: PlacementType, status: PlacementStatus, responsibleTeacher: string | null, visitsPerMonth: number | null, deferReason: string | null, reviewOn: string | null, startsOn: string, endsOn: string | null, plan: string | null, version: number, school: { id: string, name: string, kind: SchoolKind } | null } };

export type AssignPlacementMutationVariables = Exact<{
  input: PlacementInput;
}>;


export type AssignPlacementMutation = { assignPlacement: { id: string, type: PlacementType, status: PlacementStatus, responsibleTeacher: string | null, visitsPerMonth: number | null, deferReason: string | null, reviewOn: string | null, startsOn: string, endsOn: string | null, plan: string | null, version: number, school: { id: string, name: string, kind: SchoolKind } | null } };

export type ConfirmPlacementMutationVariables = Exact<{
  placementId: string | number;
  version: number;
}>;


export type ConfirmPlacementMutation = { confirmPlacement: { id: string, type: PlacementType, status: PlacementStatus, responsibleTeacher: string | null, visitsPerMonth: number | null, deferReason: string | null, reviewOn: string | null, startsOn: string, endsOn: string | null, plan: string | null, version: number, school: { id: string, name: string, kind: SchoolKind } | null } };

export type RecordHomeTeachingVisitMutationVariables = Exact<{
  input: HomeTeachingVisitInput;
}>;


export type RecordHomeTeachingVisitMutation = { recordHomeTeachingVisit: { id: string, visitedOn: string, hours: number, content: string } };

export type HomeTeachingComplianceQueryVariables = Exact<{
  month: string;
}>;


export type HomeTeachingComplianceQuery = { homeTeachingCompliance: Array<{ scheduled: number, done: number, shortfall: number, placement: { id: string, responsibleTeacher: string | null } }> };

export type UnplacedDisabledChildrenQueryVariables = Exact<{
  first: number;
}>;


export type UnplacedDisabledChildrenQuery = { unplacedDisabledChildren: Array<{ id: string, name: string, age: number, disabilityRecord: { category: DisabilityCategory, grade: number } | null }> };

export type ReconciliationRunFieldsFragment = { id: string, kind: ReconciliationKind, asOf: string, startedAt: string, finishedAt: string | null, found: number | null, open: number | null, explained: number | null, autoResolved: number | null, newlyFound: number | null, reopened: number | null, numbersAgree: boolean | null, byType: Array<{ type: DiscrepancyType, found: number | null, open: number | null }> };

export type PovertyRollDiscrepancyFieldsFragment = { id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null };

export type DisabilityDiscrepancyFieldsFragment = { id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null };

export type CensusDiscrepancyFieldsFragment = { id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null };

export type RunReconciliationMutationVariables = Exact<{
  kind: ReconciliationKind;
}>;


export type RunReconciliationMutation = { runReconciliation: { id: string, kind: ReconciliationKind, asOf: string, startedAt: string, finishedAt: string | null, found: number | null, open: number | null, explained: number | null, autoResolved: number | null, newlyFound: number | null, reopened: number | null, numbersAgree: boolean | null, byType: Array<{ type: DiscrepancyType, found: number | null, open: number | null }> } };

export type ReconciliationRunsQueryVariables = Exact<{
  kind?: ReconciliationKind | null | undefined;
}>;


export type ReconciliationRunsQuery = { reconciliationRuns: Array<{ id: string, kind: ReconciliationKind, asOf: string, startedAt: string, finishedAt: string | null, found: number | null, open: number | null, explained: number | null, autoResolved: number | null, newlyFound: number | null, reopened: number | null, numbersAgree: boolean | null, byType: Array<{ type: DiscrepancyType, found: number | null, open: number | null }> }> };

export type PovertyRollDiscrepanciesQueryVariables = Exact<{
  status?: DiscrepancyStatus | null | undefined;
  townshipCode?: string | null | undefined;
  ownerAgency?: AgencyKind | null | undefined;
  type?: DiscrepancyType | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type PovertyRollDiscrepanciesQuery = { povertyRollDiscrepancies: Array<{ id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null }> };

export type DisabilityDiscrepanciesQueryVariables = Exact<{
  status?: DiscrepancyStatus | null | undefined;
  townshipCode?: string | null | undefined;
  ownerAgency?: AgencyKind | null | undefined;
  type?: DiscrepancyType | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type DisabilityDiscrepanciesQuery = { disabilityDiscrepancies: Array<{ id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null }> };

export type CensusDiscrepanciesQueryVariables = Exact<{
  status?: DiscrepancyStatus | null | undefined;
  townshipCode?: string | null | undefined;
  ownerAgency?: AgencyKind | null | undefined;
  type?: DiscrepancyType | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type CensusDiscrepanciesQuery = { censusDiscrepancies: Array<{ id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null }> };

export type ResolvePovertyRollDiscrepancyMutationVariables = Exact<{
  id: string | number;
  resolution: string;
  version: number;
}>;


export type ResolvePovertyRollDiscrepancyMutation = { resolvePovertyRollDiscrepancy: { id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null } };

export type ResolveDisabilityDiscrepancyMutationVariables = Exact<{
  id: string | number;
  resolution: string;
  version: number;
}>;


export type ResolveDisabilityDiscrepancyMutation = { resolveDisabilityDiscrepancy: { id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null } };

export type ResolveEducationDiscrepancyMutationVariables = Exact<{
  id: string | number;
  resolution: string;
  version: number;
}>;


export type ResolveEducationDiscrepancyMutation = { resolveEducationDiscrepancy: { id: string, kind: ReconciliationKind, type: DiscrepancyType, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, version: number } };

export type ResolveCensusDiscrepancyMutationVariables = Exact<{
  id: string | number;
  resolution: string;
  version: number;
}>;


export type ResolveCensusDiscrepancyMutation = { resolveCensusDiscrepancy: { id: string, kind: ReconciliationKind, type: DiscrepancyType, key: string, ownerAgency: AgencyKind, townshipCode: string | null, description: string, status: DiscrepancyStatus, resolution: string | null, resolvedAt: string | null, resolvedBy: string | null, firstSeenAt: string, lastRunId: string, version: number, child: { id: string, name: string } | null } };

export type TownshipsQueryVariables = Exact<{ [key: string]: never; }>;


export type TownshipsQuery = { townships: Array<{ code: string, name: string, headName: string | null, villages: Array<{ code: string, name: string }> }> };

export type SchoolsQueryVariables = Exact<{
  townshipCode?: string | null | undefined;
  kind?: SchoolKind | null | undefined;
}>;


export type SchoolsQuery = { schools: Array<{ id: string, code: string, name: string, kind: SchoolKind, boardingBeds: number, hasBus: boolean, township: { code: string, name: string } }> };

export type SchoolQueryVariables = Exact<{
  id: string | number;
}>;


export type SchoolQuery = { school: { id: string, code: string, name: string, kind: SchoolKind, principalName: string | null, township: { name: string } } | null };

export type SubsidyReasonFieldsFragment = { path: string, fact: string, factDescription: string, op: string, expected: string, value: string | null, met: boolean | null, decisive: boolean | null, withheld: boolean };

export type EligibilityQueryVariables = Exact<{
  childId?: string | number | null | undefined;
  idNumber?: string | null | undefined;
  programmeCode: string;
  on?: string | null | undefined;
}>;


export type EligibilityQuery = { eligibility: { eligible: boolean, evaluatedOn: string, schoolYear: number, term: number, ruleVersion: number | null, child: { id: string, name: string }, programme: { code: string }, reasons: Array<{ path: string, fact: string, factDescription: string, op: string, expected: string, value: string | null, met: boolean | null, decisive: boolean | null, withheld: boolean }> } };

export type EligibilityDryRunQueryVariables = Exact<{
  programmeCode: string;
  rule: string;
  validFrom: string;
  first?: number | null | undefined;
}>;


export type EligibilityDryRunQuery = { eligibilityDryRun: { comparedWithVersion: number | null, evaluatedOn: string, evaluatedCount: number, gainedCount: number, lostCount: number, programme: { code: string }, gained: Array<{ child: { id: string, name: string } | null, reasons: Array<{ path: string, fact: string, factDescription: string, op: string, expected: string, value: string | null, met: boolean | null, decisive: boolean | null, withheld: boolean }> }>, lost: Array<{ child: { id: string, name: string } | null, reasons: Array<{ path: string, fact: string, factDescription: string, op: string, expected: string, value: string | null, met: boolean | null, decisive: boolean | null, withheld: boolean }> }> } };

export type SubsidyCoverageGapsQueryVariables = Exact<{
  programmeCode: string;
  schoolYear: number;
  term: number;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type SubsidyCoverageGapsQuery = { subsidyCoverageGaps: { schoolYear: number, term: number, evaluatedOn: string, ruleVersion: number | null, checkedCount: number, totalCount: number, hasNextPage: boolean, endCursor: string | null, programme: { code: string }, gaps: Array<{ registeredPoor: boolean, minimumLiving: boolean, child: { id: string, name: string } | null, reasons: Array<{ fact: string, value: string | null, met: boolean | null }> }> } };

export type SubsidyProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type SubsidyProgrammesQuery = { subsidyProgrammes: Array<{ id: string, code: string, name: string, ownerAgency: AgencyKind, amountCents: number, period: SubsidyPeriod, ruleVersions: Array<{ version: number, rule: string, validFrom: string, validTo: string | null }> }> };

export type EligibilityFactsQueryVariables = Exact<{ [key: string]: never; }>;


export type EligibilityFactsQuery = { eligibilityFacts: Array<{ name: string, type: string, values: Array<string>, operators: Array<string>, fieldClass: string, description: string }> };

export type SubsidyGrantFieldsFragment = { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null };

export type ProposeEducationGrantMutationVariables = Exact<{
  input: ProposeGrantInput;
}>;


export type ProposeEducationGrantMutation = { proposeEducationGrant: { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null } };

export type ApproveEducationGrantMutationVariables = Exact<{
  input: GrantDecisionInput;
}>;


export type ApproveEducationGrantMutation = { approveEducationGrant: { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null } };

export type MarkEducationGrantPaidMutationVariables = Exact<{
  input: GrantDecisionInput;
}>;


export type MarkEducationGrantPaidMutation = { markEducationGrantPaid: { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null } };

export type StopEducationGrantMutationVariables = Exact<{
  input: StopGrantInput;
}>;


export type StopEducationGrantMutation = { stopEducationGrant: { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null } };

export type PublishEducationRuleVersionMutationVariables = Exact<{
  input: RuleVersionInput;
}>;


export type PublishEducationRuleVersionMutation = { publishEducationRuleVersion: { version: number, rule: string, validFrom: string, validTo: string | null } };

export type ProposeCivilAffairsGrantMutationVariables = Exact<{
  input: ProposeGrantInput;
}>;


export type ProposeCivilAffairsGrantMutation = { proposeCivilAffairsGrant: { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null } };

export type ApproveCivilAffairsGrantMutationVariables = Exact<{
  input: GrantDecisionInput;
}>;


export type ApproveCivilAffairsGrantMutation = { approveCivilAffairsGrant: { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null } };

export type PublishCivilAffairsRuleVersionMutationVariables = Exact<{
  input: RuleVersionInput;
}>;


export type PublishCivilAffairsRuleVersionMutation = { publishCivilAffairsRuleVersion: { version: number, rule: string, validFrom: string, validTo: string | null } };

export type ProposeDisabilityGrantMutationVariables = Exact<{
  input: ProposeGrantInput;
}>;


export type ProposeDisabilityGrantMutation = { proposeDisabilityGrant: { id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null } };

export type ChildGrantsQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildGrantsQuery = { child: { id: string, subsidyGrants: Array<{ id: string, schoolYear: number, term: number, amountCents: number, status: GrantStatus, decidedAt: string | null, decidedBy: string | null, stopReason: string | null, version: number, programme: { code: string }, child: { id: string } | null }> } | null };

export type SupportPlanFieldsFragment = { id: string, householdId: string | null, childId: string | null, measures: Array<string>, responsibleName: string, responsibleAgencyKind: AgencyKind, startsOn: string, reviewOn: string | null, version: number };

export type CreateSupportPlanMutationVariables = Exact<{
  input: SupportPlanInput;
}>;


export type CreateSupportPlanMutation = { createSupportPlan: { id: string, householdId: string | null, childId: string | null, measures: Array<string>, responsibleName: string, responsibleAgencyKind: AgencyKind, startsOn: string, reviewOn: string | null, version: number } };

export type UpdateSupportPlanMutationVariables = Exact<{
  input: SupportPlanUpdateInput;
}>;


export type UpdateSupportPlanMutation = { updateSupportPlan: { id: string, householdId: string | null, childId: string | null, measures: Array<string>, responsibleName: string, responsibleAgencyKind: AgencyKind, startsOn: string, reviewOn: string | null, version: number } };

export type HouseholdSupportPlansQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdSupportPlansQuery = { household: { id: string, children: Array<{ id: string }>, supportPlans: Array<{ id: string, householdId: string | null, childId: string | null, measures: Array<string>, responsibleName: string, responsibleAgencyKind: AgencyKind, startsOn: string, reviewOn: string | null, version: number }> } | null };

export type ChildSupportPlansQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildSupportPlansQuery = { child: { id: string, supportPlans: Array<{ id: string, householdId: string | null, childId: string | null, measures: Array<string>, responsibleName: string, responsibleAgencyKind: AgencyKind, startsOn: string, reviewOn: string | null, version: number }>, household: { supportPlans: Array<{ id: string, householdId: string | null, childId: string | null, measures: Array<string>, responsibleName: string, responsibleAgencyKind: AgencyKind, startsOn: string, reviewOn: string | null, version: number }> } | null } | null };

export type LevelFigureValuesFragment = { level: SchoolLevel, planRef: string, enrolledAtStart: number | null, dropouts: number | null, rate: number | null, target: number, met: boolean | null };

export type PoorFigureValuesFragment = { planRef: string, poorDropouts: number | null, target: number, met: boolean | null };

export type DropoutTargetsQueryVariables = Exact<{
  schoolYear?: number | null | undefined;
  townshipCode?: string | null | undefined;
  schoolId?: string | number | null | undefined;
}>;


export type DropoutTargetsQuery = { dropoutTargets: { schoolYear: number, periodStart: string, periodEnd: string, countedUntil: string, excludedHistories: number, township: { code: string, name: string } | null, school: { id: string, name: string } | null, levels: Array<{ level: SchoolLevel, planRef: string, enrolledAtStart: number | null, dropouts: number | null, rate: number | null, target: number, met: boolean | null }>, t3: { planRef: string, poorDropouts: number | null, target: number, met: boolean | null }, byTownship: Array<{ township: { code: string, name: string } | null, levels: Array<{ level: SchoolLevel, planRef: string, enrolledAtStart: number | null, dropouts: number | null, rate: number | null, target: number, met: boolean | null }>, t3: { planRef: string, poorDropouts: number | null, target: number, met: boolean | null } }>, bySchool: Array<{ school: { id: string, code: string, name: string } | null, township: { code: string } | null, levels: Array<{ level: SchoolLevel, planRef: string, enrolledAtStart: number | null, dropouts: number | null, rate: number | null, target: number, met: boolean | null }>, t3: { planRef: string, poorDropouts: number | null, target: number, met: boolean | null } }>, cases: { open: number | null, overdue: number | null, returned: number | null, medianDaysToReturn: number | null } } };

export type DropoutTargetsChildrenQueryVariables = Exact<{
  schoolYear?: number | null | undefined;
  townshipCode?: string | null | undefined;
  schoolId?: string | number | null | undefined;
  first?: number;
  after?: string | null | undefined;
}>;


export type DropoutTargetsChildrenQuery = { dropoutTargets: { levels: Array<{ level: SchoolLevel, enrolledAtStart: number | null, dropouts: number | null, dropoutChildren: Array<{ id: string, name: string }>, enrolledChildren: { totalCount: number | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } }>, t3: { poorDropouts: number | null, detail: { children: Array<{ id: string, name: string }> } }, cases: { open: number | null, overdue: number | null, returned: number | null, openChildren: Array<{ id: string, name: string }>, overdueChildren: Array<{ id: string, name: string }>, returnedChildren: Array<{ id: string, name: string }> }, byTownship: Array<{ township: { code: string } | null, levels: Array<{ level: SchoolLevel, dropouts: number | null, dropoutChildren: Array<{ id: string }> }>, t3: { poorDropouts: number | null, detail: { children: Array<{ id: string }> } } }>, bySchool: Array<{ school: { id: string } | null, levels: Array<{ level: SchoolLevel, dropouts: number | null, dropoutChildren: Array<{ id: string }> }>, t3: { poorDropouts: number | null, detail: { children: Array<{ id: string }> } } }> } };

export type MonthlyFigureValuesFragment = { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null };

export type MonthlyReportValuesFragment = { id: string, month: string, asOf: string, submittedAt: string | null, submittedBy: string | null, consistent: boolean, township: { code: string, name: string }, submitted: { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null }, recomputedNow: { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null }, differences: Array<{ figure: string, submitted: string | null, recomputed: string | null }> };

export type MonthlyFiguresQueryVariables = Exact<{
  month?: string | null | undefined;
  townshipCode?: string | null | undefined;
}>;


export type MonthlyFiguresQuery = { monthlyFigures: Array<{ month: string, asOf: string, township: { code: string, name: string }, figures: { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null } }> };

export type MonthlyReportsQueryVariables = Exact<{
  townshipCode?: string | null | undefined;
}>;


export type MonthlyReportsQuery = { monthlyReports: Array<{ id: string, month: string, asOf: string, submittedAt: string | null, submittedBy: string | null, consistent: boolean, township: { code: string, name: string }, submitted: { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null }, recomputedNow: { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null }, differences: Array<{ figure: string, submitted: string | null, recomputed: string | null }> }> };

export type SubmitMonthlyReportMutationVariables = Exact<{
  townshipCode: string;
  month: string;
}>;


export type SubmitMonthlyReportMutation = { submitMonthlyReport: { id: string, month: string, asOf: string, submittedAt: string | null, submittedBy: string | null, consistent: boolean, township: { code: string, name: string }, submitted: { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null }, recomputedNow: { schoolAgeChildren: number | null, schoolAgeSource: SchoolAgeSource, censusYear: number | null, enrolled: number | null, suspended: number | null, suspectedDropoutsOpen: number | null, confirmedDropouts: number | null, returned: number | null, openCases: number | null }, differences: Array<{ figure: string, submitted: string | null, recomputed: string | null }> } };

export type RiskFlagsQueryVariables = Exact<{
  first?: number;
  after?: string | null | undefined;
  townshipCode?: string | null | undefined;
  schoolId?: string | number | null | undefined;
}>;


export type RiskFlagsQuery = { riskFlags: { asOf: string, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { child: { id: string, name: string }, flags: Array<{ rule: RiskRule, reason: string, since: string | null }> } }> } };

export const CareArrangementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareArrangementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]} as unknown as DocumentNode<CareArrangementFieldsFragment, unknown>;
export const CensusEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"inSchool"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"onSchoolRoll"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}}]}}]}}]} as unknown as DocumentNode<CensusEntryFieldsFragment, unknown>;
export const CensusRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"matchedById"}},{"kind":"Field","name":{"kind":"Name","value":"probable"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFromCensus"}},{"kind":"Field","name":{"kind":"Name","value":"onNoSchoolRoll"}}]}}]}}]} as unknown as DocumentNode<CensusRoundFieldsFragment, unknown>;
export const StatusChangeResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<StatusChangeResultFragment, unknown>;
export const MigrantApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOriginCode"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitIssuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}}]}}]}}]} as unknown as DocumentNode<MigrantApplicationFieldsFragment, unknown>;
export const PartnerCareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<PartnerCareFieldsFragment, unknown>;
export const PlacementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"deferReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<PlacementFieldsFragment, unknown>;
export const ReconciliationRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"newlyFound"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"numbersAgree"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<ReconciliationRunFieldsFragment, unknown>;
export const PovertyRollDiscrepancyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PovertyRollDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PovertyRollDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PovertyRollDiscrepancyFieldsFragment, unknown>;
export const DisabilityDiscrepancyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisabilityDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisabilityDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DisabilityDiscrepancyFieldsFragment, unknown>;
export const CensusDiscrepancyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CensusDiscrepancyFieldsFragment, unknown>;
export const SubsidyReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"factDescription"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]} as unknown as DocumentNode<SubsidyReasonFieldsFragment, unknown>;
export const SubsidyGrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SubsidyGrantFieldsFragment, unknown>;
export const SupportPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SupportPlanFieldsFragment, unknown>;
export const LevelFigureValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LevelFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropoutLevelFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAtStart"}},{"kind":"Field","name":{"kind":"Name","value":"dropouts"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<LevelFigureValuesFragment, unknown>;
export const PoorFigureValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoorFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoorDropoutFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"poorDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<PoorFigureValuesFragment, unknown>;
export const MonthlyFigureValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolAgeChildren"}},{"kind":"Field","name":{"kind":"Name","value":"schoolAgeSource"}},{"kind":"Field","name":{"kind":"Name","value":"censusYear"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropoutsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]} as unknown as DocumentNode<MonthlyFigureValuesFragment, unknown>;
export const MonthlyReportValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyReportValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"consistent"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recomputedNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"recomputed"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolAgeChildren"}},{"kind":"Field","name":{"kind":"Name","value":"schoolAgeSource"}},{"kind":"Field","name":{"kind":"Name","value":"censusYear"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropoutsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]} as unknown as DocumentNode<MonthlyReportValuesFragment, unknown>;
export const ChildByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLiving"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChildByIdQuery, ChildByIdQueryVariables>;
export const ListGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLiving"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListGrantsQuery, ListGrantsQueryVariables>;
export const SetTermBedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTermBeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermBedsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTermBeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetTermBedsMutation, SetTermBedsMutationVariables>;
export const RequestBoardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestBoarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBoarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RequestBoardingMutation, RequestBoardingMutationVariables>;
export const AssignBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BoardingRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignBedMutation, AssignBedMutationVariables>;
export const AllocateBedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateBeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateBeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"bedsLeft"}}]}}]}}]} as unknown as DocumentNode<AllocateBedsMutation, AllocateBedsMutationVariables>;
export const ReleaseBedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseBed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseBed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReleaseBedMutation, ReleaseBedMutationVariables>;
export const BoardingWaitingListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardingWaitingList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardingWaitingList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priorityReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoardingWaitingListQuery, BoardingWaitingListQueryVariables>;
export const RegisterCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareArrangementFields"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isLeftBehind"}},{"kind":"Field","name":{"kind":"Name","value":"inDistress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareArrangementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]} as unknown as DocumentNode<RegisterCareMutation, RegisterCareMutationVariables>;
export const EndCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndCareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareArrangementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareArrangementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]} as unknown as DocumentNode<EndCareMutation, EndCareMutationVariables>;
export const AppointSurrogateParentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointSurrogateParent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointSurrogateParentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointSurrogateParent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareArrangementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareArrangementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]} as unknown as DocumentNode<AppointSurrogateParentMutation, AppointSurrogateParentMutationVariables>;
export const RecordCareContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCareContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCareContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withWhom"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<RecordCareContactMutation, RecordCareContactMutationVariables>;
export const RecordCounsellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCounselling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CounsellingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCounselling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"counsellor"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<RecordCounsellingMutation, RecordCounsellingMutationVariables>;
export const CareHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isLeftBehind"}},{"kind":"Field","name":{"kind":"Name","value":"inDistress"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareArrangementFields"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"withWhom"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counsellingSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"counsellor"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareArrangementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]} as unknown as DocumentNode<CareHistoryQuery, CareHistoryQueryVariables>;
export const CareRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CareKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CareArrangementFields"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CareArrangementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverPhone"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}}]}}]}}]} as unknown as DocumentNode<CareRegisterQuery, CareRegisterQueryVariables>;
export const RecordDailyAbsencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDailyAbsences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DailyAbsencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDailyAbsences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"newSuspected"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDailyAbsencesMutation, RecordDailyAbsencesMutationVariables>;
export const RecordLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}},{"kind":"Field","name":{"kind":"Name","value":"toDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordLeaveMutation, RecordLeaveMutationVariables>;
export const RecordFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const PendingFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<PendingFollowUpsQuery, PendingFollowUpsQueryVariables>;
export const SuspectedDropoutsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuspectedDropouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuspectStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectedDropouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SuspectedDropoutsQuery, SuspectedDropoutsQueryVariables>;
export const DropoutCaseLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DropoutCaseLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropoutCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"escalationLevel"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisitDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"returnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<DropoutCaseLedgerQuery, DropoutCaseLedgerQueryVariables>;
export const RecordPersuasionVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPersuasionVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersuasionVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPersuasionVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RecordPersuasionVisitMutation, RecordPersuasionVisitMutationVariables>;
export const TransitionCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"alternativePlan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TransitionCaseMutation, TransitionCaseMutationVariables>;
export const ClearSuspectedDropoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearSuspectedDropout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearSuspectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearSuspectedDropout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]} as unknown as DocumentNode<ClearSuspectedDropoutMutation, ClearSuspectedDropoutMutationVariables>;
export const RunMonitoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMonitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMonitoring"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueSuspensions"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedCases"}}]}}]}}]} as unknown as DocumentNode<RunMonitoringMutation, RunMonitoringMutationVariables>;
export const CensusRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CensusRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"censusRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"matchedById"}},{"kind":"Field","name":{"kind":"Name","value":"probable"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFromCensus"}},{"kind":"Field","name":{"kind":"Name","value":"onNoSchoolRoll"}}]}}]}}]} as unknown as DocumentNode<CensusRoundsQuery, CensusRoundsQueryVariables>;
export const CensusLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CensusLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyOffRoll"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"censusLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyOffRoll"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyOffRoll"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"inSchool"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"onSchoolRoll"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}}]}}]}}]} as unknown as DocumentNode<CensusLedgerQuery, CensusLedgerQueryVariables>;
export const CensusReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CensusReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"censusReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"inSchool"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"onSchoolRoll"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}}]}}]}}]} as unknown as DocumentNode<CensusReviewQueueQuery, CensusReviewQueueQueryVariables>;
export const OpenCensusRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCensusRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCensusRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"matchedById"}},{"kind":"Field","name":{"kind":"Name","value":"probable"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFromCensus"}},{"kind":"Field","name":{"kind":"Name","value":"onNoSchoolRoll"}}]}}]}}]} as unknown as DocumentNode<OpenCensusRoundMutation, OpenCensusRoundMutationVariables>;
export const AddCensusEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCensusEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CensusEntryInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCensusEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matchedById"}},{"kind":"Field","name":{"kind":"Name","value":"probable"}},{"kind":"Field","name":{"kind":"Name","value":"childrenRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropouts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"inSchool"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"onSchoolRoll"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}}]}}]}}]} as unknown as DocumentNode<AddCensusEntriesMutation, AddCensusEntriesMutationVariables>;
export const ReviewCensusMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewCensusMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewCensusMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}},{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"match"}},{"kind":"Field","name":{"kind":"Name","value":"matchConfidence"}},{"kind":"Field","name":{"kind":"Name","value":"inSchool"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enrollmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"onSchoolRoll"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}}]}}]}}]} as unknown as DocumentNode<ReviewCensusMatchMutation, ReviewCensusMatchMutationVariables>;
export const SubmitCensusRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCensusRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCensusRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"matchedById"}},{"kind":"Field","name":{"kind":"Name","value":"probable"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFromCensus"}},{"kind":"Field","name":{"kind":"Name","value":"onNoSchoolRoll"}}]}}]}}]} as unknown as DocumentNode<SubmitCensusRoundMutation, SubmitCensusRoundMutationVariables>;
export const ChildDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isLeftBehind"}},{"kind":"Field","name":{"kind":"Name","value":"inDistress"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphan"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}},{"kind":"Field","name":{"kind":"Name","value":"hasDisability"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLiving"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"worksAway"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"livesWithChild"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"nationalStudentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"dueBackOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedDays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastAbsence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardingAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabilityRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeTeachingVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrantEnrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleHeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyHead"}},{"kind":"Field","name":{"kind":"Name","value":"bureauHead"}},{"kind":"Field","name":{"kind":"Name","value":"townshipHead"}},{"kind":"Field","name":{"kind":"Name","value":"villageHead"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildDetailQuery, ChildDetailQueryVariables>;
export const ChildrenDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenDeepQuery, ChildrenDeepQueryVariables>;
export const ChildrenListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"isLeftBehind"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenListQuery, ChildrenListQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rowScope"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldClass"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"only"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"purposeRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CivilAffairsEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CivilAffairsEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]} as unknown as DocumentNode<CivilAffairsEligibilityQuery, CivilAffairsEligibilityQueryVariables>;
export const DpfUnplacedChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DpfUnplacedChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unplacedDisabledChildren"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<DpfUnplacedChildrenQuery, DpfUnplacedChildrenQueryVariables>;
export const BureauTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BureauTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropoutTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAtStart"}},{"kind":"Field","name":{"kind":"Name","value":"dropouts"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"t3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poorDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]} as unknown as DocumentNode<BureauTargetsQuery, BureauTargetsQueryVariables>;
export const HrssSchoolAgeCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HrssSchoolAgeCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolAgeCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"compulsorySchoolAge"}},{"kind":"Field","name":{"kind":"Name","value":"inSchool"}}]}}]}}]} as unknown as DocumentNode<HrssSchoolAgeCheckQuery, HrssSchoolAgeCheckQueryVariables>;
export const JudiciaryCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JudiciaryCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropoutCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleHeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"villageHead"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}}]}}]}}]}}]} as unknown as DocumentNode<JudiciaryCasesQuery, JudiciaryCasesQueryVariables>;
export const PovertyOfficeDiscrepanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PovertyOfficeDiscrepancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"ENROLLMENT_VS_POVERTY_ROLL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"numbersAgree"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"povertyRollDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PovertyOfficeDiscrepanciesQuery, PovertyOfficeDiscrepanciesQueryVariables>;
export const SchoolPendingFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPendingFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<SchoolPendingFollowUpsQuery, SchoolPendingFollowUpsQueryVariables>;
export const SupervisionVerifyLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionVerifyLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAccessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<SupervisionVerifyLogQuery, SupervisionVerifyLogQueryVariables>;
export const TownshipSuspectedDropoutsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TownshipSuspectedDropouts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspectedDropouts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TownshipSuspectedDropoutsQuery, TownshipSuspectedDropoutsQueryVariables>;
export const WomensFederationCareRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WomensFederationCareRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LEFT_BEHIND"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]}}]} as unknown as DocumentNode<WomensFederationCareRegisterQuery, WomensFederationCareRegisterQueryVariables>;
export const EnrolChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<EnrolChildMutation, EnrolChildMutationVariables>;
export const SuspendChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<SuspendChildMutation, SuspendChildMutationVariables>;
export const ResumeChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<ResumeChildMutation, ResumeChildMutationVariables>;
export const RecordDropoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDropout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDropout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<RecordDropoutMutation, RecordDropoutMutationVariables>;
export const RecordReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<RecordReturnMutation, RecordReturnMutationVariables>;
export const GraduateChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GraduateChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graduateChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<GraduateChildMutation, GraduateChildMutationVariables>;
export const RequestTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<RequestTransferMutation, RequestTransferMutationVariables>;
export const AcceptTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<AcceptTransferMutation, AcceptTransferMutationVariables>;
export const RejectTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<RejectTransferMutation, RejectTransferMutationVariables>;
export const CorrectStatusEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectStatusEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctStatusEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusChangeResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<CorrectStatusEventMutation, CorrectStatusEventMutationVariables>;
export const EnrollmentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnrollmentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"firstVisitDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleHeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyHead"}},{"kind":"Field","name":{"kind":"Name","value":"bureauHead"}},{"kind":"Field","name":{"kind":"Name","value":"townshipHead"}},{"kind":"Field","name":{"kind":"Name","value":"villageHead"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnrollmentHistoryQuery, EnrollmentHistoryQueryVariables>;
export const HouseholdDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"poorSinceYear"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLiving"}},{"kind":"Field","name":{"kind":"Name","value":"extremePoverty"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"worksAway"}},{"kind":"Field","name":{"kind":"Name","value":"awaySince"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdDetailQuery, HouseholdDetailQueryVariables>;
export const SchoolAgeCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolAgeCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolAgeCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"birthDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"birthDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"compulsorySchoolAge"}},{"kind":"Field","name":{"kind":"Name","value":"inSchool"}}]}}]}}]} as unknown as DocumentNode<SchoolAgeCheckQuery, SchoolAgeCheckQueryVariables>;
export const RecordLaborFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLaborFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LaborFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLaborFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fineCents"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropout"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordLaborFindingMutation, RecordLaborFindingMutationVariables>;
export const LaborFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LaborFindings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"laborFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropout"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LaborFindingsQuery, LaborFindingsQueryVariables>;
export const RecordLegalActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordLegalAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordLegalAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}}]}}]}}]} as unknown as DocumentNode<RecordLegalActionMutation, RecordLegalActionMutationVariables>;
export const CaseLegalActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseLegalActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropoutCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"legalActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<CaseLegalActionsQuery, CaseLegalActionsQueryVariables>;
export const ApplyForMigrantPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForMigrantPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForMigrantPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOriginCode"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitIssuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}}]}}]}}]} as unknown as DocumentNode<ApplyForMigrantPlaceMutation, ApplyForMigrantPlaceMutationVariables>;
export const AssignMigrantPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMigrantPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignMigrantPlaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignMigrantPlace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOriginCode"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitIssuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}}]}}]}}]} as unknown as DocumentNode<AssignMigrantPlaceMutation, AssignMigrantPlaceMutationVariables>;
export const EnrolMigrantChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolMigrantChild"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolMigrantChildInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolMigrantChild"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrantApplicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOriginCode"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitIssuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}}]}}]}}]} as unknown as DocumentNode<EnrolMigrantChildMutation, EnrolMigrantChildMutationVariables>;
export const RejectMigrantApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMigrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectMigrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectMigrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOriginCode"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitIssuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}}]}}]}}]} as unknown as DocumentNode<RejectMigrantApplicationMutation, RejectMigrantApplicationMutationVariables>;
export const MigrantApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrantApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOriginCode"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitIssuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}}]}}]}}]} as unknown as DocumentNode<MigrantApplicationsQuery, MigrantApplicationsQueryVariables>;
export const MigrantPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MigrantPlaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grade"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"migrantPlaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"grade"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grade"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"classSizeLimit"}},{"kind":"Field","name":{"kind":"Name","value":"classes"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"pupils"}},{"kind":"Field","name":{"kind":"Name","value":"reserved"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MigrantPlacesQuery, MigrantPlacesQueryVariables>;
export const ChildMigrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildMigration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"migrantEnrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrantEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MigrantApplicationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MigrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MigrantEnrollment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"hukouOriginCode"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitIssuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}}]}}]}}]} as unknown as DocumentNode<ChildMigrationQuery, ChildMigrationQueryVariables>;
export const PartnerChildrenInCareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerChildrenInCare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"isLeftBehind"}},{"kind":"Field","name":{"kind":"Name","value":"inDistress"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerCareFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<PartnerChildrenInCareQuery, PartnerChildrenInCareQueryVariables>;
export const PartnerCareRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCareRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LEFT_BEHIND"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerCareFields"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CareArrangement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<PartnerCareRegisterQuery, PartnerCareRegisterQueryVariables>;
export const ProposePlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"deferReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ProposePlacementMutation, ProposePlacementMutationVariables>;
export const AssignPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"deferReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AssignPlacementMutation, AssignPlacementMutationVariables>;
export const ConfirmPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPlacement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"placementId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placementId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlacementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlacementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Placement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"visitsPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"deferReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ConfirmPlacementMutation, ConfirmPlacementMutationVariables>;
export const RecordHomeTeachingVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHomeTeachingVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HomeTeachingVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHomeTeachingVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<RecordHomeTeachingVisitMutation, RecordHomeTeachingVisitMutationVariables>;
export const HomeTeachingComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeTeachingCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeTeachingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTeacher"}}]}}]}}]}}]} as unknown as DocumentNode<HomeTeachingComplianceQuery, HomeTeachingComplianceQueryVariables>;
export const UnplacedDisabledChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnplacedDisabledChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unplacedDisabledChildren"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"disabilityRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]} as unknown as DocumentNode<UnplacedDisabledChildrenQuery, UnplacedDisabledChildrenQueryVariables>;
export const RunReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runReconciliation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReconciliationRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"newlyFound"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"numbersAgree"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<RunReconciliationMutation, RunReconciliationMutationVariables>;
export const ReconciliationRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReconciliationRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reconciliationRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReconciliationRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReconciliationRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReconciliationRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"explained"}},{"kind":"Field","name":{"kind":"Name","value":"autoResolved"}},{"kind":"Field","name":{"kind":"Name","value":"newlyFound"}},{"kind":"Field","name":{"kind":"Name","value":"reopened"}},{"kind":"Field","name":{"kind":"Name","value":"numbersAgree"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}}]}}]} as unknown as DocumentNode<ReconciliationRunsQuery, ReconciliationRunsQueryVariables>;
export const PovertyRollDiscrepanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PovertyRollDiscrepancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"povertyRollDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerAgency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgency"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PovertyRollDiscrepancyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PovertyRollDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PovertyRollDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PovertyRollDiscrepanciesQuery, PovertyRollDiscrepanciesQueryVariables>;
export const DisabilityDiscrepanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisabilityDiscrepancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disabilityDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerAgency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgency"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisabilityDiscrepancyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisabilityDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisabilityDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DisabilityDiscrepanciesQuery, DisabilityDiscrepanciesQueryVariables>;
export const CensusDiscrepanciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CensusDiscrepancies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AgencyKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DiscrepancyType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"censusDiscrepancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerAgency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerAgency"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusDiscrepancyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CensusDiscrepanciesQuery, CensusDiscrepanciesQueryVariables>;
export const ResolvePovertyRollDiscrepancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolvePovertyRollDiscrepancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolvePovertyRollDiscrepancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PovertyRollDiscrepancyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PovertyRollDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PovertyRollDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolvePovertyRollDiscrepancyMutation, ResolvePovertyRollDiscrepancyMutationVariables>;
export const ResolveDisabilityDiscrepancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveDisabilityDiscrepancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDisabilityDiscrepancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisabilityDiscrepancyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisabilityDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisabilityDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolveDisabilityDiscrepancyMutation, ResolveDisabilityDiscrepancyMutationVariables>;
export const ResolveEducationDiscrepancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveEducationDiscrepancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveEducationDiscrepancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ResolveEducationDiscrepancyMutation, ResolveEducationDiscrepancyMutationVariables>;
export const ResolveCensusDiscrepancyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCensusDiscrepancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCensusDiscrepancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"resolution"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resolution"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CensusDiscrepancyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CensusDiscrepancyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CensusDiscrepancy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"townshipCode"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastRunId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResolveCensusDiscrepancyMutation, ResolveCensusDiscrepancyMutationVariables>;
export const TownshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;
export const SchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"boardingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"hasBus"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"School"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principalName"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolQuery, SchoolQueryVariables>;
export const EligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Eligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"childId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyReasonFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"factDescription"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]} as unknown as DocumentNode<EligibilityQuery, EligibilityQueryVariables>;
export const EligibilityDryRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rule"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibilityDryRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"rule"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rule"}}},{"kind":"Argument","name":{"kind":"Name","value":"validFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"validFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparedWithVersion"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"gainedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lostCount"}},{"kind":"Field","name":{"kind":"Name","value":"gained"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyReasonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyReasonFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"factDescription"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"decisive"}},{"kind":"Field","name":{"kind":"Name","value":"withheld"}}]}}]} as unknown as DocumentNode<EligibilityDryRunQuery, EligibilityDryRunQueryVariables>;
export const SubsidyCoverageGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyCoverageGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyCoverageGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersion"}},{"kind":"Field","name":{"kind":"Name","value":"checkedCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLiving"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubsidyCoverageGapsQuery, SubsidyCoverageGapsQueryVariables>;
export const SubsidyProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubsidyProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subsidyProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"ruleVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<SubsidyProgrammesQuery, SubsidyProgrammesQueryVariables>;
export const EligibilityFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EligibilityFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligibilityFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"fieldClass"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<EligibilityFactsQuery, EligibilityFactsQueryVariables>;
export const ProposeEducationGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeEducationGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeEducationGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeEducationGrantMutation, ProposeEducationGrantMutationVariables>;
export const ApproveEducationGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveEducationGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveEducationGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApproveEducationGrantMutation, ApproveEducationGrantMutationVariables>;
export const MarkEducationGrantPaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkEducationGrantPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markEducationGrantPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarkEducationGrantPaidMutation, MarkEducationGrantPaidMutationVariables>;
export const StopEducationGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StopEducationGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StopGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopEducationGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StopEducationGrantMutation, StopEducationGrantMutationVariables>;
export const PublishEducationRuleVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEducationRuleVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEducationRuleVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<PublishEducationRuleVersionMutation, PublishEducationRuleVersionMutationVariables>;
export const ProposeCivilAffairsGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeCivilAffairsGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCivilAffairsGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeCivilAffairsGrantMutation, ProposeCivilAffairsGrantMutationVariables>;
export const ApproveCivilAffairsGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveCivilAffairsGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCivilAffairsGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApproveCivilAffairsGrantMutation, ApproveCivilAffairsGrantMutationVariables>;
export const PublishCivilAffairsRuleVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCivilAffairsRuleVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCivilAffairsRuleVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<PublishCivilAffairsRuleVersionMutation, PublishCivilAffairsRuleVersionMutationVariables>;
export const ProposeDisabilityGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeDisabilityGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeDisabilityGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProposeDisabilityGrantMutation, ProposeDisabilityGrantMutationVariables>;
export const ChildGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubsidyGrantFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubsidyGrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubsidyGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"stopReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChildGrantsQuery, ChildGrantsQueryVariables>;
export const CreateSupportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateSupportPlanMutation, CreateSupportPlanMutationVariables>;
export const UpdateSupportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlanUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateSupportPlanMutation, UpdateSupportPlanMutationVariables>;
export const HouseholdSupportPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdSupportPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<HouseholdSupportPlansQuery, HouseholdSupportPlansQueryVariables>;
export const ChildSupportPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildSupportPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supportPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportPlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportPlanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"childId"}},{"kind":"Field","name":{"kind":"Name","value":"measures"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleName"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleAgencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ChildSupportPlansQuery, ChildSupportPlansQueryVariables>;
export const DropoutTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DropoutTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropoutTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"countedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"excludedHistories"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LevelFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"t3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoorFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LevelFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"t3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoorFigureValues"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LevelFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"t3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoorFigureValues"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToReturn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LevelFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropoutLevelFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAtStart"}},{"kind":"Field","name":{"kind":"Name","value":"dropouts"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoorFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PoorDropoutFigure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planRef"}},{"kind":"Field","name":{"kind":"Name","value":"poorDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]} as unknown as DocumentNode<DropoutTargetsQuery, DropoutTargetsQueryVariables>;
export const DropoutTargetsChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DropoutTargetsChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropoutTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAtStart"}},{"kind":"Field","name":{"kind":"Name","value":"dropouts"}},{"kind":"Field","name":{"kind":"Name","value":"dropoutChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolledChildren"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"t3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poorDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"openChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnedChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTownship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dropouts"}},{"kind":"Field","name":{"kind":"Name","value":"dropoutChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"t3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poorDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"dropouts"}},{"kind":"Field","name":{"kind":"Name","value":"dropoutChildren"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"t3"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poorDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DropoutTargetsChildrenQuery, DropoutTargetsChildrenQueryVariables>;
export const MonthlyFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyFigureValues"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolAgeChildren"}},{"kind":"Field","name":{"kind":"Name","value":"schoolAgeSource"}},{"kind":"Field","name":{"kind":"Name","value":"censusYear"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropoutsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}}]} as unknown as DocumentNode<MonthlyFiguresQuery, MonthlyFiguresQueryVariables>;
export const MonthlyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyReportValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolAgeChildren"}},{"kind":"Field","name":{"kind":"Name","value":"schoolAgeSource"}},{"kind":"Field","name":{"kind":"Name","value":"censusYear"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropoutsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyReportValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"consistent"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recomputedNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"recomputed"}}]}}]}}]} as unknown as DocumentNode<MonthlyReportsQuery, MonthlyReportsQueryVariables>;
export const SubmitMonthlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMonthlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMonthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyReportValues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolAgeChildren"}},{"kind":"Field","name":{"kind":"Name","value":"schoolAgeSource"}},{"kind":"Field","name":{"kind":"Name","value":"censusYear"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDropoutsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedDropouts"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MonthlyReportValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MonthlyReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"}},{"kind":"Field","name":{"kind":"Name","value":"consistent"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recomputedNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MonthlyFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"recomputed"}}]}}]}}]} as unknown as DocumentNode<SubmitMonthlyReportMutation, SubmitMonthlyReportMutationVariables>;
export const RiskFlagsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskFlags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"flags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskFlagsQuery, RiskFlagsQueryVariables>;