import { branchOf, type JsonSchema, typeOf } from './schema';

/**
 * The malformed values of issue 14's fuzz suite, by kind. A body field gets JSON values; a query
 * or path parameter gets the text that goes in the URL (already percent-encoded where it must be).
 */
export type Kind =
  | 'nul'
  | 'lone surrogate'
  | 'out-of-range date'
  | 'unknown id'
  | 'foreign id'
  | 'not an id'
  | 'huge number'
  | 'wrong type'
  | 'deep nesting'
  | 'very long'
  | 'unknown enum value'
  | 'too many items';

export interface Malformed {
  kind: Kind;
  value: unknown;
}

const outOfRangeDates = ['0000-01-01', '1799-12-31', '2201-01-01', '+275760-09-13', '2026-02-30'];
const outOfRangeInstants = ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59+08:00', '2026-06-31T10:00:00+08:00'];

/**
 * `[[[…]]]` 20,000 deep: far deeper than any of our shapes. JSON.stringify cannot write it (it
 * recurses), so it travels as a marker that `jsonText` replaces with the text.
 */
const deepText = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const rawMarker = '\u0001raw-json\u0001';
export function deeplyNested(): unknown {
  return rawMarker;
}

/** A body as JSON text, with the deep-nesting marker written out. */
export function jsonText(body: unknown): string {
  return JSON.stringify(body).replaceAll(JSON.stringify(rawMarker), deepText);
}

/** What replaces a body value of `schema`, besides ids (see `idValues`). */
export function bodyValues(schema: JsonSchema, validValue: unknown): Malformed[] {
  const chosen = branchOf(schema);
  const type = typeOf(chosen);
  const values: Malformed[] = [
    { kind: 'wrong type', value: null },
    { kind: 'deep nesting', value: deeplyNested() },
  ];
  if (chosen.enum) values.push({ kind: 'unknown enum value', value: 'no-such-value' });
  switch (type) {
    case 'string':
      values.push(
        { kind: 'nul', value: 'a\u0000b' },
        { kind: 'lone surrogate', value: 'a\ud800b' },
        { kind: 'very long', value: 'x'.repeat(100_000) },
        { kind: 'wrong type', value: 12345 },
        { kind: 'wrong type', value: { text: 'x' } },
      );
      if (chosen.format === 'date')
        values.push(...outOfRangeDates.map((value) => ({ kind: 'out-of-range date' as const, value })));
      if (chosen.format === 'date-time')
        values.push(...outOfRangeInstants.map((value) => ({ kind: 'out-of-range date' as const, value })));
      if (chosen.format === 'uuid') values.push({ kind: 'not an id', value: 'not-a-uuid' });
      break;
    case 'integer':
    case 'number':
      values.push(
        { kind: 'huge number', value: 1e308 },
        { kind: 'huge number', value: -1e308 },
        { kind: 'huge number', value: 2 ** 63 },
        { kind: 'wrong type', value: 1.5 },
        { kind: 'wrong type', value: '12' },
      );
      break;
    case 'boolean':
      values.push({ kind: 'wrong type', value: 'yes' });
      break;
    case 'array':
      values.push(
        { kind: 'wrong type', value: { 0: validValue } },
        {
          kind: 'too many items',
          value: Array.from({ length: 2_000 }, () => (validValue as unknown[] | undefined)?.[0] ?? 'x'),
        },
      );
      break;
    case 'object':
      values.push({ kind: 'wrong type', value: [validValue] });
      break;
  }
  return values;
}

/** Ids that must be refused or answered 403/404: unknown, of the other street. */
export function idValues(foreignId: string | undefined, unknownId: string): Malformed[] {
  return [
    { kind: 'unknown id', value: unknownId },
    ...(foreignId ? [{ kind: 'foreign id' as const, value: foreignId }] : []),
  ];
}

/**
 * What goes in the URL for a query or path parameter of `schema`: raw text, percent-encoded only
 * where it must be (`%ED%A0%80` is a lone surrogate as UTF-8 would encode it; `%FF` no UTF-8 at all).
 * An array of two values means the parameter twice (`?from=a&from=b`).
 */
export function urlValues(schema: JsonSchema, inPath: boolean): Malformed[] {
  const values: Malformed[] = [
    { kind: 'nul', value: 'a%00b' },
    { kind: 'lone surrogate', value: 'a%ED%A0%80b' },
    { kind: 'lone surrogate', value: '%FF%FE' },
    { kind: 'very long', value: 'x'.repeat(inPath ? 2_000 : 20_000) },
    { kind: 'not an id', value: 'not-a-uuid' },
  ];
  if (!inPath) values.push({ kind: 'wrong type', value: ['a', 'b'] });
  const chosen = branchOf(schema);
  if (chosen.format === 'date')
    values.push(...outOfRangeDates.map((value) => ({ kind: 'out-of-range date' as const, value })));
  const type = typeOf(chosen);
  if (type === 'integer' || type === 'number')
    values.push(
      { kind: 'huge number', value: '99999999999999999999999' },
      { kind: 'huge number', value: '1e400' },
      { kind: 'huge number', value: '-1' },
    );
  if (chosen.enum) values.push({ kind: 'unknown enum value', value: 'no-such-value' });
  return values;
}
