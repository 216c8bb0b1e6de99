import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildFullSchema, printSortedSchema } from '../src/graphql/schema';

/**
 * Writes schema/schema.graphql from the code-first schema. With --check it
 * writes nothing and fails when the committed file is stale (CI drift check).
 */
const root = path.resolve(__dirname, '..');
const files: Record<string, string> = {
  'schema/schema.graphql': printSortedSchema(buildFullSchema()),
};
const check = process.argv.includes('--check');
let stale = 0;
for (const [rel, text] of Object.entries(files)) {
  const file = path.join(root, rel);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === text) continue;
  if (check) {
    process.stderr.write(`${rel} is stale: run npm run schema:emit and commit the result\n`);
    stale++;
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    process.stdout.write(`wrote ${rel}\n`);
  }
}
process.exit(stale > 0 ? 1 : 0);
