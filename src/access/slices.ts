import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLFieldConfig,
  type GraphQLSchema,
} from 'graphql';
import { maskIdentifier } from '../lib/id-number';
import { FIELD_CLASS_EXTENSION, WRITES_EXTENSION, type FieldClass, type WriteSpec } from './field-classes';
import type { Cell } from './policy';

/**
 * Cuts a viewer's slice out of the full schema, from the policy table alone:
 * a field, argument or input field stays only if its class is readable by
 * the viewer (and, for cells limited with `only`, if its type or field is
 * listed). Masked classes get their values masked right here, on the few
 * fields concerned. Unreachable types are pruned, so out-of-slice fields,
 * filters and types do not exist for the caller.
 */
export function classOf(extensions: Record<string, unknown> | null | undefined): FieldClass | undefined {
  return extensions?.[FIELD_CLASS_EXTENSION] as FieldClass | undefined;
}

export function fieldAllowed(cells: Record<FieldClass, Cell>, cls: FieldClass | undefined, typeName: string, fieldName: string): boolean {
  if (cls === undefined) return false; // no default-allow
  const cell = cells[cls];
  if (!cell || cell.read === 'none') return false;
  if (cell.only) return cell.only.includes(typeName) || cell.only.includes(`${typeName}.${fieldName}`);
  return true;
}

export function writesOf(extensions: Record<string, unknown> | null | undefined): WriteSpec[] | undefined {
  return extensions?.[WRITES_EXTENSION] as WriteSpec[] | undefined;
}

/** A mutation is allowed only if every class it writes allows that kind of write. */
export function writeAllowed(cells: Record<FieldClass, Cell>, writes: WriteSpec[] | undefined): boolean {
  if (!writes || writes.length === 0) return false; // no default-allow
  return writes.every((w) => {
    const cell = cells[w.class];
    if (!cell) return false;
    return cell.write === true || (Array.isArray(cell.write) && cell.write.includes(w.kind));
  });
}

export function buildSlice(full: GraphQLSchema, cells: Record<FieldClass, Cell>): GraphQLSchema {
  const mutationType = full.getMutationType()?.name;
  const sliced = mapSchema(full, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      if (typeName === mutationType) return writeAllowed(cells, writesOf(config.extensions)) ? config : null;
      const cls = classOf(config.extensions);
      if (!fieldAllowed(cells, cls, typeName, fieldName)) return null;
      return cls && cells[cls].read === 'masked' && masksValue(cls, fieldName) ? masked(config) : config;
    },
    [MapperKind.INPUT_OBJECT_FIELD]: (config, fieldName, typeName) =>
      fieldAllowed(cells, classOf(config.extensions), typeName, fieldName) ? config : null,
    // An argument that carries its own class (e.g. a lookup by ID number) exists only
    // where that class is readable; where it is read masked, the service refuses the
    // lookup (FORBIDDEN), as a masked reader cannot name an identifier it cannot see.
    [MapperKind.ARGUMENT]: (config) => {
      const cls = classOf(config.extensions);
      if (cls === undefined) return config;
      const cell = cells[cls];
      return !cell || cell.read === 'none' ? null : config;
    },
  });
  return pruneSchema(sliced);
}

/**
 * What "masked" hides (access-policy "Masked"): identifiers, and phone
 * numbers; names and hub ids stay whole. A class read masked has its other
 * fields shown as they are.
 */
function masksValue(cls: FieldClass, fieldName: string): boolean {
  return cls === 'IDENTIFIERS' || /phone/i.test(fieldName);
}

/** Wraps one field so that its string values leave masked (first 3 + last 4 characters). */
function masked(config: GraphQLFieldConfig<unknown, unknown>): GraphQLFieldConfig<unknown, unknown> {
  const inner = config.resolve ?? defaultFieldResolver;
  if (!isLeafType(getNamedType(config.type))) return config;
  return {
    ...config,
    description: `${config.description ?? ''} (masked: first 3 and last 4 characters shown / 脱敏显示)`.trim(),
    resolve: async (src, args, ctx, info) => {
      const v: unknown = await inner(src, args, ctx, info);
      return typeof v === 'string' ? maskIdentifier(v) : v;
    },
  };
}

export interface GuardedField {
  typeName: string;
  fieldName: string;
  cls: FieldClass | undefined;
  /** Set on mutation fields. */
  writes?: WriteSpec[];
}

/** Root and relation fields of a schema (where the shield's second wall stands). */
export function guardedFields(schema: GraphQLSchema): GuardedField[] {
  const out: GuardedField[] = [];
  const mutation = schema.getMutationType()?.name;
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name, schema.getSubscriptionType()?.name]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const relation = !isLeafType(getNamedType(field.type));
      if (type.name === mutation) {
        out.push({ typeName: type.name, fieldName: field.name, cls: classOf(field.extensions), writes: writesOf(field.extensions) ?? [] });
      } else if (roots.has(type.name) || relation) {
        out.push({ typeName: type.name, fieldName: field.name, cls: classOf(field.extensions) });
      }
    }
  }
  return out;
}
