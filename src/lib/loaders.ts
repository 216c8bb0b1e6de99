import DataLoader from 'dataloader';

/**
 * DataLoader factories: one SQL statement per batch. `fetch` receives the
 * distinct keys and must apply the caller's row scope itself (it is given by
 * the scoped repository); rows are grouped back by `keyOf`.
 */
export function oneBy<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R | null> {
  return new DataLoader<K, R | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, R>();
    for (const r of rows) byKey.set(keyOf(r), r);
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export function manyBy<K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (row: R) => K): DataLoader<K, R[]> {
  return new DataLoader<K, R[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, R[]>();
    for (const r of rows) {
      const k = keyOf(r);
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    return keys.map((k) => byKey.get(k) ?? []);
  });
}
