import 'reflect-metadata';
import { Extensions } from 'type-graphql';

/**
 * The field classes of access-policy.md. Every field of every GraphQL type
 * that describes a person carries exactly one, set where the field is defined
 * with @Classified(...). REFERENCE is for organisational reference data
 * (regions, schools, programmes) that describes no person.
 */
export const FIELD_CLASSES = [
  'REFERENCE',
  'BASIC',
  'IDENTIFIERS',
  'CONTACT',
  'ECONOMIC',
  'ECONOMIC_DETAIL',
  'EDUCATION',
  'WELFARE',
  'DISABILITY',
  'DISABILITY_DETAIL',
  'PLACEMENT',
  'BOARDING',
  'CARE',
  'MIGRATION',
  'LEGAL',
  'LABOR',
  'AGGREGATE',
  'AUDIT',
] as const;
export type FieldClass = (typeof FIELD_CLASSES)[number];

export const FIELD_CLASS_EXTENSION = 'fieldClass';

/** Tags a GraphQL field, argument or input field with its policy class. */
export function Classified(fieldClass: FieldClass): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [FIELD_CLASS_EXTENSION]: fieldClass });
}

export const WRITES_EXTENSION = 'writes';

/** One class a mutation writes, and the named kind of write (policy cells may allow only some kinds). */
export interface WriteSpec {
  class: FieldClass;
  kind: string;
}

/**
 * Tags a mutation with every class it writes. The mutation is in an agency's
 * slice only if the agency may write each of them (access-policy "Writes").
 */
export function Writes(...specs: WriteSpec[]): MethodDecorator & PropertyDecorator & ClassDecorator {
  return Extensions({ [WRITES_EXTENSION]: specs });
}
