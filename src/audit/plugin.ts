import type { ApolloServerPlugin } from '@apollo/server';
import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { PURPOSE_FREE_CLASSES } from '../access/policy';
import { classOf } from '../access/slices';
import type { FieldClass } from '../access/field-classes';
import type { Context } from '../context';
import { HubError } from '../errors';
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
export function classesRead(schema: GraphQLSchema, document: DocumentNode): Set<FieldClass> {
  const typeInfo = new TypeInfo(schema);
  const out = new Set<FieldClass>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const cls = classOf(typeInfo.getFieldDef()?.extensions);
        if (cls) out.add(cls);
      },
    }),
  );
  return out;
}

const DENIAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED', 'PURPOSE_REQUIRED']);

export function auditPlugin(writer: AuditWriter, logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, schema, operationName }) {
          const classes = classesRead(schema, document);
          contextValue.audit.operationName = operationName ?? null;
          for (const c of classes) contextValue.audit.fieldClasses.add(c);
          const needsPurpose = [...classes].some((c) => !PURPOSE_FREE_CLASSES.includes(c));
          if (needsPurpose && contextValue.purpose === null) {
            throw new HubError(
              'PURPOSE_REQUIRED',
              'this request reads protected data: state a purpose in the X-Purpose header',
            );
          }
        },
        async willSendResponse({ response, contextValue, errors }) {
          const codes = (errors ?? []).map((e) => e.extensions?.['code']).filter((c): c is string => typeof c === 'string');
          const denied = codes.filter((c) => DENIAL_CODES.has(c));
          const { childIds, recordedIds } = contextValue.audit;
          // A mutation's own record (written in its transaction) already covers what it touched.
          const readPeople = [...childIds].some((id) => !recordedIds.has(id));
          if (!readPeople && denied.length === 0) return;
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
              operationName: contextValue.audit.operationName,
              childIds: [...contextValue.audit.childIds],
              fieldClasses: [...contextValue.audit.fieldClasses],
              outcome,
            });
          } catch (e) {
            logger.error({ err: e, requestId: contextValue.requestId }, 'access log write failed: response withheld');
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                { message: 'The access log is unavailable; no data was returned', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ];
            }
            response.http.status = 503;
          }
        },
      };
    },
  };
}
