import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { Scenario, testSealer } from '../support/factories';
import { startTestServer, type TestServer } from '../support/server';
import { mintToken } from '../support/tokens';

/**
 * Opt-in browser smoke of GraphiQL (GRAPHIQL_BROWSER=1 and a Chromium at
 * CHROMIUM or /usr/bin/chromium; CI does not depend on it): the page renders
 * offline under its CSP with no violation, a pasted token and purpose run a
 * query, and nothing lands in localStorage.
 */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const enabled = process.env.GRAPHIQL_BROWSER === '1' && existsSync(CHROMIUM);

interface CdpMessage {
  id?: number;
  result?: { result?: { value?: unknown } };
  method?: string;
  params?: Record<string, unknown> & { entry?: { level: string; text: string }; request?: { url: string } };
}

(enabled ? describe : describe.skip)('GraphiQL in a headless Chromium (opt-in)', () => {
  let db: TestDatabase;
  let api: TestServer;
  let chrome: ChildProcess;
  let ws: WebSocket;
  let profile: string;
  const logs: string[] = [];
  const urls: string[] = [];
  let nextId = 0;
  const pending = new Map<number, (m: CdpMessage) => void>();

  const send = (method: string, params: object = {}) =>
    new Promise<CdpMessage>((resolve) => {
      const id = ++nextId;
      pending.set(id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    });
  const evaluate = async (expression: string): Promise<unknown> => (await send('Runtime.evaluate', { expression, returnByValue: true })).result?.result?.value;
  async function until(expression: string, ms = 20_000): Promise<void> {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await evaluate(expression)) return;
    throw new Error(`timed out waiting for ${expression}`);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const s = new Scenario(db);
    const v = await s.village(1, 1);
    await s.child({ villageCode: v.code, schoolId: (await s.school(1)).id, name: '浏览器烟测' });
    api = await startTestServer(db, testSealer, { env: { NODE_ENV: 'development' } });
    profile = mkdtempSync(path.join(os.tmpdir(), 'hub-chromium-'));
    chrome = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const browserWs = await new Promise<string>((resolve, reject) => {
      let err = '';
      chrome.stderr?.on('data', (c: Buffer) => {
        err += c.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m?.[1]) resolve(m[1]);
      });
      chrome.once('exit', () => reject(new Error(`chromium exited: ${err.slice(0, 500)}`)));
    });
    const { port } = new URL(browserWs);
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as Array<{ type: string; webSocketDebuggerUrl: string }>;
    ws = new WebSocket(targets.find((t) => t.type === 'page')?.webSocketDebuggerUrl ?? '');
    await new Promise((resolve) => ws.once('open', resolve));
    ws.on('message', (raw: Buffer) => {
      const m = JSON.parse(raw.toString()) as CdpMessage;
      if (m.id !== undefined) pending.get(m.id)?.(m);
      if (m.method === 'Log.entryAdded' && m.params?.entry) logs.push(`${m.params.entry.level}: ${m.params.entry.text}`);
      if (m.method === 'Runtime.exceptionThrown') logs.push(`exception: ${JSON.stringify(m.params).slice(0, 300)}`);
      if (m.method === 'Network.requestWillBeSent' && m.params?.request) urls.push(m.params.request.url);
    });
    for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await send(`${domain}.enable`);
  }, 120_000);

  afterAll(async () => {
    ws?.close();
    chrome?.kill();
    await api?.close();
    await db?.drop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('renders offline under the CSP, runs a query with a pasted token, keeps nothing in localStorage', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    await send('Page.navigate', { url: `${base}/graphiql` });
    await until(`!!document.querySelector('.graphiql-container .CodeMirror')`);
    const token = await mintToken({ agency: 'EDUCATION_BUREAU' });
    await evaluate(`document.getElementById('hub-token').value = ${JSON.stringify(token)}; document.getElementById('hub-purpose').value = 'ENROLLMENT_MANAGEMENT'; document.querySelector('#hub-auth button[type=submit]').click()`);
    await until(`document.getElementById('hub-status')?.textContent === 'token set, purpose ENROLLMENT_MANAGEMENT' && !!document.querySelector('.graphiql-query-editor .CodeMirror')`);
    await evaluate(`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ children(first: 1) { edges { node { name } } } }'); document.querySelector('.graphiql-execute-button').click()`);
    await until(`(document.querySelector('.result-window .CodeMirror')?.CodeMirror.getValue() ?? '').includes('浏览器烟测')`);
    // A dialog's scroll lock inserts a <style>: it must carry the CSP nonce.
    await evaluate(`[...document.querySelectorAll('button')].find((b) => /settings/i.test(b.getAttribute('aria-label') ?? ''))?.click()`);
    await until(`!!document.querySelector('[role=dialog]')`);
    expect(await evaluate(`[...document.querySelectorAll('style')].every((s) => s.nonce !== '')`)).toBe(true);
    expect(await evaluate(`localStorage.length`)).toBe(0);
    expect(await evaluate(`sessionStorage.getItem('hub.token') !== null`)).toBe(true);

    expect(logs.filter((l) => /Content Security Policy|Refused to|exception/i.test(l))).toEqual([]);
    expect(urls.filter((u) => !u.startsWith(base) && !u.startsWith('data:'))).toEqual([]);
  }, 120_000);
});
