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

/** Kind of attendance entry (考勤类型, plan R2.4). */
export type AttendanceKind =
  /** On approved leave (请假) */
  | 'EXCUSED_LEAVE'
  /** Late (迟到) */
  | 'LATE'
  /** Absent without leave (无故缺勤) */
  | 'UNEXCUSED_ABSENCE';

/** State of a boarding place (寄宿状态, plan R5.2). */
export type BoardingStatus =
  /** Has a bed (已安排床位) */
  | 'ASSIGNED'
  /** Bed given up (已退宿) */
  | 'RELEASED'
  /** On the waiting list (候补) */
  | 'WAITLISTED';

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


export type ChildrenListQuery = { children: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, age: number, isLeftBehind: boolean, household: { id: string, registeredPoor: boolean, members: Array<{ name: string }> } | null, guardians: Array<{ relation: GuardianRelation, person: { name: string, phone: string | null } }>, enrollment: { grade: number | null, status: EnrollmentStatus, school: { name: string } | null } | null, subsidyGrants: Array<{ amountCents: number, status: GrantStatus, programme: { code: string } }>, placement: { type: PlacementType, status: PlacementStatus } | null } }> } };

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

export const StatusChangeResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusChangeResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatusChangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEventId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"transferId"}}]}}]} as unknown as DocumentNode<StatusChangeResultFragment, unknown>;
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
export const ChildDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isLeftBehind"}},{"kind":"Field","name":{"kind":"Name","value":"inDistress"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphan"}},{"kind":"Field","name":{"kind":"Name","value":"isMigrant"}},{"kind":"Field","name":{"kind":"Name","value":"hasDisability"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLiving"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"worksAway"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"livesWithChild"}},{"kind":"Field","name":{"kind":"Name","value":"isPrimary"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"className"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusSince"}},{"kind":"Field","name":{"kind":"Name","value":"nationalStudentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceRef"}},{"kind":"Field","name":{"kind":"Name","value":"dueBackOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"unexcusedDays"}},{"kind":"Field","name":{"kind":"Name","value":"excusedDays"}},{"kind":"Field","name":{"kind":"Name","value":"lateDays"}},{"kind":"Field","name":{"kind":"Name","value":"lastAbsence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boardingAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"bedLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabilityRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeTeachingVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"migrantEnrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hukouOrigin"}},{"kind":"Field","name":{"kind":"Name","value":"residencePermitNumber"}},{"kind":"Field","name":{"kind":"Name","value":"permitValidTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"feeChargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"assignedSchool"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careArrangement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverName"}},{"kind":"Field","name":{"kind":"Name","value":"caregiverRelation"}},{"kind":"Field","name":{"kind":"Name","value":"surrogates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fromDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dropoutCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleHeads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countyHead"}},{"kind":"Field","name":{"kind":"Name","value":"bureauHead"}},{"kind":"Field","name":{"kind":"Name","value":"townshipHead"}},{"kind":"Field","name":{"kind":"Name","value":"villageHead"}},{"kind":"Field","name":{"kind":"Name","value":"principal"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitors"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildDetailQuery, ChildDetailQueryVariables>;
export const ChildrenDeepDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenDeep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenDeepQuery, ChildrenDeepQueryVariables>;
export const ChildrenListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChildrenList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"isLeftBehind"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPoor"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardians"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subsidyGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildrenListQuery, ChildrenListQueryVariables>;
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
export const TownshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"townships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"villages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TownshipsQuery, TownshipsQueryVariables>;
export const SchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Schools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"townshipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"townshipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"boardingBeds"}},{"kind":"Field","name":{"kind":"Name","value":"hasBus"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolsQuery, SchoolsQueryVariables>;
export const SchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"School"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"principalName"}},{"kind":"Field","name":{"kind":"Name","value":"township"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolQuery, SchoolQueryVariables>;