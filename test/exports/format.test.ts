/**
 * Cell writing of ledger exports (issue 6 item 2): RFC 4180 quoting, formula
 * (CSV) injection, labels and dates. The HTTP path is in exports.test.ts.
 */
import { GraphQLBoolean, GraphQLEnumType, GraphQLInt, GraphQLScalarType, GraphQLString } from 'graphql';
import { contentDisposition } from '../../src/exports/handler';
import { csvField, formatCell, guardFormula } from '../../src/exports/format';
import { enumLabel, type PlannedColumn } from '../../src/exports/plan';

const col = (leaf: PlannedColumn['leaf'], extra: Partial<PlannedColumn> = {}): PlannedColumn => ({ key: 'k', header: '表头', path: 'p', leaf, ...extra });
const Status = new GraphQLEnumType({
  name: 'Status',
  values: {
    OPEN: { description: 'To be checked (待核查)' },
    STREAK: { description: 'Consecutive unexcused absence (连续无故缺勤, plan R2.4)' },
    ODD: { description: 'Placed elsewhere, e.g. vocational (R2.5) or special (其他安置)' },
    BARE: {},
  },
});

describe('export cells', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['+86 139', "'+86 139"],
    ['-3', "'-3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['张三', '张三'],
    ['a=b', 'a=b'],
  ])('guards formula text %j', (input, out) => {
    expect(guardFormula(input)).toBe(out);
  });

  it('quotes as RFC 4180 and writes numbers as numbers', () => {
    expect(csvField({}, 'a,b')).toBe('"a,b"');
    expect(csvField({}, 'say "hi"')).toBe('"say ""hi"""');
    expect(csvField({}, 'two\nlines')).toBe('"two\nlines"');
    expect(csvField({}, '=1,2')).toBe(`"'=1,2"`);
    expect(csvField({}, -5)).toBe('-5');
    expect(csvField({ format: 'yuan' }, 8)).toBe('8.00');
    expect(csvField({}, null)).toBe('');
  });

  it('labels, booleans, amounts, instants and lists', () => {
    expect(enumLabel(Status, 'OPEN')).toBe('待核查');
    expect(enumLabel(Status, 'STREAK')).toBe('连续无故缺勤');
    expect(enumLabel(Status, 'ODD')).toBe('其他安置');
    expect(enumLabel(Status, 'BARE')).toBe('BARE');
    expect(formatCell(col(Status), ['OPEN'])).toBe('待核查');
    expect(formatCell(col(GraphQLBoolean), [true])).toBe('是');
    expect(formatCell(col(GraphQLBoolean), [false])).toBe('否');
    expect(formatCell(col(GraphQLInt, { format: 'yuan' }), [80050])).toBe(800.5);
    expect(formatCell(col(new GraphQLScalarType({ name: 'DateTimeISO' })), ['2026-11-15T17:30:00.000Z'])).toBe('2026-11-16 01:30');
    expect(formatCell(col(GraphQLString), ['王老师', '李村长'])).toBe('王老师、李村长');
    expect(formatCell(col(GraphQLString), [])).toBeNull();
    expect(formatCell(col(GraphQLString, { empty: '未安置' }), [])).toBe('未安置');
  });

  it('names the file in UTF-8 (RFC 5987) with an ASCII fallback', () => {
    expect(contentDisposition('适龄儿童台账_2026-11-29.xlsx', 'children_2026-11-29.xlsx')).toBe(
      "attachment; filename=\"children_2026-11-29.xlsx\"; filename*=UTF-8''%E9%80%82%E9%BE%84%E5%84%BF%E7%AB%A5%E5%8F%B0%E8%B4%A6_2026-11-29.xlsx",
    );
  });
});
