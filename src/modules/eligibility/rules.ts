import type { FieldClass } from '../../access/field-classes';
import { BoardingStatus, DisabilityCategory, EnrollmentStatus, PlacementType, SchoolKind } from '../../generated/prisma/enums';

/**
 * Subsidy eligibility rules declared as data (plan R4.1–R4.3; domain.md
 * "SubsidyProgramme … eligibility rule declared as data"), and their pure
 * evaluator. A rule is stored as JSON in SubsidyRuleVersion.rule, in the
 * shape the demo-county generator writes (src/seed/subsidy-rules.ts),
 * extended compatibly with more facts and the `exists` operator:
 *
 *   Rule      = { "all": Rule[] } | { "any": Rule[] } | { "not": Rule } | Condition
 *   Condition = { "fact": FactName, "op": Op, "value": JSON }
 *   Op        = "eq" | "ne" | "in" | "notIn" | "gt" | "gte" | "lt" | "lte" | "exists"
 *
 * Semantics (the generator's, kept): a missing fact is null; eq/ne/in/notIn
 * compare with null like any value (`{"op":"eq","value":null}` holds for a
 * missing fact); gt/gte/lt/lte hold only for a number; `exists` with value
 * true holds when the fact is not null, with false when it is.
 *
 * The fact vocabulary is FACTS below: every fact has a type, its allowed
 * values, the policy field class its value belongs to (a reason shows the
 * value only to callers who may read that class) and its Chinese term.
 * Facts are read for one child as of one date: the term-dependent ones
 * (child.age, boarding.*) for the school year and term containing the date,
 * the others as the hub holds them now.
 */

export const OPS = ['eq', 'ne', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'exists'] as const;
export type Op = (typeof OPS)[number];

export type FactValue = string | number | boolean | null;
export type Facts = Readonly<Record<string, FactValue>>;

export interface Condition {
  fact: string;
  op: Op;
  value: unknown;
}
export type Rule = { all: Rule[] } | { any: Rule[] } | { not: Rule } | Condition;

export interface FactSpec {
  type: 'boolean' | 'number' | 'enum';
  /** enum facts: the allowed values. */
  values?: readonly string[];
  /** number facts: the allowed range (inclusive) and whether only whole numbers make sense. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** The policy field class the value belongs to (access-policy.md). */
  cls: FieldClass;
  /** What the fact is, with the Chinese term users say. */
  description: string;
}

/** The school levels of compulsory education (学段) derived from the grade. */
export const LEVELS = ['PRIMARY', 'JUNIOR'] as const;

/** The fact vocabulary (plan R4.1 priority groups, R4.3 programme conditions). */
export const FACTS: Readonly<Record<string, FactSpec>> = {
  'child.age': { type: 'number', integer: true, min: 0, max: 30, cls: 'BASIC', description: 'Age in whole years on 31 August of the school year (周岁, 学龄以8月31日计)' },
  'child.isOrphan': { type: 'boolean', cls: 'CARE', description: 'Orphan (孤儿, plan R4.1)' },
  'child.isLeftBehind': { type: 'boolean', cls: 'CARE', description: 'Left-behind child (留守儿童, plan R4.1)' },
  'child.inDistress': { type: 'boolean', cls: 'CARE', description: 'Child in distress (困境儿童, plan R4.1)' },
  'child.isMigrant': { type: 'boolean', cls: 'MIGRATION', description: "Migrant workers' child (随迁子女, plan R6.3)" },
  'child.hasDisability': { type: 'boolean', cls: 'DISABILITY', description: 'Has a disability (残疾儿童, plan R4.3, R6.4)' },
  'household.registeredPoor': { type: 'boolean', cls: 'ECONOMIC', description: 'Registered-poor household (建档立卡贫困户, plan R4.1)' },
  'household.minimumLiving': { type: 'boolean', cls: 'ECONOMIC', description: 'Minimum-living-guarantee household (低保户, plan R4.1)' },
  'household.extremePoverty': { type: 'boolean', cls: 'ECONOMIC', description: 'Extreme-poverty support (特困供养, plan R4.1)' },
  'household.distanceToSchoolKm': { type: 'number', min: 0, max: 1000, cls: 'BOARDING', description: 'Distance from home to school in km (离校距离, plan R5.2)' },
  'enrollment.status': { type: 'enum', values: Object.values(EnrollmentStatus), cls: 'BASIC', description: 'Current enrollment status (学籍状态)' },
  'enrollment.grade': { type: 'number', integer: true, min: 1, max: 12, cls: 'BASIC', description: 'Grade (年级), 1–9 in compulsory education' },
  'enrollment.level': { type: 'enum', values: LEVELS, cls: 'BASIC', description: 'School level (学段): PRIMARY = grades 1–6 (小学), JUNIOR = grades 7–9 (初中)' },
  'school.kind': { type: 'enum', values: Object.values(SchoolKind), cls: 'BASIC', description: 'Kind of the current school (学校类型)' },
  'school.rural': { type: 'boolean', cls: 'BASIC', description: "The current school is rural (农村学校): its township is not urban" },
  'boarding.thisTerm': { type: 'boolean', cls: 'BOARDING', description: 'Boards this term (本学期寄宿): a bed ASSIGNED for the term' },
  'boarding.status': { type: 'enum', values: Object.values(BoardingStatus), cls: 'BOARDING', description: "This term's boarding assignment status (寄宿安排状态), null without one" },
  'disability.grade': { type: 'number', integer: true, min: 1, max: 4, cls: 'DISABILITY', description: 'Disability grade 1–4, 1 most severe (残疾等级), null without a record' },
  'disability.category': { type: 'enum', values: Object.values(DisabilityCategory), cls: 'DISABILITY', description: 'Disability category (残疾类别), null without a record' },
  'placement.type': { type: 'enum', values: Object.values(PlacementType), cls: 'PLACEMENT', description: 'Active placement of a disabled child (安置方式, plan R6.4), null without one' },
};

const OPS_OF: Record<FactSpec['type'], readonly Op[]> = {
  boolean: ['eq', 'ne', 'in', 'notIn', 'exists'],
  number: OPS,
  enum: ['eq', 'ne', 'in', 'notIn', 'exists'],
};

export function opsOf(spec: FactSpec): readonly Op[] {
  return OPS_OF[spec.type];
}

/** A rule that breaks the grammar or the vocabulary, with the JSON path of the offending part. */
export class RuleError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

const MAX_DEPTH = 8;
const MAX_CONDITIONS = 100;
const MAX_LIST = 50;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkScalar(spec: FactSpec, v: unknown, path: string, allowNull: boolean): void {
  if (v === null) {
    if (!allowNull) throw new RuleError(path, 'must not be null for this operator');
    return;
  }
  if (spec.type === 'boolean') {
    if (typeof v !== 'boolean') throw new RuleError(path, 'must be true or false');
    return;
  }
  if (spec.type === 'number') {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new RuleError(path, 'must be a number');
    if (spec.integer && !Number.isInteger(v)) throw new RuleError(path, 'must be a whole number');
    if ((spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) {
      throw new RuleError(path, `must be between ${spec.min} and ${spec.max}`);
    }
    return;
  }
  if (typeof v !== 'string' || !(spec.values ?? []).includes(v)) {
    throw new RuleError(path, `must be one of ${(spec.values ?? []).join(', ')}`);
  }
}

function checkCondition(node: Record<string, unknown>, path: string): Condition {
  for (const k of Object.keys(node)) if (k !== 'fact' && k !== 'op' && k !== 'value') throw new RuleError(`${path}.${k}`, 'unknown key: a condition has fact, op and value');
  const fact = node['fact'];
  if (typeof fact !== 'string') throw new RuleError(`${path}.fact`, 'name a fact, e.g. "household.registeredPoor"');
  const spec = FACTS[fact];
  if (!spec || !Object.hasOwn(FACTS, fact)) throw new RuleError(`${path}.fact`, `unknown fact "${fact.slice(0, 60)}"; known facts: ${Object.keys(FACTS).join(', ')}`);
  const op = node['op'];
  if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) throw new RuleError(`${path}.op`, `unknown operator; one of ${OPS.join(', ')}`);
  if (!opsOf(spec).includes(op as Op)) throw new RuleError(`${path}.op`, `${op} does not apply to the ${spec.type} fact ${fact}; use one of ${opsOf(spec).join(', ')}`);
  if (!Object.hasOwn(node, 'value')) throw new RuleError(`${path}.value`, 'is required');
  const value = node['value'];
  const vp = `${path}.value`;
  switch (op as Op) {
    case 'exists':
      if (typeof value !== 'boolean') throw new RuleError(vp, 'must be true (the fact is known) or false (it is not)');
      break;
    case 'in':
    case 'notIn':
      if (!Array.isArray(value) || value.length === 0) throw new RuleError(vp, 'must be a non-empty list');
      if (value.length > MAX_LIST) throw new RuleError(vp, `must list at most ${MAX_LIST} values`);
      value.forEach((v, i) => checkScalar(spec, v, `${vp}[${i}]`, true));
      break;
    case 'eq':
    case 'ne':
      checkScalar(spec, value, vp, true);
      break;
    default:
      checkScalar(spec, value, vp, false);
  }
  return { fact, op: op as Op, value };
}

function checkNode(node: unknown, path: string, depth: number, count: { n: number }): Rule {
  if (!isObject(node)) throw new RuleError(path, 'must be an object: {"all": [...]}, {"any": [...]}, {"not": {...}} or {"fact", "op", "value"}');
  if (depth > MAX_DEPTH) throw new RuleError(path, `nests too deep (at most ${MAX_DEPTH} levels)`);
  for (const key of ['all', 'any'] as const) {
    if (!Object.hasOwn(node, key)) continue;
    for (const k of Object.keys(node)) if (k !== key) throw new RuleError(`${path}.${k}`, `unknown key beside "${key}"`);
    const list = node[key];
    if (!Array.isArray(list) || list.length === 0) throw new RuleError(`${path}.${key}`, 'must be a non-empty list of rules');
    if (list.length > MAX_LIST) throw new RuleError(`${path}.${key}`, `must hold at most ${MAX_LIST} rules`);
    const children = list.map((c, i) => checkNode(c, `${path}.${key}[${i}]`, depth + 1, count));
    return key === 'all' ? { all: children } : { any: children };
  }
  if (Object.hasOwn(node, 'not')) {
    for (const k of Object.keys(node)) if (k !== 'not') throw new RuleError(`${path}.${k}`, 'unknown key beside "not"');
    return { not: checkNode(node['not'], `${path}.not`, depth + 1, count) };
  }
  if (++count.n > MAX_CONDITIONS) throw new RuleError(path, `a rule holds at most ${MAX_CONDITIONS} conditions`);
  return checkCondition(node, path);
}

/** Checks a parsed rule strictly; `root` names it in error paths (e.g. "input.rule"). Throws RuleError. */
export function checkRule(value: unknown, root = 'rule'): Rule {
  return checkNode(value, root, 1, { n: 0 });
}

/** Parses and checks rule JSON text. Throws RuleError naming the JSON path. */
export function parseRule(text: string, root = 'rule'): Rule {
  if (text.length > 20_000) throw new RuleError(root, 'is too long (at most 20 000 characters)');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new RuleError(root, `is not valid JSON (${e instanceof Error ? e.message : 'parse error'})`);
  }
  return checkRule(value, root);
}

// ── evaluation ──

export function conditionMet(c: Condition, actual: FactValue): boolean {
  const v = c.value;
  switch (c.op) {
    case 'eq':
      return actual === v;
    case 'ne':
      return actual !== v;
    case 'in':
      return Array.isArray(v) && v.includes(actual);
    case 'notIn':
      return Array.isArray(v) && !v.includes(actual);
    case 'gt':
      return typeof actual === 'number' && typeof v === 'number' && actual > v;
    case 'gte':
      return typeof actual === 'number' && typeof v === 'number' && actual >= v;
    case 'lt':
      return typeof actual === 'number' && typeof v === 'number' && actual < v;
    case 'lte':
      return typeof actual === 'number' && typeof v === 'number' && actual <= v;
    case 'exists':
      return (actual !== null) === v;
  }
}

/** One condition of the rule as evaluated: the fact read, its value, met or not. */
export interface Reason {
  /** JSON path of the condition in the rule, e.g. "rule.all[2].any[0]". */
  path: string;
  fact: string;
  op: Op;
  expected: unknown;
  value: FactValue;
  /** The condition itself holds (before any enclosing "not"). */
  met: boolean;
  /** The condition is among those that decide the outcome (for a refusal: the failed ones). */
  decisive: boolean;
}

export interface Verdict {
  eligible: boolean;
  reasons: Reason[];
}

/**
 * Evaluates every condition (no short cut, so each has its reason) and marks
 * the decisive ones: for a failed `all` its failed parts, for a failed `any`
 * all its parts, for a passed `all` all parts, for a passed `any` its passed
 * parts, through `not` as for its inner rule.
 */
export function evaluate(rule: Rule, facts: Facts, root = 'rule'): Verdict {
  const reasons: Reason[] = [];
  const walk = (node: Rule, path: string): { ok: boolean; why: Reason[] } => {
    if ('all' in node || 'any' in node) {
      const isAll = 'all' in node;
      const parts = (isAll ? node.all : node.any).map((c, i) => walk(c, `${path}.${isAll ? 'all' : 'any'}[${i}]`));
      const ok = isAll ? parts.every((p) => p.ok) : parts.some((p) => p.ok);
      const pick = isAll === ok ? parts : parts.filter((p) => p.ok === ok);
      return { ok, why: pick.flatMap((p) => p.why) };
    }
    if ('not' in node) {
      const inner = walk(node.not, `${path}.not`);
      return { ok: !inner.ok, why: inner.why };
    }
    const value = Object.hasOwn(facts, node.fact) ? (facts[node.fact] ?? null) : null;
    const r: Reason = { path, fact: node.fact, op: node.op, expected: node.value, value, met: conditionMet(node, value), decisive: false };
    reasons.push(r);
    return { ok: r.met, why: [r] };
  };
  const out = walk(rule, root);
  for (const r of out.why) r.decisive = true;
  return { eligible: out.ok, reasons };
}

/** The facts a rule reads (to know the classes a verdict depends on). */
export function factsRead(rule: Rule): string[] {
  const out = new Set<string>();
  const walk = (n: Rule): void => {
    if ('all' in n) n.all.forEach(walk);
    else if ('any' in n) n.any.forEach(walk);
    else if ('not' in n) walk(n.not);
    else out.add(n.fact);
  };
  walk(rule);
  return [...out];
}

/** A condition as one line, e.g. `household.registeredPoor eq true`. */
export function describeCondition(r: Pick<Reason, 'fact' | 'op' | 'expected'>): string {
  return `${r.fact} ${r.op} ${JSON.stringify(r.expected)}`;
}
