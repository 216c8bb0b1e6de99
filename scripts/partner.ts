import { registerPartner, PartnerError } from '../src/access/partners';
import type { Grant } from '../src/access/viewer';
import { loadConfig } from '../src/config';
import { migrate, openDatabase } from '../src/db';

/**
 * Partner apps: npm run partner -- add --id care-app --name "关爱助手" --on-behalf-of WOMENS_FEDERATION \
 *                  --grant BASIC:R --grant CARE:R [--township 431124101000]
 *               npm run partner -- list
 *               npm run partner -- disable --id care-app
 * `add` prints the client secret once; only its scrypt hash is stored.
 */
function args(name: string): string[] {
  const out: string[] = [];
  process.argv.forEach((a, i) => {
    if (a === `--${name}` && process.argv[i + 1] !== undefined) out.push(process.argv[i + 1] as string);
  });
  return out;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await migrate(db);
    const cmd = process.argv[2];
    if (cmd === 'add') {
      const grants = args('grant').map((g): Grant => {
        const [cls, access] = g.split(':');
        if (access !== 'R' && access !== 'M') throw new PartnerError(`--grant ${g}: write CLASS:R or CLASS:M`);
        return { class: cls as Grant['class'], access };
      });
      const id = args('id')[0];
      const onBehalfOf = args('on-behalf-of')[0];
      if (!id || !onBehalfOf) throw new PartnerError('add needs --id and --on-behalf-of');
      const secret = await registerPartner(db, config.COUNTY_CODE, {
        id,
        name: args('name')[0] ?? id,
        onBehalfOf,
        grants,
        townshipCode: args('township')[0] ?? null,
      });
      process.stdout.write(`client_id=${id}\nclient_secret=${secret}\n(store the secret now: it is not shown again)\n`);
    } else if (cmd === 'list') {
      for (const c of await db.prisma.partnerClient.findMany({ orderBy: { id: 'asc' } })) {
        process.stdout.write(`${c.id}\t${c.active ? 'active' : 'disabled'}\t${c.onBehalfOf}\t${JSON.stringify(c.grants)}\t${c.townshipCode ?? ''}\n`);
      }
    } else if (cmd === 'disable') {
      const id = args('id')[0];
      if (!id) throw new PartnerError('disable needs --id');
      await db.prisma.partnerClient.update({ where: { id }, data: { active: false } });
      process.stdout.write(`${id} disabled\n`);
    } else {
      throw new PartnerError('usage: npm run partner -- add|list|disable …');
    }
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
