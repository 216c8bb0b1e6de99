import type http from 'node:http';
import { authenticate, AuthError, type KeyStore } from '../access/auth';
import { PURPOSE_CODES, type Purpose } from '../access/policy';
import { purposeAllowed, type Viewer } from '../access/viewer';
import type { Config } from '../config';
import { noteViewer } from './request-log';
import { HttpError } from './respond';

/**
 * The access step of every route that serves data: the bearer token becomes
 * a Viewer (401 otherwise, before anything touches the database) and the
 * X-Purpose header a purpose the viewer's agency may state (400 otherwise).
 */
export interface RequestAccess {
  viewerOf(req: http.IncomingMessage, res: http.ServerResponse): Promise<Viewer>;
  purposeOf(req: http.IncomingMessage, viewer: Viewer): Purpose | null;
}

export function requestAccess(keys: KeyStore, config: Config): RequestAccess {
  return {
    async viewerOf(req, res) {
      try {
        const viewer = await authenticate(req.headers.authorization, keys, config);
        noteViewer(req, viewer);
        return viewer;
      } catch (e) {
        if (!(e instanceof AuthError)) throw e;
        // RFC 6750 §3.1: no error code when no token was sent at all.
        res.setHeader('WWW-Authenticate', req.headers.authorization ? 'Bearer realm="kongchuo-hub", error="invalid_token"' : 'Bearer realm="kongchuo-hub"');
        throw new HttpError(401, 'UNAUTHENTICATED', e.message);
      }
    },
    purposeOf(req, viewer) {
      const h = req.headers['x-purpose'];
      if (h === undefined || h === '') return null;
      const p = Array.isArray(h) ? h.join(',') : h.trim();
      if (!(PURPOSE_CODES as readonly string[]).includes(p)) {
        throw new HttpError(400, 'BAD_USER_INPUT', `X-Purpose: ${p.slice(0, 40)} is not a purpose code (one of ${PURPOSE_CODES.join(', ')})`);
      }
      if (!purposeAllowed(viewer, p)) throw new HttpError(400, 'BAD_USER_INPUT', `X-Purpose: ${p} is not a purpose your agency may state`);
      return p;
    },
  };
}
