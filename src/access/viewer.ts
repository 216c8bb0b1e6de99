import { createHash } from 'node:crypto';
import type { AgencyKind } from '../generated/prisma/enums';
import { FIELD_CLASSES, type FieldClass } from './field-classes';
import { AGENCIES, MATRIX, PURPOSES, ROW_SCOPES, type Agency, type Cell, type Purpose, type RowScopeKind } from './policy';

/** A partner client's grant: one class, read in full or masked (never more than its agency's cell). */
export interface Grant {
  class: FieldClass;
  access: 'R' | 'M';
}

/**
 * Who is asking, from a verified token. A missing scope claim means an empty
 * scope, never "all": a TOWNSHIP viewer without a township code sees no child.
 */
export interface Viewer {
  subject: string;
  kind: AgencyKind;
  /** The agency whose row of the matrix applies: its own, or the one a partner acts for. */
  agency: Agency;
  agencyId: string | null;
  /**
   * The county whose rows the viewer works in (claim county_code; issue 11:
   * one hub, many counties). null only for the agencies above the county
   * (REGIONAL_AGENCIES), whose row scope holds no child.
   */
  countyCode: string | null;
  /** City or province division code of a regional agency (claim region_code); null for everyone else. */
  regionCode: string | null;
  townshipCode: string | null;
  schoolCode: string | null;
  clientId: string | null;
  /** Partner clients only: their grants. */
  grants: readonly Grant[] | null;
  /** Key of the schema slice this viewer is served from. */
  sliceKey: string;
}

const NONE: Cell = { read: 'none', write: false };

export function isAgency(v: unknown): v is Agency {
  return typeof v === 'string' && (AGENCIES as readonly string[]).includes(v);
}

/** The cell of the matrix that applies to this viewer for one class (partner grants intersected). */
export function cellFor(viewer: Pick<Viewer, 'agency' | 'grants'>, cls: FieldClass): Cell {
  const base = MATRIX[cls]?.[viewer.agency] ?? NONE;
  if (viewer.grants === null) return base;
  if (cls === 'REFERENCE') return base;
  const grant = viewer.grants.find((g) => g.class === cls);
  if (!grant || base.read === 'none') return NONE;
  // Partners read only; masked when either the grant or the agency's cell says so.
  const read = grant.access === 'M' || base.read === 'masked' ? 'masked' : 'full';
  return { ...base, read, write: false };
}

const cellCache = new WeakMap<object, Record<FieldClass, Cell>>();

/** All cells of a viewer, keyed by class (what the slice is built from); computed once per viewer object. */
export function cellsFor(viewer: Pick<Viewer, 'agency' | 'grants'>): Record<FieldClass, Cell> {
  const cached = cellCache.get(viewer);
  if (cached) return cached;
  const out = {} as Record<FieldClass, Cell>;
  for (const c of FIELD_CLASSES) out[c] = cellFor(viewer, c);
  cellCache.set(viewer, out);
  return out;
}

export function rowScopeKindOf(viewer: Viewer): RowScopeKind {
  return ROW_SCOPES[viewer.agency].rows;
}

export function purposeAllowed(viewer: Viewer, purpose: string): purpose is Purpose {
  return (PURPOSES[viewer.agency] as readonly string[]).includes(purpose);
}

/** Slice key: the agency kind, or for a partner the client and a digest of its grants. */
export function sliceKeyOf(agency: Agency, clientId: string | null, grants: readonly Grant[] | null): string {
  if (clientId === null || grants === null) return agency;
  const digest = createHash('sha256')
    .update(JSON.stringify([agency, [...grants].sort((a, b) => a.class.localeCompare(b.class))]))
    .digest('hex')
    .slice(0, 16);
  return `PARTNER_APP:${clientId}:${digest}`;
}
