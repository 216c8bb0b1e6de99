// What the caller's slice holds, from `viewer { classes purposes }` (the hub's
// policy table): the console asks only for fields of the caller's slice, so
// each page shows exactly the sections the slice has, decided here from the
// field classes, never per agency.
//
// CLASSES names the policy class of every Type.field the console asks for,
// as the schema tags it (@Classified); test/console/catalogue.test.ts checks
// it against the hub's schema.

const CLASSES = {
  'Query.viewer': 'REFERENCE',
  'Query.townships': 'REFERENCE',
  'Query.schools': 'REFERENCE',
  'Query.dropoutTargets': 'AGGREGATE',
  'Query.monthlyFigures': 'AGGREGATE',
  'Query.suspectedDropouts': 'EDUCATION',
  'Query.dropoutCases': 'EDUCATION',
  'Query.riskFlags': 'EDUCATION',
  'Query.child': 'BASIC',
  'Query.children': 'BASIC',
  'Query.accessLog': 'AUDIT',
  'Query.verifyAccessLog': 'AUDIT',
  'Query.regionalTargets': 'AGGREGATE',
  'Query.regionalMonthlyReports': 'AGGREGATE',

  // 区域汇总 (issue 11): the city's and the province's figures per county.
  'County.code': 'AGGREGATE',
  'County.name': 'AGGREGATE',
  'CountyTargets.county': 'AGGREGATE',
  'CountyTargets.schoolYear': 'AGGREGATE',
  'CountyTargets.countedUntil': 'AGGREGATE',
  'CountyTargets.levels': 'AGGREGATE',
  'CountyTargets.t3': 'AGGREGATE',
  'CountyMonthlyReport.county': 'AGGREGATE',
  'CountyMonthlyReport.month': 'AGGREGATE',
  'CountyMonthlyReport.asOf': 'AGGREGATE',
  'CountyMonthlyReport.townships': 'AGGREGATE',
  'CountyMonthlyReport.reported': 'AGGREGATE',
  'CountyMonthlyReport.complete': 'AGGREGATE',
  'CountyMonthlyReport.coverage': 'AGGREGATE',
  'CountyMonthlyReport.totals': 'AGGREGATE',
  'RegionalMonthlyTotals.schoolAgeChildren': 'AGGREGATE',
  'RegionalMonthlyTotals.enrolled': 'AGGREGATE',
  'RegionalMonthlyTotals.suspended': 'AGGREGATE',
  'RegionalMonthlyTotals.confirmedDropouts': 'AGGREGATE',
  'RegionalMonthlyTotals.returned': 'AGGREGATE',
  'RegionalMonthlyTotals.openCases': 'AGGREGATE',

  'Township.code': 'REFERENCE',
  'Township.name': 'REFERENCE',
  'Village.name': 'REFERENCE',
  'School.id': 'REFERENCE',
  'School.code': 'REFERENCE',
  'School.name': 'REFERENCE',
  'SubsidyProgramme.name': 'REFERENCE',

  'DropoutTargets.schoolYear': 'AGGREGATE',
  'DropoutTargets.periodStart': 'AGGREGATE',
  'DropoutTargets.periodEnd': 'AGGREGATE',
  'DropoutTargets.countedUntil': 'AGGREGATE',
  'DropoutTargets.township': 'AGGREGATE',
  'DropoutTargets.school': 'AGGREGATE',
  'DropoutTargets.levels': 'AGGREGATE',
  'DropoutTargets.t3': 'AGGREGATE',
  'DropoutTargets.cases': 'AGGREGATE',
  'DropoutTargets.byTownship': 'AGGREGATE',
  'DropoutTargetArea.township': 'AGGREGATE',
  'DropoutTargetArea.levels': 'AGGREGATE',
  'DropoutTargetArea.t3': 'AGGREGATE',
  'DropoutLevelFigure.level': 'AGGREGATE',
  'DropoutLevelFigure.planRef': 'AGGREGATE',
  'DropoutLevelFigure.enrolledAtStart': 'AGGREGATE',
  'DropoutLevelFigure.dropouts': 'AGGREGATE',
  'DropoutLevelFigure.rate': 'AGGREGATE',
  'DropoutLevelFigure.target': 'AGGREGATE',
  'DropoutLevelFigure.met': 'AGGREGATE',
  'DropoutLevelFigure.dropoutChildren': 'EDUCATION',
  'PoorDropoutFigure.planRef': 'AGGREGATE',
  'PoorDropoutFigure.poorDropouts': 'AGGREGATE',
  'PoorDropoutFigure.target': 'AGGREGATE',
  'PoorDropoutFigure.met': 'AGGREGATE',
  'PoorDropoutFigure.detail': 'EDUCATION',
  'PoorDropoutDetail.children': 'ECONOMIC',
  'DropoutCaseFigures.open': 'AGGREGATE',
  'DropoutCaseFigures.overdue': 'AGGREGATE',
  'DropoutCaseFigures.returned': 'AGGREGATE',
  'DropoutCaseFigures.medianDaysToReturn': 'AGGREGATE',
  'DropoutCaseFigures.openChildren': 'EDUCATION',
  'DropoutCaseFigures.overdueChildren': 'EDUCATION',
  'TownshipMonthlyFigures.township': 'AGGREGATE',
  'TownshipMonthlyFigures.month': 'AGGREGATE',
  'TownshipMonthlyFigures.asOf': 'AGGREGATE',
  'TownshipMonthlyFigures.figures': 'AGGREGATE',
  'MonthlyFigures.suspectedDropoutsOpen': 'AGGREGATE',
  'MonthlyFigures.openCases': 'AGGREGATE',

  'ChildFilter.townshipCode': 'BASIC',
  'ChildFilter.status': 'BASIC',

  'ChildConnection.totalCount': 'AGGREGATE',
  'ChildConnection.edges': 'BASIC',
  'ChildConnection.pageInfo': 'BASIC',
  'ChildEdge.node': 'BASIC',

  'Child.id': 'BASIC',
  'Child.name': 'BASIC',
  'Child.gender': 'BASIC',
  'Child.birthDate': 'BASIC',
  'Child.age': 'BASIC',
  'Child.ethnicity': 'BASIC',
  'Child.idNumber': 'IDENTIFIERS',
  'Child.township': 'BASIC',
  'Child.village': 'BASIC',
  'Child.enrollment': 'BASIC',
  'Child.isLeftBehind': 'CARE',
  'Child.inDistress': 'CARE',
  'Child.isOrphan': 'CARE',
  'Child.isMigrant': 'MIGRATION',
  'Child.hasDisability': 'DISABILITY',
  'Child.attendanceSummary': 'EDUCATION',
  'Child.dropoutCases': 'EDUCATION',
  'Child.legalActions': 'LEGAL',
  'Child.guardians': 'CONTACT',
  'Child.household': 'BASIC',
  'Child.subsidyGrants': 'WELFARE',
  'Child.supportPlans': 'WELFARE',
  'Child.disabilityRecord': 'DISABILITY',
  'Child.placement': 'PLACEMENT',
  'Child.boardingAssignment': 'BOARDING',
  'Child.careArrangement': 'CARE',
  'Child.migrantEnrollment': 'MIGRATION',

  'Enrollment.grade': 'BASIC',
  'Enrollment.className': 'BASIC',
  'Enrollment.status': 'BASIC',
  'Enrollment.statusSince': 'BASIC',
  'Enrollment.nationalStudentNumber': 'IDENTIFIERS',
  'Enrollment.school': 'BASIC',
  'Enrollment.events': 'EDUCATION',
  'StatusEvent.id': 'EDUCATION',
  'StatusEvent.type': 'EDUCATION',
  'StatusEvent.occurredOn': 'EDUCATION',
  'StatusEvent.grade': 'EDUCATION',
  'StatusEvent.cause': 'EDUCATION',
  'StatusEvent.reason': 'EDUCATION',
  'StatusEvent.evidenceRef': 'EDUCATION',
  'StatusEvent.dueBackOn': 'EDUCATION',
  'StatusEvent.correctsEventId': 'EDUCATION',
  'StatusEvent.recordedBy': 'EDUCATION',
  'StatusEvent.recordedAt': 'EDUCATION',
  'StatusEvent.school': 'EDUCATION',

  'AttendanceSummary.since': 'EDUCATION',
  'AttendanceSummary.unexcusedDays': 'EDUCATION',
  'AttendanceSummary.excusedDays': 'EDUCATION',
  'AttendanceSummary.lateDays': 'EDUCATION',
  'AttendanceSummary.lastAbsence': 'EDUCATION',

  'SuspectedDropout.id': 'EDUCATION',
  'SuspectedDropout.source': 'EDUCATION',
  'SuspectedDropout.detectedOn': 'EDUCATION',
  'SuspectedDropout.detail': 'EDUCATION',
  'SuspectedDropout.status': 'EDUCATION',
  'SuspectedDropout.resolution': 'EDUCATION',
  'SuspectedDropout.child': 'BASIC',

  'DropoutCase.id': 'EDUCATION',
  'DropoutCase.detectedOn': 'EDUCATION',
  'DropoutCase.source': 'EDUCATION',
  'DropoutCase.cause': 'EDUCATION',
  'DropoutCase.causeNote': 'EDUCATION',
  'DropoutCase.status': 'EDUCATION',
  'DropoutCase.firstVisitDueOn': 'EDUCATION',
  'DropoutCase.escalationLevel': 'EDUCATION',
  'DropoutCase.returnedOn': 'EDUCATION',
  'DropoutCase.closedOn': 'EDUCATION',
  'DropoutCase.alternativePlan': 'EDUCATION',
  'DropoutCase.responsibleHeads': 'EDUCATION',
  'DropoutCase.visits': 'EDUCATION',
  'DropoutCase.legalActions': 'LEGAL',
  'DropoutCase.child': 'BASIC',
  'ResponsibleHeads.countyHead': 'EDUCATION',
  'ResponsibleHeads.bureauHead': 'EDUCATION',
  'ResponsibleHeads.townshipHead': 'EDUCATION',
  'ResponsibleHeads.villageHead': 'EDUCATION',
  'ResponsibleHeads.principal': 'EDUCATION',
  'ResponsibleHeads.teacher': 'EDUCATION',
  'ResponsibleHeads.parent': 'EDUCATION',
  'PersuasionVisit.id': 'EDUCATION',
  'PersuasionVisit.visitedOn': 'EDUCATION',
  'PersuasionVisit.visitors': 'EDUCATION',
  'PersuasionVisit.outcome': 'EDUCATION',
  'PersuasionVisit.notes': 'EDUCATION',
  'PersuasionVisit.nextStep': 'EDUCATION',
  'PersuasionVisit.nextVisitOn': 'EDUCATION',
  'LegalAction.kind': 'LEGAL',
  'LegalAction.takenOn': 'LEGAL',
  'LegalAction.description': 'LEGAL',
  'LegalAction.outcome': 'LEGAL',

  'Guardian.relation': 'CONTACT',
  'Guardian.livesWithChild': 'CONTACT',
  'Guardian.isPrimary': 'CONTACT',
  'Guardian.person': 'CONTACT',
  'Person.name': 'CONTACT',
  'Person.phone': 'CONTACT',
  'Person.worksAway': 'CARE',
  'Person.idNumber': 'IDENTIFIERS',

  'Household.address': 'CONTACT',
  'Household.registeredPoor': 'ECONOMIC',
  'Household.poorSinceYear': 'ECONOMIC',
  'Household.minimumLiving': 'ECONOMIC',
  'Household.extremePoverty': 'ECONOMIC',
  'Household.annualIncome': 'ECONOMIC_DETAIL',
  'Household.assistanceAmount': 'ECONOMIC_DETAIL',
  'Household.distanceToSchoolKm': 'BOARDING',

  'SubsidyGrant.schoolYear': 'WELFARE',
  'SubsidyGrant.term': 'WELFARE',
  'SubsidyGrant.amountCents': 'WELFARE',
  'SubsidyGrant.status': 'WELFARE',
  'SubsidyGrant.programme': 'WELFARE',
  'SupportPlan.measures': 'WELFARE',
  'SupportPlan.responsibleName': 'WELFARE',
  'SupportPlan.startsOn': 'WELFARE',

  'DisabilityRecord.category': 'DISABILITY',
  'DisabilityRecord.grade': 'DISABILITY',
  'DisabilityRecord.assessment': 'DISABILITY_DETAIL',
  'DisabilityRecord.certificateNumber': 'IDENTIFIERS',
  'Placement.type': 'PLACEMENT',
  'Placement.status': 'PLACEMENT',
  'Placement.responsibleTeacher': 'PLACEMENT',
  'Placement.startsOn': 'PLACEMENT',
  'Placement.school': 'PLACEMENT',
  'Placement.plan': 'DISABILITY_DETAIL',

  'BoardingAssignment.schoolYear': 'BOARDING',
  'BoardingAssignment.term': 'BOARDING',
  'BoardingAssignment.bedLabel': 'BOARDING',
  'BoardingAssignment.status': 'BOARDING',
  'BoardingAssignment.school': 'BOARDING',

  'CareArrangement.kind': 'CARE',
  'CareArrangement.caregiverName': 'CARE',
  'CareArrangement.caregiverRelation': 'CARE',
  'CareArrangement.caregiverPhone': 'CARE',
  'CareArrangement.registeredOn': 'CARE',
  'CareArrangement.surrogates': 'CARE',
  'SurrogateParent.name': 'CARE',
  'SurrogateParent.role': 'CARE',
  'SurrogateParent.phone': 'CARE',

  'MigrantEnrollment.hukouOrigin': 'MIGRATION',
  'MigrantEnrollment.status': 'MIGRATION',
  'MigrantEnrollment.appliedOn': 'MIGRATION',
  'MigrantEnrollment.requestedGrade': 'MIGRATION',
  'MigrantEnrollment.residencePermitNumber': 'IDENTIFIERS',
  'MigrantEnrollment.assignedSchool': 'MIGRATION',

  'ChildRiskConnection.asOf': 'EDUCATION',
  'ChildRiskConnection.edges': 'EDUCATION',
  'ChildRiskConnection.pageInfo': 'EDUCATION',
  'ChildRiskEdge.node': 'EDUCATION',
  'ChildRiskPageInfo.hasNextPage': 'EDUCATION',
  'ChildRiskPageInfo.endCursor': 'EDUCATION',
  'ChildRisk.child': 'BASIC',
  'ChildRisk.flags': 'EDUCATION',
  'RiskFlag.rule': 'EDUCATION',
  'RiskFlag.reason': 'EDUCATION',
  'RiskFlag.since': 'EDUCATION',

  'AccessLogEntry.id': 'AUDIT',
  'AccessLogEntry.at': 'AUDIT',
  'AccessLogEntry.subject': 'AUDIT',
  'AccessLogEntry.agencyKind': 'AUDIT',
  'AccessLogEntry.clientId': 'AUDIT',
  'AccessLogEntry.purpose': 'AUDIT',
  'AccessLogEntry.operationName': 'AUDIT',
  'AccessLogEntry.fieldClasses': 'AUDIT',
  'AccessLogEntry.childCount': 'AUDIT',
  'AccessLogEntry.outcome': 'AUDIT',
  'AccessLogVerdict.ok': 'AUDIT',
  'AccessLogVerdict.checked': 'AUDIT',
  'AccessLogVerdict.firstBrokenId': 'AUDIT',
  'AccessLogVerdict.reason': 'AUDIT',
};

/** The caller's rights in a handy shape. */
function capabilities(viewer) {
  const cells = {};
  for (const c of viewer.classes) cells[c.fieldClass] = c;
  return { viewer, cells, purposes: viewer.purposes };
}

/** Whether Type.field is in the caller's slice (as the hub cuts slices: src/access/slices.ts fieldAllowed). */
function canRead(caps, type, field) {
  const key = `${type}.${field}`;
  const cls = CLASSES[key];
  if (cls === undefined) throw new Error(`the console has no class for ${key}`);
  const cell = caps.cells[cls];
  if (!cell) return false;
  if (cell.only) return cell.only.includes(type) || cell.only.includes(key);
  return true;
}

function fieldName(spec) {
  // "alias: name(args)" → name
  const noArgs = spec.split('(')[0];
  const parts = noArgs.split(':');
  return parts[parts.length - 1].trim();
}

/**
 * A selection set of the fields of `spec` the caller may read: items are
 * 'field' or ['field(args)', 'Type', [sub-items]]. An object field none of
 * whose sub-fields is readable is left out; '' when nothing is readable.
 * With onlyPurposeFree, only fields readable without a stated purpose.
 */
function select(caps, type, spec, onlyPurposeFree) {
  const ok = (t, f) => canRead(caps, t, f) && (!onlyPurposeFree || !caps.cells[CLASSES[`${t}.${f}`]].purposeRequired);
  const out = [];
  for (const item of spec) {
    if (typeof item === 'string') {
      if (ok(type, fieldName(item))) out.push(item);
      continue;
    }
    const [f, subType, sub] = item;
    if (!ok(type, fieldName(f))) continue;
    const inner = select(caps, subType, sub, onlyPurposeFree);
    if (inner) out.push(`${f} ${inner}`);
  }
  return out.length > 0 ? `{ ${out.join(' ')} }` : '';
}

/** Whether the classes of a set of fields need a stated purpose. */
function needsPurpose(caps, keys) {
  return keys.some((k) => {
    const cell = caps.cells[CLASSES[k]];
    return cell && cell.purposeRequired;
  });
}

module.exports = { CLASSES, capabilities, canRead, select, needsPurpose };
