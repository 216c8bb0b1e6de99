import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { PURPOSE_FREE_CLASSES } from '../access/policy';
import { classOf } from '../access/slices';
import type { FieldClass } from '../access/field-classes';
import type { Context } from '../context';
import { DATABASE_RETRY_AFTER_S, DATABASE_UNAVAILABLE, HubError, isDatabaseUnavailable, loggableError } from '../errors';
import type { Logger } from '../logger';
import type { AuditWriter } from './writer';

/**
 * Purpose and audit, at the policy boundary of every GraphQL request:
 * - before execution, the field classes the operation reads are computed from
 *   the schema; reading any class beyond REFERENCE/BASIC/AGGREGATE without an
 *   X-Purpose is refused with PURPOSE_REQUIRED (access-policy "Purpose");
 * - before the response leaves, one access record is appended when the
 *   request returned person-level data or was denied (FORBIDDEN, NOT_FOUND,
 *   out-of-slice validation); if the record cannot be written the response
 *   is replaced by an error: no person data leaves unlogged (fail closed).
 */
/**
 * Classes of the input fields a variable value sets: a filter on a protected
 * class is a read of it ("which children are registered-poor"), whether the
 * filter is written in the document or passed as a variable.
 */
function inputClasses(type: GraphQLInputType, value: unknown, out: Set<FieldClass>, depth = 0): void {
  if (value === null || value === undefined || depth > 10) return;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    if (Array.isArray(value)) for (const v of value) inputClasses(t.ofType, v, out, depth + 1);
    return;
  }
  const named = getNamedType(t);
  if (!isInputObjectType(named) || typeof value !== 'object') return;
  const fields = named.getFields();
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    const f = fields[k];
    if (!f || v === null || v === undefined) continue;
    const cls = classOf(f.extensions);
    if (cls) out.add(cls);
    inputClasses(f.type, v, out, depth + 1);
  }
}

/** The classes a document reads by its fields, arguments and literal input fields, and the input types of its variables. */
interface DocumentClasses {
  classes: ReadonlySet<FieldClass>;
  variables: ReadonlyArray<readonly [string, GraphQLInputType]>;
}

/** Per schema (slice), per document: computed once (Apollo hands the same DocumentNode for the same text). */
const documentClasses = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentClasses>>();

function classesOfDocument(schema: GraphQLSchema, document: DocumentNode): DocumentClasses {
  let bySchema = documentClasses.get(schema);
  if (!bySchema) documentClasses.set(schema, (bySchema = new WeakMap()));
  const hit = bySchema.get(document);
  if (hit) return hit;
  const typeInfo = new TypeInfo(schema);
  const classes = new Set<FieldClass>();
  const variables: Array<readonly [string, GraphQLInputType]> = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const cls = classOf(typeInfo.getFieldDef()?.extensions);
        if (cls) classes.add(cls);
      },
      Argument() {
        const cls = classOf(typeInfo.getArgument()?.extensions);
        if (cls) classes.add(cls);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        if (isInputObjectType(parent)) {
          const cls = classOf(parent.getFields()[node.name.value]?.extensions);
          if (cls) classes.add(cls);
        }
      },
      Variable(node) {
        const t = typeInfo.getInputType();
        if (t) variables.push([node.name.value, t]);
      },
    }),
  );
  const out = { classes, variables };
  bySchema.set(document, out);
  return out;
}

/** The classes an operation reads: those of the document, and those of the input fields its variables set. */
export function classesRead(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): Set<FieldClass> {
  const d = classesOfDocument(schema, document);
  const out = new Set(d.classes);
  for (const [name, type] of d.variables) inputClasses(type, variables[name], out);
  return out;
}

const DENIAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'PURPOSE_REQUIRED']);

export function auditPlugin(writer: AuditWriter, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema, operationName, request }) {
          const classes = classesRead(schema, document, request.variables ?? {});
          contextValue.audit.operationName = operationName ?? null;
          for (const c of classes) contextValue.audit.fieldClasses.add(c);
          const needsPurpose = [...classes].some((c) => !PURPOSE_FREE_CLASSES.includes(c));
          if (needsPurpose && contextValue.purpose === null) {
            throw new HubError(
              'PURPOSE_REQUIRED',
              'this request reads protected data: state a purpose in the X-Purpose header',
              { http: { status: 403 } },
            );
          }
        },
        async willSendResponse({ response, contextValue, errors }) {
          const codes = (errors ?? []).map((e) => e.extensions?.['code']).filter((c): c is string => typeof c === 'string');
          const denied = codes.filter((c) => DENIAL_CODES.has(c));
          const { childIds, recordedIds } = contextValue.audit;
          // A mutation's own record (written in its transaction) already covers what it touched.
          const readPeople = [...childIds].some((id) => !recordedIds.has(id));
          const personClasses = [...contextValue.audit.fieldClasses].some((c) => c !== 'REFERENCE' && c !== 'AGGREGATE');
          const hasData = response.body.kind === 'single' && response.body.singleResult.data != null;
          if (!readPeople && !(personClasses && hasData) && denied.length === 0) return;
          const outcome = denied.length === 0 ? (codes.length === 0 ? 'OK' : 'PARTIAL') : `DENIED:${[...new Set(denied)].sort().join(',')}`;
          const v = contextValue.viewer;
          try {
            await writer.append({
              at: new Date(),
              requestId: contextValue.requestId,
              subject: v.subject,
              agencyKind: v.kind,
              agencyId: v.agencyId,
              clientId: v.clientId,
              purpose: contextValue.purpose,
              // A read under a referral is recorded as such: referral:<id>, then the operation's name.
              operationName: contextValue.audit.referralId
                ? `referral:${contextValue.audit.referralId}${contextValue.audit.operationName ? `/${contextValue.audit.operationName}` : ''}`
                : contextValue.audit.operationName,
              // Denied lookups name the child asked for, so SUPERVISION sees who tried.
              childIds: [...new Set([...contextValue.audit.childIds, ...contextValue.audit.deniedIds])],
              fieldClasses: [...contextValue.audit.fieldClasses],
              outcome,
            });
          } catch (e) {
            logger.error({ err: loggableError(e), requestId: contextValue.requestId }, 'access log write failed: response withheld');
            // Fail closed either way; when the database itself is away the client is told so, and when to retry.
            const away = isDatabaseUnavailable(e);
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                { message: 'The access log is unavailable; no data was returned', extensions: { code: away ? DATABASE_UNAVAILABLE : 'INTERNAL_SERVER_ERROR' } },
              ];
            }
            response.http.status = 503;
            if (away) response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_S));
          }
        },
      };
    },
  };
}
