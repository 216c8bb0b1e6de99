import { checkRule, evaluate, FACTS, parseRule, RuleError, type Facts } from '../../src/modules/eligibility/rules';
import { evaluateRule, PROGRAMMES, type EligibilityRule } from '../../src/seed/subsidy-rules';

// plan R4.1–R4.3: eligibility rules are data over a child's and household's facts; the evaluator is pure.

const errorOf = (text: string, root = 'rule'): { path: string; reason: string } => {
  try {
    parseRule(text, root);
  } catch (e) {
    if (e instanceof RuleError) return { path: e.path, reason: e.reason };
    throw e;
  }
  throw new Error(`accepted: ${text}`);
};

/** Deterministic pseudo-random facts over the whole vocabulary (nulls included). */
function randomFacts(seed: number): Facts {
  let x = seed * 2654435761;
  const next = () => {
    x = (x ^ (x >>> 13)) * 1274126177;
    x ^= x >>> 16;
    return (x >>> 0) / 4294967296;
  };
  const out: Record<string, string | number | boolean | null> = {};
  for (const [name, spec] of Object.entries(FACTS)) {
    if (next() < 0.15) {
      out[name] = null;
      continue;
    }
    if (spec.type === 'boolean') out[name] = next() < 0.5;
    else if (spec.type === 'enum') out[name] = spec.values![Math.floor(next() * spec.values!.length)]!;
    else out[name] = Math.floor((spec.min ?? 0) + next() * ((spec.max ?? 10) - (spec.min ?? 0) + 1));
  }
  return out;
}

describe('eligibility rules as data (plan R4.1–R4.3)', () => {
  it('accepts every rule the demo county generator writes (same JSON shape)', () => {
    for (const p of PROGRAMMES) expect(() => checkRule(p.rule)).not.toThrow();
  });

  it('gives the generator\u2019s verdict on the generator\u2019s rules for 2000 random fact sets (compatible semantics, nulls included)', () => {
    const mismatches: string[] = [];
    for (let i = 1; i <= 2000; i++) {
      const facts = randomFacts(i);
      for (const p of PROGRAMMES) {
        const mine = evaluate(checkRule(p.rule), facts).eligible;
        const theirs = evaluateRule(p.rule as EligibilityRule, facts);
        if (mine !== theirs) mismatches.push(`${p.code} #${i}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('returns one reason per condition: the fact read, its value, met or not, and which conditions decided', () => {
    const rule = parseRule(
      JSON.stringify({
        all: [
          { fact: 'enrollment.status', op: 'eq', value: 'ENROLLED' },
          { fact: 'enrollment.level', op: 'in', value: ['PRIMARY', 'JUNIOR'] },
          { fact: 'boarding.thisTerm', op: 'eq', value: true },
          { any: [{ fact: 'household.registeredPoor', op: 'eq', value: true }, { fact: 'household.minimumLiving', op: 'eq', value: true }] },
        ],
      }),
    );
    const facts = { 'enrollment.status': 'ENROLLED', 'enrollment.level': 'JUNIOR', 'boarding.thisTerm': false, 'household.registeredPoor': false, 'household.minimumLiving': true };
    const v = evaluate(rule, facts);
    expect(v.eligible).toBe(false);
    expect(v.reasons.map((r) => [r.path, r.fact, r.value, r.met, r.decisive])).toEqual([
      ['rule.all[0]', 'enrollment.status', 'ENROLLED', true, false],
      ['rule.all[1]', 'enrollment.level', 'JUNIOR', true, false],
      ['rule.all[2]', 'boarding.thisTerm', false, false, true],
      ['rule.all[3].any[0]', 'household.registeredPoor', false, false, false],
      ['rule.all[3].any[1]', 'household.minimumLiving', true, true, false],
    ]);
    const ok = evaluate(rule, { ...facts, 'boarding.thisTerm': true });
    expect(ok.eligible).toBe(true);
    // A passed "any": only its passed part decides.
    expect(ok.reasons.filter((r) => r.decisive).map((r) => r.path)).toEqual(['rule.all[0]', 'rule.all[1]', 'rule.all[2]', 'rule.all[3].any[1]']);
  });

  it('operators: exists, not, numeric comparisons; a missing fact is null', () => {
    const r = (o: unknown) => parseRule(JSON.stringify(o));
    expect(evaluate(r({ fact: 'disability.grade', op: 'exists', value: true }), { 'disability.grade': 2 }).eligible).toBe(true);
    expect(evaluate(r({ fact: 'disability.grade', op: 'exists', value: true }), {}).eligible).toBe(false);
    expect(evaluate(r({ fact: 'disability.grade', op: 'exists', value: false }), { 'disability.grade': null }).eligible).toBe(true);
    expect(evaluate(r({ fact: 'disability.grade', op: 'lte', value: 2 }), { 'disability.grade': null }).eligible).toBe(false);
    expect(evaluate(r({ fact: 'child.age', op: 'gte', value: 6 }), { 'child.age': 6 }).eligible).toBe(true);
    expect(evaluate(r({ fact: 'child.age', op: 'lt', value: 6 }), { 'child.age': 6 }).eligible).toBe(false);
    expect(evaluate(r({ not: { fact: 'child.isMigrant', op: 'eq', value: true } }), { 'child.isMigrant': false }).eligible).toBe(true);
    expect(evaluate(r({ fact: 'placement.type', op: 'eq', value: null }), {}).eligible).toBe(true);
    expect(evaluate(r({ fact: 'placement.type', op: 'notIn', value: ['DEFERRED'] }), { 'placement.type': 'REGULAR_CLASS' }).eligible).toBe(true);
  });

  it.each([
    ['{', 'input.rule', /not valid JSON/],
    ['[]', 'input.rule', /must be an object/],
    ['{"all": []}', 'input.rule.all', /non-empty/],
    ['{"all": [{"fact": "household.isRich", "op": "eq", "value": true}]}', 'input.rule.all[0].fact', /unknown fact/],
    ['{"all": [{"fact": "child.isOrphan", "op": "eq", "value": true}, {"any": [{"fact": "child.age", "op": "approx", "value": 7}]}]}', 'input.rule.all[1].any[0].op', /unknown operator/],
    ['{"fact": "child.isOrphan", "op": "gte", "value": true}', 'input.rule.op', /does not apply/],
    ['{"fact": "child.isOrphan", "op": "eq", "value": "yes"}', 'input.rule.value', /true or false/],
    ['{"fact": "enrollment.status", "op": "in", "value": ["ENROLLED", "ENROLED"]}', 'input.rule.value[1]', /one of/],
    ['{"fact": "disability.grade", "op": "lte", "value": 7}', 'input.rule.value', /between 1 and 4/],
    ['{"fact": "disability.grade", "op": "lte", "value": null}', 'input.rule.value', /must not be null/],
    ['{"fact": "child.age", "op": "exists", "value": 1}', 'input.rule.value', /true/],
    ['{"fact": "child.age", "op": "gte"}', 'input.rule.value', /required/],
    ['{"fact": "child.age", "op": "gte", "value": 6, "weight": 2}', 'input.rule.weight', /unknown key/],
    ['{"all": [{"fact": "child.age", "op": "gte", "value": 6}], "any": []}', 'input.rule.any', /unknown key/],
    ['{"not": {"not": {"fact": "toString", "op": "eq", "value": true}}}', 'input.rule.not.not.fact', /unknown fact/],
  ])('refuses %s naming %s', (text, path, reason) => {
    const e = errorOf(text, 'input.rule');
    expect(e.path).toBe(path);
    expect(e.reason).toMatch(reason);
  });

  it('bounds the size of a rule', () => {
    const deep = Array.from({ length: 10 }).reduce<unknown>((inner) => ({ not: inner }), { fact: 'child.age', op: 'gte', value: 6 });
    expect(errorOf(JSON.stringify(deep)).reason).toMatch(/too deep/);
    const wide = { any: Array.from({ length: 3 }, () => ({ all: Array.from({ length: 40 }, () => ({ fact: 'child.age', op: 'gte', value: 6 })) })) };
    expect(errorOf(JSON.stringify(wide)).reason).toMatch(/at most 100 conditions/);
  });

  it('every fact of the vocabulary names its Chinese term and a policy class', () => {
    for (const [name, spec] of Object.entries(FACTS)) {
      expect(name).toMatch(/^(child|household|enrollment|school|boarding|disability|placement)\.[a-zA-Z]+$/);
      expect(spec.description).toMatch(/[\u4e00-\u9fff]/);
      expect(spec.cls).toBeTruthy();
    }
  });
});
