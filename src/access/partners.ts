import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Database } from '../db/client';
import { FIELD_CLASSES, type FieldClass } from './field-classes';
import { isRegionalAgency, MATRIX, type Agency } from './policy';
import { isAgency, type Grant } from './viewer';

/**
 * Partner applications (合作应用): registered clients with a hashed secret,
 * the agency they act for, explicit grants ⊆ that agency's cells, and an
 * optional township narrowing. OAuth 2.0 client credentials exchange the
 * secret for a short-lived token carrying exactly these grants.
 */
const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number, opts: { N: number; r: number; p: number }) => Promise<Buffer>;
const SCRYPT = { N: 16384, r: 8, p: 1 };

export class PartnerError extends Error {}

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(secret, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const got = await scrypt(secret, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return got.length === expected.length && timingSafeEqual(got, expected);
}

/** Checks grants against the agency's row of the matrix; returns them normalised or throws naming the bad one. */
export function checkGrants(onBehalfOf: Agency, grants: readonly Grant[]): Grant[] {
  const out: Grant[] = [];
  for (const g of grants) {
    if (!(FIELD_CLASSES as readonly string[]).includes(g.class)) throw new PartnerError(`grant ${g.class}: no such field class`);
    if (g.class === 'AUDIT') throw new PartnerError('grant AUDIT: the access log is never granted to partners');
    const cell = MATRIX[g.class][onBehalfOf];
    if (cell.read === 'none') throw new PartnerError(`grant ${g.class}: ${onBehalfOf} itself cannot read it`);
    if (g.access === 'R' && cell.read === 'masked') throw new PartnerError(`grant ${g.class}:R: ${onBehalfOf} reads it masked only; grant ${g.class}:M`);
    if (out.some((x) => x.class === g.class)) throw new PartnerError(`grant ${g.class}: given twice`);
    out.push({ class: g.class as FieldClass, access: g.access });
  }
  return out;
}

export interface PartnerRegistration {
  id: string;
  name: string;
  onBehalfOf: string;
  grants: Grant[];
  townshipCode?: string | null;
}

/** Registers a client; returns the secret, shown once. */
export async function registerPartner(db: Database, countyCode: string, r: PartnerRegistration): Promise<string> {
  if (!/^[a-z0-9][a-z0-9._-]{2,63}$/.test(r.id)) throw new PartnerError('id: 3–64 characters of a-z, 0-9, . _ -');
  if (!isAgency(r.onBehalfOf)) throw new PartnerError(`on-behalf-of: ${r.onBehalfOf} is not an agency kind`);
  // A partner acts for one county's agency (issue 11): never for the city or the province, whose figures are theirs alone.
  if (isRegionalAgency(r.onBehalfOf)) throw new PartnerError(`on-behalf-of: a partner app acts for a county agency, not for ${r.onBehalfOf}`);
  if (r.townshipCode != null && !/^[0-9]{12}$/.test(r.townshipCode)) throw new PartnerError('township: must be a 12-digit division code');
  if (r.townshipCode != null && !r.townshipCode.startsWith(countyCode)) throw new PartnerError(`township: ${r.townshipCode} is not in county ${countyCode}`);
  const grants = checkGrants(r.onBehalfOf, r.grants);
  const secret = randomBytes(24).toString('base64url');
  await db.prisma.partnerClient.create({
    data: {
      id: r.id,
      name: r.name,
      countyCode,
      secretHash: await hashSecret(secret),
      onBehalfOf: r.onBehalfOf,
      grants: grants as unknown as object,
      townshipCode: r.townshipCode ?? null,
    },
  });
  return secret;
}

/** Client credentials → the claims of a partner token, or null when the client or secret is wrong. */
export async function partnerClaims(db: Database, clientId: string, secret: string): Promise<Record<string, unknown> | null> {
  const c = await db.prisma.partnerClient.findUnique({ where: { id: clientId } });
  // Verify against a dummy hash when the client is unknown, so timing does not tell which ids exist.
  const ok = await verifySecret(secret, c?.secretHash ?? DUMMY_HASH);
  if (!c || !c.active || !ok || !isAgency(c.onBehalfOf)) return null;
  // Re-check the stored grants against today's policy: a tightened policy applies at once.
  let grants: Grant[];
  try {
    grants = checkGrants(c.onBehalfOf, c.grants as unknown as Grant[]);
  } catch {
    return null;
  }
  return {
    sub: `client:${c.id}`,
    agency_kind: 'PARTNER_APP',
    client_id: c.id,
    on_behalf_of: c.onBehalfOf,
    grants,
    county_code: c.countyCode,
    ...(c.townshipCode ? { township_code: c.townshipCode } : {}),
  };
}

const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
