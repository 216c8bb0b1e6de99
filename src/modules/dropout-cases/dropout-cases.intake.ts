import type { Context } from '../../context';
import type { Work } from '../unit-of-work';
import type { CaseSource, DropoutCause } from '../../generated/prisma/enums';

/**
 * Opens the case of a confirmed dropout (plan R1.2, R1.3): cause, the seven
 * accountable heads (七长) filled from the organisation data, the deadline of
 * the first persuasion visit; confirms any open suspected-dropout entries of
 * the child; and reports it at once to the township and the education bureau
 * through the outbox (plan R2.4). Returns the case id (an open case is reused).
 */
export async function openDropoutCase(
  ctx: Context,
  w: Work,
  p: {
    child: { id: string; villageCode: string; householdId: string | null };
    school: { id: string; townshipCode: string; principalName: string | null };
    classTeacherName: string | null;
    date: Date;
    cause: DropoutCause;
    reason: string;
    source: CaseSource;
  },
): Promise<string> {
  const existing = await w.tx.dropoutCase.findFirst({
    where: { childId: p.child.id, status: { in: ['OPEN', 'PERSUADING', 'LEGAL_ACTION'] } },
  });
  let caseId = existing?.id;
  if (!caseId) {
    const county = ctx.repo.scope.countyCode;
    const [countyRegion, village, township, bureau, guardian] = await Promise.all([
      w.tx.region.findUnique({ where: { code: `${county}000000` } }),
      w.tx.region.findUnique({ where: { code: p.child.villageCode } }),
      w.tx.region.findUnique({ where: { code: p.school.townshipCode } }),
      w.tx.agency.findFirst({ where: { countyCode: county, kind: 'EDUCATION_BUREAU' } }),
      w.tx.guardianship.findFirst({ where: { childId: p.child.id }, orderBy: [{ isPrimary: 'desc' }, { id: 'asc' }], include: { person: true } }),
    ]);
    const due = new Date(p.date.getTime() + ctx.rules.firstVisitDays * 86400000);
    const created = await w.tx.dropoutCase.create({
      data: {
        countyCode: county,
        childId: p.child.id,
        detectedOn: p.date,
        source: p.source,
        cause: p.cause,
        causeNote: p.reason,
        countyHeadName: countyRegion?.headName ?? null,
        bureauHeadName: bureau?.headName ?? null,
        townshipHeadName: township?.headName ?? null,
        villageHeadName: village?.headName ?? null,
        principalName: p.school.principalName,
        teacherName: p.classTeacherName,
        parentName: guardian?.person.name ?? null,
        firstVisitDueOn: due,
      },
    });
    caseId = created.id;
  }
  await w.tx.suspectedDropout.updateMany({
    where: { childId: p.child.id, status: 'OPEN' },
    data: { status: 'CONFIRMED', resolvedOn: p.date, resolution: 'confirmed dropout', caseId, version: { increment: 1 } },
  });
  w.outbox({
    type: 'DROPOUT_REPORTED',
    childId: p.child.id,
    townshipCode: p.school.townshipCode,
    schoolId: p.school.id,
    payload: { caseId, cause: p.cause, date: p.date.toISOString().slice(0, 10), source: p.source },
  });
  return caseId;
}
