import { describe, expect, it } from 'vitest';
import { isNestedTooDeep, isPlausibleYear, isStorableText, unstorableTextPaths } from './input-policy';
import { isoDateSchema, isoDateTimeSchema } from './schemas';

describe('the text policy', () => {
  it('takes Chinese, emoji and line breaks, and refuses NUL and half characters', () => {
    expect(isStorableText('夕阳红舞蹈队 💃\n第二行')).toBe(true);
    expect(isStorableText('王\u0000阿姨')).toBe(false);
    expect(isStorableText('lone \ud83d')).toBe(false);
    expect(isStorableText('\ude00 trailing half')).toBe(false);
    expect(isStorableText('\ud83d\ude00')).toBe(true);
  });

  it('names every path that holds unstorable text, keys included', () => {
    const body = { name: 'ok', feedback: [{ text: 'ok' }, { text: 'a\u0000b' }], 'k\u0000': 1, n: 3 };
    expect(unstorableTextPaths(body)).toEqual(['feedback.1.text', '(key)']);
    expect(unstorableTextPaths('\u0000')).toEqual(['(body)']);
    expect(unstorableTextPaths({ list: Array.from({ length: 50 }, () => '\u0000') }, 3)).toHaveLength(3);
  });

  it('walks a body 100,000 levels deep in one pass, without running out of stack', () => {
    let deep: unknown = 'a\u0000';
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(unstorableTextPaths(deep)).toEqual([Array.from({ length: 100_000 }, () => '0').join('.')]);
  });

  it('tells a body nested deeper than any of our shapes', () => {
    let deep: unknown = [];
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(isNestedTooDeep(deep)).toBe(true);
    expect(isNestedTooDeep({ place: { kind: 'text', text: 'x' }, feedback: [{ text: 'ok' }] })).toBe(false);
    expect(isNestedTooDeep([[[[1]]]], 3)).toBe(true);
    expect(isNestedTooDeep([[[1]]], 3)).toBe(false);
  });
});

describe('the date policy', () => {
  it('keeps dates within the years a record can be about', () => {
    expect(isPlausibleYear('1800-01-01')).toBe(true);
    expect(isPlausibleYear('2200-12-31')).toBe(true);
    expect(isPlausibleYear('1799-12-31')).toBe(false);
    expect(isoDateSchema.safeParse('0000-01-01').success).toBe(false);
    expect(isoDateSchema.safeParse('1936-05-04').success).toBe(true);
    expect(isoDateTimeSchema.safeParse('0000-06-29T09:00:00+08:00').success).toBe(false);
    expect(isoDateTimeSchema.safeParse('2026-06-29T09:00:00+08:00').success).toBe(true);
  });
});
