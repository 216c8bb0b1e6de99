import { hkdfSync, randomBytes } from 'node:crypto';
import { checkGrants } from '../access/partners';
import { PURPOSE_CODES, PURPOSES } from '../access/policy';
import { cellFor, isAgency, purposeAllowed, sliceKeyOf, type Grant, type Viewer } from '../access/viewer';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { PartnerClient, WebhookDelivery, WebhookSubscription } from '../generated/prisma/client';
import { IdentifierSealer } from '../lib/crypto';
import { isWebhookEventType, WEBHOOK_EVENTS, type WebhookEventType } from './events';

/**
 * Webhook subscriptions (事件推送订阅) of partner clients: registered by an
 * operator (scripts/partner.ts `webhook add`), each for one URL and a list of
 * event types the client's grants cover. The signing secret is shown once
 * and stored sealed (AES-256-GCM under a key derived from ID_ENCRYPTION_KEY),
 * because the hub must be able to sign with it again.
 */
export class WebhookError extends Error {}

/** The sealer for webhook secrets: its own keys, derived (HKDF) from the identifier keys, so one key never serves two purposes. */
export function webhookSealer(config: Pick<Config, 'idEncryptionKey' | 'idHmacKey'>): IdentifierSealer {
  const derive = (key: Buffer, info: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, 32));
  return new IdentifierSealer(derive(config.idEncryptionKey, 'kongchuo-hub webhook secret v1'), derive(config.idHmacKey, 'kongchuo-hub webhook index v1'));
}

/** A partner client as the dispatcher acts for it: the same viewer its token would carry (src/access/partners.ts partnerClaims). Null when disabled or its grants no longer hold. */
export function partnerViewer(c: PartnerClient): Viewer | null {
  if (!c.active || !isAgency(c.onBehalfOf)) return null;
  let grants: Grant[];
  try {
    // Re-checked against today's policy: a tightened policy applies at once.
    grants = checkGrants(c.onBehalfOf, c.grants as unknown as Grant[]);
  } catch {
    return null;
  }
  return {
    subject: `client:${c.id}`,
    kind: 'PARTNER_APP',
    agency: c.onBehalfOf,
    agencyId: null,
    countyCode: c.countyCode,
    regionCode: null,
    townshipCode: c.townshipCode,
    schoolCode: null,
    clientId: c.id,
    grants,
    sliceKey: sliceKeyOf(c.onBehalfOf, c.id, grants),
  };
}

/** Whether this viewer may receive events of this type at all (its grants include the class; a cell limited to some types covers the event's). */
export function mayReceive(viewer: Viewer, type: WebhookEventType): boolean {
  const kind = WEBHOOK_EVENTS[type];
  const cell = cellFor(viewer, kind.class);
  if (cell.read === 'none') return false;
  return cell.only === undefined || cell.only.includes(kind.about);
}

export interface NewSubscription {
  clientId: string;
  url: string;
  eventTypes: readonly string[];
  purpose: string;
}

export interface UrlRules {
  allowHttp: boolean;
}

/** Checks a webhook URL: absolute http(s), https unless allowed, no credentials or fragment. */
export function checkUrl(raw: string, rules: UrlRules): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new WebhookError('url: not an absolute URL');
  }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && rules.allowHttp)) throw new WebhookError(`url: must be https:// ${rules.allowHttp ? 'or http://' : '(http:// only outside production or with WEBHOOK_ALLOW_HTTP=true)'}`);
  if (u.username || u.password) throw new WebhookError('url: must not carry credentials');
  if (u.hash) throw new WebhookError('url: must not have a #fragment');
  if (raw.length > 2000) throw new WebhookError('url: longer than 2000 characters');
  return u.toString();
}

/** Registers a subscription from now on (earlier events are not sent); returns it and the signing secret, shown once. */
export async function addWebhookSubscription(
  db: Database,
  sealer: IdentifierSealer,
  countyCode: string,
  input: NewSubscription,
  rules: UrlRules,
): Promise<{ subscription: WebhookSubscription; secret: string }> {
  const client = await db.prisma.partnerClient.findUnique({ where: { id: input.clientId } });
  if (!client || client.countyCode !== countyCode) throw new WebhookError(`client: ${input.clientId} is not a registered partner client`);
  const viewer = partnerViewer(client);
  if (!viewer) throw new WebhookError(`client: ${input.clientId} is disabled or its grants no longer hold`);
  const url = checkUrl(input.url, rules);
  if (input.eventTypes.length === 0) throw new WebhookError(`event: name at least one of ${Object.keys(WEBHOOK_EVENTS).join(', ')}`);
  const types: WebhookEventType[] = [];
  for (const t of input.eventTypes) {
    if (!isWebhookEventType(t)) throw new WebhookError(`event: ${t} is not one of ${Object.keys(WEBHOOK_EVENTS).join(', ')}`);
    if (!mayReceive(viewer, t)) throw new WebhookError(`event: ${t} needs the ${WEBHOOK_EVENTS[t].class} class in the grants of ${input.clientId} (access-policy.md), which it lacks`);
    if (!types.includes(t)) types.push(t);
  }
  if (!(PURPOSE_CODES as readonly string[]).includes(input.purpose) || !purposeAllowed(viewer, input.purpose)) {
    throw new WebhookError(`purpose: ${input.purpose} is not a purpose ${viewer.agency} may state (one of ${PURPOSES[viewer.agency].join(', ')})`);
  }
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  const max = await db.prisma.outboxEvent.aggregate({ _max: { id: true } });
  const subscription = await db.prisma.webhookSubscription.create({
    data: {
      countyCode,
      clientId: client.id,
      url,
      eventTypes: types,
      purpose: input.purpose,
      secretCipher: sealer.seal(secret),
      cursor: max._max.id ?? 0n,
    },
  });
  return { subscription, secret };
}

export function listWebhookSubscriptions(db: Database, clientId?: string): Promise<WebhookSubscription[]> {
  return db.prisma.webhookSubscription.findMany({ where: clientId === undefined ? {} : { clientId }, orderBy: { createdAt: 'asc' } });
}

/** DISABLED stops deliveries; ACTIVE (re)starts them, a suspended subscription with the event that went DEAD, attempts counted afresh. */
export async function setWebhookStatus(db: Database, id: string, status: 'ACTIVE' | 'DISABLED'): Promise<WebhookSubscription> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new WebhookError('id: must be a subscription id (uuid)');
  const found = await db.prisma.webhookSubscription.findUnique({ where: { id } });
  if (!found) throw new WebhookError(`id: no webhook subscription ${id}`);
  return db.prisma.webhookSubscription.update({ where: { id }, data: { status, attempts: 0, nextAttemptAt: null } });
}

/** The delivery log of a client's subscriptions, newest first. */
export function listWebhookDeliveries(db: Database, clientId: string, limit = 100): Promise<Array<WebhookDelivery & { subscription: { url: string } }>> {
  return db.prisma.webhookDelivery.findMany({
    where: { subscription: { clientId } },
    include: { subscription: { select: { url: true } } },
    orderBy: { id: 'desc' },
    take: Math.min(Math.max(limit, 1), 1000),
  });
}
