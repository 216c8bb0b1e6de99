import { HubPartnerClient, PartnerApiError } from '../src/sdk/client';
import { careAppSdk, type PartnerCareRegisterQuery, type PartnerChildrenInCareQuery } from '../src/sdk/care-app';

/**
 * An example partner app (issue 6 "Partner contract"): the women's
 * federation's care app 关爱助手 lists the left-behind and in-distress
 * children of its township and who cares for them, through the typed SDK (src/sdk/), with a
 * client-credentials token, running trusted documents only. Then it shows
 * what the hub refuses: query text, and a document nobody trusted for it.
 *
 * Against the demo county (embedded database: register before `npm start`,
 * the embedded database serves one process at a time):
 *
 *   npm run partner -- add --id care-app --name 关爱助手 --on-behalf-of WOMENS_FEDERATION \
 *       --grant BASIC:R --grant CARE:R --grant AGGREGATE:R --township 431124101000
 *   npm run partner -- trust --client care-app src/sdk/generated/care-app/persisted-documents.json
 *   npm start
 *   PARTNER_CLIENT_SECRET=… npm run partner:example
 *
 * Settings: HUB_URL (http://localhost:4000/graphql), PARTNER_CLIENT_ID
 * (care-app), PARTNER_CLIENT_SECRET. CI runs it through
 * test/partners/example-client.test.ts.
 */
export interface ExampleOptions {
  url: string;
  clientId: string;
  clientSecret: string;
  /** Where the report goes (stdout by default). */
  print?: (line: string) => void;
  first?: number;
}

export interface ExampleResult {
  children: PartnerChildrenInCareQuery['children'];
  register: PartnerCareRegisterQuery['careRegister'];
  /** How the hub answered query text and an untrusted document id. */
  refused: { rawQuery: { status: number; code: string | undefined }; unknownDocument: { status: number; code: string | undefined } };
}

export async function runPartnerExample(o: ExampleOptions): Promise<ExampleResult> {
  const print = o.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const client = new HubPartnerClient({
    url: o.url,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    purpose: 'CARE',
    onRateLimited: (s) => print(`(rate limited: waiting ${s} s as Retry-After says)`),
  });
  const sdk = careAppSdk(client);
  const first = o.first ?? 20;

  const { children } = await sdk.childrenInCare({ first });
  print(`留守/困境儿童 children in care within scope: ${children.totalCount ?? 'fewer than 5 (count suppressed)'}; the first ${children.edges.length}:`);
  for (const { node } of children.edges) {
    const care = node.careArrangement;
    const why = [node.isLeftBehind ? 'left-behind' : '', node.inDistress ? 'in distress' : ''].filter(Boolean).join(', ');
    print(`  ${node.name} (${node.age}, ${node.village.name}; ${why}): ${care ? `cared for by ${care.caregiverName} (${care.caregiverRelation}) since ${care.registeredOn}` : 'no care arrangement registered'}`);
  }

  const { careRegister } = await sdk.careRegister({ first });
  print(`care register (newest first), ${careRegister.length} arrangements:`);
  for (const a of careRegister) {
    print(`  ${a.child?.name ?? '(child outside scope)'}: ${a.kind} since ${a.registeredOn}, ${a.caregiverName}${a.surrogates.length > 0 ? `; surrogate parents: ${a.surrogates.map((s) => `${s.name} (${s.role})`).join(', ')}` : ''}`);
  }

  // What a partner cannot do: send query text, or name a document not trusted for it.
  const rawQuery = await client.send({ query: '{ children(first: 1) { edges { node { name } } } }' });
  print(`query text: HTTP ${rawQuery.status} ${rawQuery.errors?.[0]?.extensions?.code ?? ''}: ${rawQuery.errors?.[0]?.message ?? ''}`);
  const unknownDocument = await client.send({ documentId: `sha256:${'0'.repeat(64)}` });
  print(`untrusted document: HTTP ${unknownDocument.status} ${unknownDocument.errors?.[0]?.extensions?.code ?? ''}: ${unknownDocument.errors?.[0]?.message ?? ''}`);

  return {
    children,
    register: careRegister,
    refused: {
      rawQuery: { status: rawQuery.status, code: rawQuery.errors?.[0]?.extensions?.code },
      unknownDocument: { status: unknownDocument.status, code: unknownDocument.errors?.[0]?.extensions?.code },
    },
  };
}

if (require.main === module) {
  const secret = process.env['PARTNER_CLIENT_SECRET'];
  if (!secret) {
    process.stderr.write('PARTNER_CLIENT_SECRET is required (printed once by npm run partner -- add); see the header of scripts/partner-example.ts\n');
    process.exit(1);
  }
  runPartnerExample({
    url: process.env['HUB_URL'] ?? 'http://localhost:4000/graphql',
    clientId: process.env['PARTNER_CLIENT_ID'] ?? 'care-app',
    clientSecret: secret,
  }).catch((e: unknown) => {
    process.stderr.write(`${e instanceof PartnerApiError ? `${e.code} (HTTP ${e.status}): ${e.message}` : e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
