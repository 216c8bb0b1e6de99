import type { Database } from '../db/client';
import { isMigrated } from '../db/migrate';
import { DATABASE_RETRY_AFTER_S } from '../errors';
import type { Metrics } from '../metrics';
import { sendJson, type RouteHandler } from './respond';

/** GET /healthz: the process is alive. */
export const healthzRoute: RouteHandler = async (_req, res) => sendJson(res, 200, { status: 'ok' });

/** GET /readyz: the database answers and is migrated, and the hub is not draining. */
export function readyzRoute(db: Database, draining: () => boolean): RouteHandler {
  return async (_req, res) => {
    if (draining()) return sendJson(res, 503, { status: 'not ready' });
    const ok = await db.raw.query('SELECT 1').then(() => isMigrated(db)).catch(() => false);
    // The database away (or not migrated yet): ask again after the same pause as every other route says (README "When the database is away").
    if (!ok) res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_S));
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
  };
}

/** GET /metrics: Prometheus text (no personal data in labels). */
export function metricsRoute(metrics: Metrics): RouteHandler {
  return async (_req, res) => {
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.end(await metrics.registry.metrics());
  };
}
