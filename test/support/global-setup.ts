import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Makes sure the Prisma client is generated before any test imports it. */
export default function globalSetup(): void {
  const root = path.resolve(__dirname, '../..');
  if (!existsSync(path.join(root, 'src/generated/prisma/client.ts'))) {
    execFileSync(process.execPath, [path.join(root, 'scripts/prisma-generate.js')], { stdio: 'inherit', cwd: root });
  }
}
