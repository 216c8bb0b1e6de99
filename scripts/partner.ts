import { registerPartner, PartnerError } from '../src/access/partners';
import type { Grant } from '../src/access/viewer';
import { loadConfig } from '../src/config';
import { migrate, openDatabase } from '../src/db';
import { IdentifierSealer } from '../src/lib/crypto';
import { TRUST_COMMANDS, trustCommand } from './partner-trust';
import { addWebhookSubscription, listWebhookDeliveries, listWebhookSubscriptions, setWebhookStatus, webhookSealer, WebhookError } from '../src/webhooks';

/**
 * Partner apps: npm run partner -- add --id care-app --name "关爱助手" --on-behalf-of WOMENS_FEDERATION \
 *                  --grant BASIC:R --grant CARE:R [--township 431124101000] [--county 431124]
 *               npm run partner -- list
 *               npm run partner -- disable --id care-app
 * `add` prints the client secret once; only its scrypt hash is stored.
 *
 * Webhooks (issue 6 item 4; README "Webhooks"):
 *   npm run partner -- webhook add --client care-app --url https://… --event DROPOUT_REPORTED [--event …] --purpose CARE
 *   npm run partner -- webhook list [--client care-app]
 *   npm run partner -- webhook disable --id <subscription id>   (enable: resumes, also a SUSPENDED one)
 *   npm run partner -- webhook deliveries --client care-app [--limit 50]
 * `webhook add` prints the signing secret once; it is stored sealed (AES-256-GCM).
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
    await migrate(db, undefined, { sealer: new IdentifierSealer(config.idEncryptionKey, config.idHmacKey) });
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
      // The county the partner works in (issue 11: a hub may serve several); default the home county.
      const county = args('county')[0] ?? config.COUNTY_CODE;
      if (!config.counties.includes(county)) throw new PartnerError(`--county: ${county} is not a county this hub serves (COUNTY_CODES: ${config.counties.join(', ')})`);
      const secret = await registerPartner(db, county, {
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
    } else if (cmd !== undefined && TRUST_COMMANDS.includes(cmd)) {
      // Trusted documents and rate limits (issue 6 "Partner contract"): see scripts/partner-trust.ts.
      await trustCommand(db, config, cmd);
    } else if (cmd === 'webhook') {
      await webhook(db, config);
    } else {
      throw new PartnerError('usage: npm run partner -- add|list|disable|trust|trusted|untrust|rate|webhook …');
    }
  } finally {
    await db.close();
  }
}

async function webhook(db: Awaited<ReturnType<typeof openDatabase>>, config: ReturnType<typeof loadConfig>): Promise<void> {
  const sub = process.argv[3];
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (sub === 'add') {
    const clientId = args('client')[0];
    const url = args('url')[0];
    const purpose = args('purpose')[0];
    if (!clientId) throw new WebhookError('webhook add needs --client');
    if (!url) throw new WebhookError('webhook add needs --url');
    if (!purpose) throw new WebhookError('webhook add needs --purpose (stated in the access log with each delivery)');
    // The subscription is in its client's county (issue 11).
    const client = await db.prisma.partnerClient.findUnique({ where: { id: clientId }, select: { countyCode: true } });
    const { subscription, secret } = await addWebhookSubscription(
      db,
      webhookSealer(config),
      client?.countyCode ?? config.COUNTY_CODE,
      { clientId, url, eventTypes: args('event'), purpose },
      { allowHttp: config.WEBHOOK_ALLOW_HTTP || config.NODE_ENV !== 'production' },
    );
    out(`subscription_id=${subscription.id}`);
    out(`signing_secret=${secret}`);
    out('(store the secret now: it is not shown again; verify X-Hub-Signature with it, see src/webhooks/signature.ts)');
  } else if (sub === 'list') {
    for (const w of await listWebhookSubscriptions(db, args('client')[0])) {
      out(`${w.id}\t${w.clientId}\t${w.status}\t${w.url}\t${w.eventTypes.join(',')}\tcursor=${w.cursor}\tattempts=${w.attempts}${w.nextAttemptAt ? `\tnext=${w.nextAttemptAt.toISOString()}` : ''}`);
    }
  } else if (sub === 'disable' || sub === 'enable') {
    const id = args('id')[0];
    if (!id) throw new WebhookError(`webhook ${sub} needs --id`);
    const w = await setWebhookStatus(db, id, sub === 'enable' ? 'ACTIVE' : 'DISABLED');
    out(`${w.id} ${w.status}`);
  } else if (sub === 'deliveries') {
    const clientId = args('client')[0];
    if (!clientId) throw new WebhookError('webhook deliveries needs --client');
    const limit = Number(args('limit')[0] ?? 100);
    if (!Number.isInteger(limit) || limit < 1) throw new WebhookError('--limit: a whole number ≥ 1');
    out('at\tsubscription\tevent\ttype\tattempt\tstatus\thttp\terror\tms\tnext');
    for (const d of await listWebhookDeliveries(db, clientId, limit)) {
      out([d.at.toISOString(), d.subscriptionId, d.eventId, d.eventType, d.attempt, d.status, d.httpStatus ?? '', d.errorClass ?? '', d.durationMs, d.nextAttemptAt?.toISOString() ?? ''].join('\t'));
    }
  } else {
    throw new WebhookError('usage: npm run partner -- webhook add|list|enable|disable|deliveries …');
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
