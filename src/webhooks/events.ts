import type { FieldClass } from '../access/field-classes';
import type { OutboxEvent } from '../generated/prisma/client';

/**
 * The outbox events a partner may subscribe to, each with the field class a
 * partner's grants must include to receive it (access-policy.md "The
 * matrix") and the GraphQL type it is about (for cells limited with `only`,
 * e.g. JUDICIARY reads EDUCATION only as dropout cases). Only events about a
 * child are offered: county-level events (census rounds, monthly reports,
 * reconciliation runs) are not partner business.
 */
export interface WebhookEventKind {
  class: FieldClass;
  about: string;
  /** Keys of the outbox payload that hold ids of records (the only payload fields that leave the hub). */
  ids: readonly string[];
  description: string;
}

export const WEBHOOK_EVENTS = {
  DROPOUT_REPORTED: { class: 'EDUCATION', about: 'DropoutCase', ids: ['caseId'], description: 'a dropout was reported and a case opened (辍学报告)' },
  SUSPECTED_DROPOUT: { class: 'EDUCATION', about: 'SuspectedDropout', ids: ['suspectedId', 'sourceRef', 'roundId'], description: 'a child is suspected to have dropped out (疑似辍学)' },
  CHILD_RETURNED: { class: 'EDUCATION', about: 'DropoutCase', ids: ['caseId'], description: 'a dropped-out child is back at school (复学)' },
  CASE_ESCALATED: { class: 'EDUCATION', about: 'DropoutCase', ids: ['caseId'], description: 'a dropout case was escalated (劝返升级)' },
  CASE_TO_JUDICIARY: { class: 'EDUCATION', about: 'DropoutCase', ids: ['caseId'], description: 'a dropout case went to legal action (移送司法)' },
  CASE_CLOSED: { class: 'EDUCATION', about: 'DropoutCase', ids: ['caseId'], description: 'a dropout case was closed (结案)' },
  TRANSFER_REQUESTED: { class: 'EDUCATION', about: 'Enrollment', ids: ['transferId', 'fromSchoolId'], description: 'a transfer was requested (转学申请)' },
  TRANSFER_ACCEPTED: { class: 'EDUCATION', about: 'Enrollment', ids: ['transferId'], description: 'a transfer was accepted (转学接收)' },
  PLACEMENT_ASSIGNED: { class: 'PLACEMENT', about: 'Placement', ids: ['placementId'], description: 'a disabled child was placed (安置, 一人一案)' },
  GRANT_APPROVED: { class: 'WELFARE', about: 'SubsidyGrant', ids: ['grantId'], description: 'a subsidy grant was approved (资助审批)' },
} as const satisfies Record<string, WebhookEventKind>;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;

export function isWebhookEventType(t: string): t is WebhookEventType {
  return Object.prototype.hasOwnProperty.call(WEBHOOK_EVENTS, t);
}

/** What a partner receives: the event id, its type and time, and ids only; details are fetched over GraphQL within the partner's slice. */
export interface WebhookPayload {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  data: Record<string, string>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The thin payload of an outbox event. Never names, ID numbers, causes or
 * free text: only the listed id keys, and only values shaped like a UUID, so
 * a payload field that someone later fills with text cannot leak through.
 */
export function thinPayload(e: OutboxEvent & { type: WebhookEventType }): WebhookPayload {
  const data: Record<string, string> = {};
  if (e.childId && UUID.test(e.childId)) data['childId'] = e.childId;
  if (e.schoolId && UUID.test(e.schoolId)) data['schoolId'] = e.schoolId;
  const p = (e.payload ?? {}) as Record<string, unknown>;
  for (const k of WEBHOOK_EVENTS[e.type].ids) {
    const v = p[k];
    if (typeof v === 'string' && UUID.test(v)) data[k] = v;
  }
  return { id: e.id.toString(), type: e.type, occurredAt: e.createdAt.toISOString(), data };
}
