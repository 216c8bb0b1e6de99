/** First difference between two JSON values (key order ignored), as a path and the two values; null when equal. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${at}: array length ${a.length} vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    if (ka.join(',') !== kb.join(',')) return `${at}: keys {${ka.join(',')}} vs {${kb.join(',')}}`;
    for (const k of ka) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** The GraphQL errors of a parsed response, as one line each; empty when it has none. */
export function graphqlErrorsOf(json: unknown): string[] {
  const errs = (json as { errors?: Array<{ message?: string; extensions?: { code?: string } }> } | null)?.errors;
  return errs ? errs.map((e) => `${e.extensions?.code ?? ''} ${e.message ?? ''}`.trim()) : [];
}
