import { listTrusted, setRateLimit, trustDocuments, TrustError, untrustDocument } from '../src/access/trusted-documents';
import type { Config } from '../src/config';
import type { Database } from '../src/db/client';
import { documentsFromFiles } from './trusted-document-files';

/**
 * Trusted documents and rate limits of partner clients (issue 6 "Partner
 * contract": a partner token runs nothing but its client's trusted documents):
 *
 *   npm run partner -- trust --client care-app schema/operations/partners/care-app/CareApp.graphql
 *   npm run partner -- trust --client care-app src/sdk/generated/care-app/persisted-documents.json
 *   npm run partner -- trusted [--client care-app]
 *   npm run partner -- untrust --client care-app --hash sha256:…
 *   npm run partner -- rate --client care-app --capacity 4000 --refill 20     (or --default)
 *
 * `trust` validates every document against the client's slice and registers
 * all or none; it prints each document's id (sha256:<hash>), the one the SDK sends.
 */
export const TRUST_COMMANDS: readonly string[] = ['trust', 'trusted', 'untrust', 'rate'];

export async function trustCommand(db: Database, config: Config, cmd: string, argv: readonly string[] = process.argv.slice(3)): Promise<void> {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const client = flag('client');
  if (cmd === 'trusted') {
    for (const t of await listTrusted(db, client)) out(`${t.clientId}\tsha256:${t.hash}\t${t.operationName}\t${t.createdAt.toISOString()}`);
    return;
  }
  if (!client) throw new TrustError(`${cmd} needs --client`);
  if (cmd === 'trust') {
    const files = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--client');
    if (files.length === 0) throw new TrustError('trust needs at least one .graphql file or persisted-documents .json manifest');
    for (const t of await trustDocuments(db, config, client, documentsFromFiles(files))) {
      out(`sha256:${t.hash}\t${t.operationName}\t${t.added ? 'trusted' : 'already trusted'}`);
    }
  } else if (cmd === 'untrust') {
    const hash = flag('hash');
    if (!hash) throw new TrustError('untrust needs --hash sha256:…');
    out((await untrustDocument(db, client, hash)) ? `${hash} withdrawn` : `${hash}: not a trusted document of ${client}`);
  } else if (cmd === 'rate') {
    if (argv.includes('--default')) {
      await setRateLimit(db, client, null);
      out(`${client}: the default rate limit (${config.PARTNER_RATE_CAPACITY} points, ${config.PARTNER_RATE_REFILL_PER_S} a second)`);
      return;
    }
    const whole = (name: string): number => {
      const v = flag(name);
      if (v === undefined || !/^[0-9]+$/.test(v)) throw new TrustError(`--${name}: a whole number`);
      return Number(v);
    };
    const limit = { capacity: whole('capacity'), refillPerSecond: whole('refill') };
    await setRateLimit(db, client, limit);
    out(`${client}: ${limit.capacity} points, ${limit.refillPerSecond} a second (running hubs apply it within 30 s)`);
  } else {
    throw new TrustError(`usage: npm run partner -- ${TRUST_COMMANDS.join('|')} …`);
  }
}
