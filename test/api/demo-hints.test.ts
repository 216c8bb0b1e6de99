/**
 * What `npm start` prints (src/demo-hints.ts): one curl per agency kind, the
 * two agencies above the county included (issue 11). Each must work as
 * printed: its token accepted, its purpose one the agency may state (or none
 * for aggregates), its question within the agency's slice.
 */
import { AGENCIES } from '../../src/access/policy';
import { tryNext } from '../../src/demo-hints';
import { plantCanaries } from '../support/canaries';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { testSealer } from '../support/factories';
import { post, startTestServer, type TestServer } from '../support/server';
import { testKeys } from '../support/tokens';

describe('npm start: the printed curls work as printed', () => {
  let db: TestDatabase;
  let api: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    await plantCanaries(db);
    api = await startTestServer(db, testSealer);
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('one per agency kind; each answers with data and no error', async () => {
    const text = await tryNext(api.url, db, (await testKeys()).keys);
    const blocks = [...text.matchAll(/# (\w+)\ncurl -s (\S+) -H 'content-type: application\/json'(?: -H 'X-Purpose: (\w+)')? \\\n {2}-H 'authorization: Bearer ([\w.-]+)' \\\n {2}-d '(.*)'\n/g)];
    expect(blocks.map((b) => b[1])).toEqual([...AGENCIES]);
    for (const [, agency, url, purpose, token, body] of blocks) {
      const r = await post(url!, JSON.parse(body!.replaceAll("'\\''", "'")) as Record<string, unknown>, { authorization: `Bearer ${token}`, ...(purpose ? { 'x-purpose': purpose } : {}) });
      expect({ agency, status: r.status, errors: r.errors ?? null }).toEqual({ agency, status: 200, errors: null });
      expect(r.data).toBeTruthy();
    }
  });
});
