import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PURPOSE } from './setup';
import type { HostKind, HostMessage, HostSpec } from './types';

/**
 * Parent side of the server processes: forks scripts/bench/host.ts (or, for
 * PostGraphile, scripts/bench/postgraphile-host.ts with the Promise.withResolvers
 * polyfill that PostGraphile 5 needs on Node 20 loaded by `node --import`),
 * NODE_ENV=production, stdout/stderr to a log file, and talks to it over IPC:
 * ready (url, token), cpu (CPU time, RSS, pg statements so far), stop.
 */

export interface Host {
  kind: HostKind;
  url: string;
  token: string | null;
  pid: number;
  cpu(): Promise<{ userUs: number; systemUs: number; rssMb: number; queries: number }>;
  stop(): Promise<void>;
}

const HOST_SCRIPT = path.join(__dirname, 'host.ts');
const POSTGRAPHILE_HOST_SCRIPT = path.join(__dirname, 'postgraphile-host.ts');
const WITH_RESOLVERS_POLYFILL = path.join(__dirname, 'promise-with-resolvers.mjs');

export function startHost(spec: HostSpec, logFile: string, cpuProfDir: string | null): Promise<Host> {
  const fd = openSync(logFile, 'a');
  const postgraphile = spec.kind === 'postgraphile';
  const child: ChildProcess = fork(postgraphile ? POSTGRAPHILE_HOST_SCRIPT : HOST_SCRIPT, [JSON.stringify(spec)], {
    execArgv: [
      ...process.execArgv,
      ...(postgraphile ? ['--import', pathToFileURL(WITH_RESOLVERS_POLYFILL).href] : []),
      // One directory per server: Node names each thread's profile itself (tsx's loader runs in a second thread).
      ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(cpuProfDir, spec.kind)}`] : []),
    ],
    env: { ...process.env, NODE_ENV: 'production', ...(postgraphile ? { GRAPHILE_ENV: 'production' } : {}) },
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd);
  return new Promise<Host>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${spec.kind} server process exited (${code}) before it was ready: see ${logFile}`));
    child.once('exit', onExit);
    child.once('message', (m: HostMessage) => {
      if (m.type !== 'ready') {
        reject(new Error(`${spec.kind} server failed to start: ${m.type === 'failed' ? m.message : m.type}`));
        return;
      }
      child.off('exit', onExit);
      resolve({
        kind: spec.kind,
        url: m.url,
        token: m.token,
        pid: m.pid,
        cpu: () =>
          new Promise((res) => {
            const on = (r: HostMessage) => {
              if (r.type !== 'cpu') return;
              child.off('message', on);
              res({ userUs: r.userUs, systemUs: r.systemUs, rssMb: r.rssMb, queries: r.queries });
            };
            child.on('message', on);
            child.send({ type: 'cpu' });
          }),
        stop: () =>
          new Promise<void>((res) => {
            if (child.exitCode !== null) return res();
            const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
            child.once('exit', () => {
              clearTimeout(timer);
              res();
            });
            child.send({ type: 'stop' });
          }),
      });
    });
  });
}

/** Request headers for a host: the hub's bearer token and purpose when it has a token. */
export function headersFor(host: Host): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json' };
  if (host.token) {
    h['authorization'] = `Bearer ${host.token}`;
    h['x-purpose'] = PURPOSE;
  }
  return h;
}

export async function post(host: Host, body: string): Promise<{ status: number; text: string }> {
  const res = await fetch(host.url, { method: 'POST', headers: headersFor(host), body });
  return { status: res.status, text: await res.text() };
}
