import type http from 'node:http';
import { fieldAllowed } from '../access/slices';
import { cellsFor, type Viewer } from '../access/viewer';
import type { Database } from '../db/client';
import { checkpointKeysOf, hasCheckpointKeys, loadCheckpointKeys, provideCheckpointKeys, type CheckpointKeys, type CheckpointKeyConfig } from './checkpoint-keys';
import { listCheckpoints } from './checkpoints';
import type { AuditWriter } from './writer';

/**
 * GET /audit/checkpoints (issue 10 item 1): the signed checkpoints of the
 * access log, for supervision to keep copies outside the hub, and the public
 * key(s) that check them. `?after=<headId>` continues from the last one kept,
 * `?limit=` (1–1000) pages. Bearer token as for /graphql; allowed to whoever
 * the policy table lets verify the access log (MATRIX.AUDIT: SUPERVISION).
 * A refusal is written to the access log like any denial.
 *
 * Wiring it also makes the hub's checkpoint keys known for its database
 * (verifyAccessLog checks signatures with them).
 */
export interface CheckpointRouteDeps {
  db: Database;
  config: CheckpointKeyConfig & { COUNTY_CODE: string; counties: readonly string[] };
  /** Token → Viewer; throws the server's 401. */
  authenticate(req: http.IncomingMessage, res: http.ServerResponse): Promise<Viewer>;
  writer: AuditWriter;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

const refusal = (status: number, code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** Whoever may verify the access log may fetch its checkpoints (one rule, from the policy table). */
export function mayFetchCheckpoints(viewer: Viewer): boolean {
  return viewer.clientId === null && fieldAllowed(cellsFor(viewer), 'AUDIT', 'Query', 'verifyAccessLog');
}

export function checkpointsRoute(deps: CheckpointRouteDeps) {
  // Loaded on first use (the development key is created only when it is needed).
  if (!hasCheckpointKeys(deps.db)) provideCheckpointKeys(deps.db, () => loadCheckpointKeys(deps.config));
  return async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    const viewer = await deps.authenticate(req, res);
    if (!mayFetchCheckpoints(viewer)) {
      await deps.writer.append({
        at: new Date(), requestId, subject: viewer.subject, agencyKind: viewer.kind, agencyId: viewer.agencyId, clientId: viewer.clientId,
        purpose: null, operationName: 'audit:checkpoints', childIds: [], fieldClasses: ['AUDIT'], outcome: 'DENIED:FORBIDDEN',
      });
      return send(res, 403, refusal(403, 'FORBIDDEN', 'the access log\'s checkpoints are for supervision'));
    }
    const after = url.searchParams.get('after') ?? '0';
    const limit = Number(url.searchParams.get('limit') ?? '1000');
    if (!/^[0-9]{1,19}$/.test(after)) return send(res, 400, refusal(400, 'BAD_USER_INPUT', 'after: a checkpoint head id (digits)'));
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return send(res, 400, refusal(400, 'BAD_USER_INPUT', 'limit: 1 to 1000'));
    const keys = await (checkpointKeysOf(deps.db) as Promise<CheckpointKeys>);
    const checkpoints = await listCheckpoints(deps.db, { after, limit });
    const last = checkpoints[checkpoints.length - 1];
    send(res, 200, {
      county: deps.config.COUNTY_CODE,
      counties: deps.config.counties,
      keys: keys.publicJwks,
      checkpoints,
      next: checkpoints.length === limit && last ? last.headId : null,
    });
  };
}
