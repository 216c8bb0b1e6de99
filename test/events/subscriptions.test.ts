import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { RecordDropoutDocument } from '../generated/graphql';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type Client, type TestServer } from '../support/server';
import { mintToken, type Persona } from '../support/tokens';

// plan R2.4: a dropout is reported at once to the township and the education bureau.
const SUBSCRIPTION = 'subscription Events($after: String) { monitoringEvents(after: $after) { id type townshipCode child { id name } } }';

interface Received {
  id: string;
  type: string;
  townshipCode: string | null;
  child: { id: string; name: string } | null;
}

async function subscriber(url: string, persona: Persona, purpose = 'DROPOUT_CASEWORK') {
  const token = await mintToken(persona);
  const client: WsClient = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}`, 'x-purpose': purpose },
    retryAttempts: 0,
    lazy: false,
  });
  const received: Received[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const dispose = client.subscribe<{ monitoringEvents: Received }>(
    { query: SUBSCRIPTION },
    {
      next: (r) => {
        if (r.data) received.push(r.data.monitoringEvents);
        if (r.errors) errors.push(r.errors);
        waiters.splice(0).forEach((w) => w());
      },
      error: (e) => {
        errors.push(e);
        waiters.splice(0).forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  const until = async (pred: () => boolean, ms = 3000) => {
    const t0 = Date.now();
    while (!pred()) {
      if (Date.now() - t0 > ms) return false;
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 50);
      });
    }
    return true;
  };
  return {
    received,
    errors,
    until,
    async close() {
      dispose();
      await client.dispose();
    },
  };
}

describe('monitoring events over WebSocket (plan R2.4)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let s: Scenario;
  let school: { id: string; code: string };
  let villageCode = '';
  let asSchool: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    s = new Scenario(db);
    villageCode = (await s.village(1, 1)).code;
    await s.village(2, 1);
    school = await s.school(1);
    // The outbox's safety-net poll is pushed out of the way (an hour): an event that arrives came
    // with the writer's NOTIFY, i.e. at once (plan R2.4), whatever the machine's load.
    api = await startTestServer(db, testSealer, { env: { OUTBOX_POLL_MS: '3600000' } });
    asSchool = await api.as({ agency: 'SCHOOL', school: school.code }, 'DROPOUT_CASEWORK');
  });
  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  async function dropout(via: Client = asSchool, beforeMutation: () => void = () => undefined) {
    const id = (await s.child({ villageCode, schoolId: school.id })).child.id;
    const v = (await db.prisma.enrollment.findUniqueOrThrow({ where: { childId: id } })).version;
    beforeMutation();
    const r = await via.gql(RecordDropoutDocument, { input: { childId: id, version: v, date: '2026-11-10', cause: 'WORK', reason: '外出打工', evidenceRef: `辍学报告-${id.slice(0, 6)}` } });
    expect(r.errors).toBeUndefined();
    return id;
  }

  it('the township and the bureau receive a dropout at once (pushed by NOTIFY, not found by a poll); another township does not', async () => {
    const township = await subscriber(api.url, { agency: 'TOWNSHIP', township: '431124101000', subject: 't1-a' });
    const bureau = await subscriber(api.url, { agency: 'EDUCATION_BUREAU', subject: 'bureau-a' });
    const other = await subscriber(api.url, { agency: 'TOWNSHIP', township: '431124102000', subject: 't2-a' });
    await new Promise((r) => setTimeout(r, 200));
    const id = await dropout(asSchool);
    // With the poll an hour away, only the NOTIFY sent in the writing transaction can deliver it (plan R2.4 "at once");
    // the wait allows for a loaded machine, not for a poll.
    expect(await township.until(() => township.received.some((e) => e.child?.id === id), 20_000)).toBe(true);
    expect(await bureau.until(() => bureau.received.some((e) => e.child?.id === id), 20_000)).toBe(true);
    expect(township.received.find((e) => e.child?.id === id)?.type).toBe('DROPOUT_REPORTED');
    await new Promise((r) => setTimeout(r, 300));
    expect(other.received.some((e) => e.child?.id === id)).toBe(false);
    expect(township.errors).toEqual([]);
    await Promise.all([township.close(), bureau.close(), other.close()]);
  });

  it('an event written while nobody listened is delivered when the subscriber connects again, once', async () => {
    const first = await subscriber(api.url, { agency: 'TOWNSHIP', township: '431124101000', subject: 't1-b' });
    await new Promise((r) => setTimeout(r, 200));
    const before = await dropout();
    expect(await first.until(() => first.received.some((e) => e.child?.id === before))).toBe(true);
    await first.close();
    const whileAway = await dropout();
    const again = await subscriber(api.url, { agency: 'TOWNSHIP', township: '431124101000', subject: 't1-b' });
    expect(await again.until(() => again.received.some((e) => e.child?.id === whileAway))).toBe(true);
    expect(again.received.filter((e) => e.child?.id === before)).toEqual([]); // not delivered twice
    await again.close();
  });

  it('refuses a connection without a valid token, and a subscription without a purpose', async () => {
    const client = createClient({ url: api.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer nope' }, retryAttempts: 0 });
    const outcome = await new Promise<string>((resolve) => {
      client.subscribe({ query: SUBSCRIPTION }, { next: () => resolve('data'), error: () => resolve('error'), complete: () => resolve('complete') });
    });
    expect(outcome).toBe('error');
    await client.dispose();
    const noPurpose = await subscriber(api.url, { agency: 'EDUCATION_BUREAU', subject: 'bureau-np' }, '');
    expect(await noPurpose.until(() => noPurpose.errors.length > 0)).toBe(true);
    expect(JSON.stringify(noPurpose.errors)).toMatch(/PURPOSE_REQUIRED|purpose/);
    await noPurpose.close();
  });

  it('agencies without EDUCATION have no subscription in their slice', async () => {
    const civil = await subscriber(api.url, { agency: 'CIVIL_AFFAIRS', subject: 'civil' }, 'AID_ELIGIBILITY');
    expect(await civil.until(() => civil.errors.length > 0)).toBe(true);
    expect(JSON.stringify(civil.errors)).toMatch(/no subscription operations/);
    await civil.close();
  });

  const onServer = process.env.DATABASE_URL ? it : it.skip; // PGlite is one process: two instances need the server
  onServer('with two hub instances on one PostgreSQL, a subscriber on one receives events written through the other, once', async () => {
    const second = await startTestServer(db, testSealer);
    const sub = await subscriber(second.url, { agency: 'TOWNSHIP', township: '431124101000', subject: 't1-c' });
    await new Promise((r) => setTimeout(r, 200));
    const id = await dropout(); // written through the first instance
    expect(await sub.until(() => sub.received.some((e) => e.child?.id === id), 2000)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(sub.received.filter((e) => e.child?.id === id)).toHaveLength(1);
    await sub.close();
    await second.close();
  });
});
