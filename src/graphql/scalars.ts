import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD' to a UTC-midnight Date, or null when it is not a real calendar date. */
export function parseLocalDate(s: string): Date | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s ? d : null;
}

export function formatLocalDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Calendar date without time or zone (日期), e.g. 2026-09-01. */
export const LocalDateScalar = new GraphQLScalarType<Date, string>({
  name: 'LocalDate',
  description: 'Calendar date (日期) in ISO 8601 form YYYY-MM-DD, without time or time zone.',
  serialize(value) {
    if (value instanceof Date) return formatLocalDate(value);
    if (typeof value === 'string' && parseLocalDate(value)) return value;
    throw new GraphQLError('LocalDate cannot represent this value');
  },
  parseValue(value) {
    const d = typeof value === 'string' ? parseLocalDate(value) : null;
    if (!d) throw new GraphQLError('LocalDate must be a real date written YYYY-MM-DD');
    return d;
  },
  parseLiteral(ast) {
    const d = ast.kind === Kind.STRING ? parseLocalDate(ast.value) : null;
    if (!d) throw new GraphQLError('LocalDate must be a real date written YYYY-MM-DD');
    return d;
  },
});
