import { createRequire } from 'node:module';
import path from 'node:path';
import { isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { buildFullSchema } from '../../src/graphql/schema';

/**
 * The console decides what to ask for from the caller's field classes, so the
 * classes it believes each field has must be the schema's own (@Classified),
 * and the Chinese labels it shows for enum values must cover the schema's
 * values exactly. A drift here would show a section a slice does not have
 * (and the whole query fail validation) or hide one it has.
 */
const load = createRequire(__filename);
const SRC = path.resolve(__dirname, '../../src/console');
const { CLASSES } = load(path.join(SRC, 'policy.js')) as { CLASSES: Record<string, string> };
const { ENUMS } = load(path.join(SRC, 'labels.js')) as { ENUMS: Record<string, Record<string, string>> };

const full = buildFullSchema();

describe('console: its catalogue agrees with the schema', () => {
  it.each(Object.entries(CLASSES))('%s is tagged %s in the schema', (key, cls) => {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const type = full.getType(typeName);
    expect(type && (isObjectType(type) || isInputObjectType(type))).toBeTruthy();
    const field = (type as { getFields(): Record<string, { extensions: Record<string, unknown> | null | undefined }> }).getFields()[fieldName];
    expect(field).toBeDefined();
    expect(field?.extensions?.['fieldClass']).toBe(cls);
  });

  it.each(Object.keys(ENUMS))('the Chinese labels of %s cover exactly its values', (name) => {
    const type = full.getType(name);
    expect(type && isEnumType(type)).toBeTruthy();
    const values = isEnumType(type) ? type.getValues().map((v) => v.name).sort() : [];
    expect(Object.keys(ENUMS[name]!).sort()).toEqual(values);
  });
});
