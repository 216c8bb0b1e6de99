import { FIELD_CLASSES } from '../../access/field-classes';
import { PURPOSE_FREE_CLASSES, PURPOSES, ROW_SCOPES } from '../../access/policy';
import { cellsFor } from '../../access/viewer';
import type { Context } from '../../context';
import { ReadAccess, type ClassAccessType, type ViewerType } from './viewer.types';

/** The caller's rights, read from the policy table for its viewer (partner grants intersected by cellsFor). */
export async function viewerCapabilities(ctx: Context): Promise<ViewerType> {
  const v = ctx.viewer;
  const cells = cellsFor(v);
  const classes: ClassAccessType[] = [];
  for (const cls of FIELD_CLASSES) {
    const cell = cells[cls];
    if (cell.read === 'none') continue;
    classes.push({
      fieldClass: cls,
      access: cell.read === 'masked' ? ReadAccess.MASKED : ReadAccess.FULL,
      only: cell.only ? [...cell.only] : null,
      rows: cell.rows ?? null,
      purposeRequired: !PURPOSE_FREE_CLASSES.includes(cls),
    });
  }
  const township = v.townshipCode ? ((await ctx.loaders.regionByCode.load(v.townshipCode)) ?? null) : null;
  const school = v.schoolCode ? ((await ctx.repo.findSchools({ code: v.schoolCode }))[0] ?? null) : null;
  return {
    agencyKind: v.kind,
    agency: v.agency,
    countyCode: v.countyCode,
    regionCode: v.regionCode,
    township: township && township.level === 'TOWNSHIP' ? township : null,
    school,
    rowScope: ROW_SCOPES[v.agency].rows,
    classes,
    purposes: [...PURPOSES[v.agency]],
  };
}
