import { newCheckpointKey } from '../src/audit/checkpoint-keys';

/**
 * `npm run -s audit:key > audit-key.json` (issue 10 item 1): a new Ed25519 key
 * set for AUDIT_SIGNING_KEY_FILE, the hub's own key for access-log
 * checkpoints. Keep the file private (chmod 600). To rotate, put the new key
 * first in the set and keep the old ones: they still check what they signed.
 * The public part goes to stderr (supervision also gets it from GET /audit/checkpoints).
 */
async function main(): Promise<void> {
  const key = await newCheckpointKey('audit');
  process.stdout.write(`${JSON.stringify({ keys: [key] }, null, 2)}\n`);
  const { d: _private, ...pub } = key;
  process.stderr.write(`public key: ${JSON.stringify(pub)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
