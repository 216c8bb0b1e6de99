import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';

/**
 * A headless Debian Chromium driven over the DevTools protocol (no browser
 * download: `npx puppeteer install` cannot reach its CDN here). One page;
 * console messages, CSP reports, exceptions and every request URL are kept
 * for the tests to check. CHROMIUM overrides /usr/bin/chromium.
 */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Whether the browser tests can run; under CI a missing Chromium is an error, elsewhere a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does) or set CHROMIUM`;
  if (process.env.CI === 'true') throw new Error(`${message}. The console's browser tests cannot be skipped under CI.`);
  process.stderr.write(`skipping the console's browser tests: ${message}\n`);
  return false;
}

interface CdpMessage {
  id?: number;
  result?: Record<string, unknown> & { result?: { value?: unknown; description?: string }; exceptionDetails?: { text?: string; exception?: { description?: string } }; data?: string };
  error?: { message: string };
  method?: string;
  params?: Record<string, unknown> & { entry?: { level: string; text: string; source?: string }; request?: { url: string }; exceptionDetails?: unknown; type?: string; args?: Array<{ value?: unknown; description?: string }> };
}

export class Browser {
  readonly logs: string[] = [];
  /** Where downloads are saved. */
  readonly downloads: string;
  readonly urls: string[] = [];
  private nextId = 0;
  private readonly pending = new Map<number, (m: CdpMessage) => void>();

  private constructor(
    private readonly chrome: ChildProcess,
    private readonly ws: WebSocket,
    private readonly profile: string,
  ) {
    this.downloads = path.join(profile, 'downloads');
    ws.on('message', (raw: Buffer) => {
      const m = JSON.parse(raw.toString()) as CdpMessage;
      if (m.id !== undefined) {
        this.pending.get(m.id)?.(m);
        this.pending.delete(m.id);
      }
      if (m.method === 'Log.entryAdded' && m.params?.entry) this.logs.push(`${m.params.entry.level}: ${m.params.entry.text}`);
      if (m.method === 'Runtime.exceptionThrown') this.logs.push(`exception: ${JSON.stringify(m.params?.exceptionDetails).slice(0, 500)}`);
      if (m.method === 'Runtime.consoleAPICalled' && (m.params?.type === 'error' || m.params?.type === 'warning')) {
        this.logs.push(`console.${m.params.type}: ${(m.params.args ?? []).map((a) => String(a.value ?? a.description ?? '')).join(' ')}`);
      }
      if (m.method === 'Network.requestWillBeSent' && m.params?.request) this.urls.push(m.params.request.url);
    });
  }

  static async launch(width = 1440, height = 1000): Promise<Browser> {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'hub-console-chromium-'));
    const chrome = spawn(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        '--hide-scrollbars',
        '--lang=zh-CN',
        `--window-size=${width},${height}`,
        '--remote-debugging-port=0',
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      // Its own process group: close() ends the helper processes too (renderer, zygote), which write to the profile.
      { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    const browserWs = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`chromium did not start: ${err.slice(0, 500)}`)), 30_000);
      chrome.stderr?.on('data', (c: Buffer) => {
        err += c.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m?.[1]) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      chrome.once('exit', () => {
        clearTimeout(timer);
        reject(new Error(`chromium exited: ${err.slice(0, 500)}`));
      });
    });
    const { port } = new URL(browserWs);
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json`)).json()) as Array<{ type: string; webSocketDebuggerUrl: string }>;
    const ws = new WebSocket(targets.find((t) => t.type === 'page')?.webSocketDebuggerUrl ?? '');
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const b = new Browser(chrome, ws, profile);
    for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await b.send(`${domain}.enable`);
    await b.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    mkdirSync(b.downloads, { recursive: true });
    await b.send('Page.setDownloadBehavior', { behavior: 'allow', downloadPath: b.downloads });
    return b;
  }

  send(method: string, params: object = {}): Promise<CdpMessage> {
    return new Promise<CdpMessage>((resolve, reject) => {
      const id = ++this.nextId;
      this.pending.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m)));
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Evaluates an expression in the page (promises awaited) and returns its value. */
  async evaluate<T = unknown>(expression: string): Promise<T> {
    const m = await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    const ex = m.result?.exceptionDetails;
    if (ex) throw new Error(`in the page: ${ex.exception?.description ?? ex.text ?? 'exception'}`);
    return m.result?.result?.value as T;
  }

  async until(expression: string, ms = 30_000, what = expression): Promise<void> {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
      if (await this.evaluate(`(() => { try { return !!(${expression}); } catch { return false; } })()`)) return;
    }
    const text = await this.evaluate<string>(`document.body ? document.body.innerText.slice(0, 800) : ''`).catch(() => '');
    throw new Error(`timed out waiting for ${what}; the page shows: ${text}`);
  }

  async navigate(url: string): Promise<void> {
    await this.send('Page.navigate', { url });
  }

  /** Waits for the console's current page to finish loading (main[data-ready]). */
  async ready(page: string, ms = 60_000): Promise<void> {
    await this.until(`document.querySelector('#page[data-page="${page}"][data-ready="true"]')`, ms, `the ${page} page to be ready`);
  }

  /** A PNG of the whole page (at most 6000 px high), or of the window only, written to `file`. */
  async screenshot(file: string, windowOnly = false): Promise<void> {
    const { width, height } = await this.evaluate<{ width: number; height: number }>(
      windowOnly
        ? `({ width: window.innerWidth, height: window.innerHeight })`
        : `({ width: Math.max(document.documentElement.scrollWidth, window.innerWidth), height: Math.min(6000, Math.max(document.documentElement.scrollHeight, window.innerHeight)) })`,
    );
    const m = await this.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width, height, scale: 1 } });
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(String(m.result?.data ?? ''), 'base64'));
  }

  /** CSP violations and uncaught exceptions seen so far (refused requests, 401 or 403, are expected in some tests and not counted). */
  problems(): string[] {
    return this.logs.filter((l) => /Content Security Policy|Refused to|^exception|^console\.error/i.test(l));
  }

  async close(): Promise<void> {
    // Wait for Chromium and its helper processes to be gone (they write to the profile until then), then remove the profile.
    const exited = this.chrome.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => this.chrome.once('exit', () => r()));
    await Promise.race([this.send('Browser.close').catch(() => undefined), new Promise((r) => setTimeout(r, 2000))]);
    this.ws.close();
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    const group = (signal: NodeJS.Signals) => {
      try {
        if (this.chrome.pid !== undefined) process.kill(-this.chrome.pid, signal);
      } catch {
        /* the group is gone already */
      }
    };
    group('SIGKILL');
    // A helper killed a moment ago may still be closing files: retry for a few seconds. A temporary profile left
    // behind after that is not the console's failure, so it does not fail the suite.
    for (let i = 0; i < 25; i++) {
      try {
        rmSync(this.profile, { recursive: true, force: true });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    process.stderr.write(`browser: could not remove the temporary profile ${this.profile}\n`);
  }
}
