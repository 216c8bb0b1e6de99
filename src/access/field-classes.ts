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
