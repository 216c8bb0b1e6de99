import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { AGENCIES } from '../src/access/policy';
import { buildSlice } from '../src/access/slices';
import { cellsFor } from '../src/access/viewer';
import { buildFullSchema, printSortedSchema } from '../src/graphql/schema';

/**
 * Writes schema/schema.graphql and each agency's slice, schema/slices/<AGENCY>.graphql,
 * from the code-first schema and the policy table. PARTNER_APP.graphql is the
 * slice of a partner client with no grants. With --check it writes nothing
 * and fails when a committed file is stale (CI drift check).
 */
const root = path.resolve(__dirname, '..');
const full = buildFullSchema();
const files: Record<string, string> = { 'schema/schema.graphql': printSortedSchema(full) };
for (const agency of AGENCIES) {
  files[`schema/slices/${agency}.graphql`] = printSortedSchema(buildSlice(full, cellsFor({ agency, grants: null })));
}
files['schema/slices/PARTNER_APP.graphql'] = printSortedSchema(buildSlice(full, cellsFor({ agency: 'EDUCATION_BUREAU', grants: [] })));
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
