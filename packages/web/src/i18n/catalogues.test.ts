import { describe, expect, it } from 'vitest';
import { allMessageGroups } from './capability-messages';
import { en } from './en';
import { zhBase } from './zh-CN';
import { zhWhole as zhCN } from './zh-CN-whole';

/** `{ a: { b: 'x' } }` → `[['a.b', 'x']]`: the keys t() is called with, and their texts. */
function flatten(catalogue: object, prefix = ''): [key: string, value: unknown][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? flatten(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

describe('message catalogues', () => {
  const chinese = flatten(zhCN);
  const english = flatten(en);

  it('have exactly the same keys in zh-CN and en', () => {
    const chineseKeys = chinese.map(([key]) => key).sort();
    const englishKeys = english.map(([key]) => key).sort();
    expect(englishKeys).toEqual(chineseKeys);
  });

  it('load every group that is not in the bundled part with a page (capability-messages.ts)', () => {
    const lazyGroups = Object.keys(zhCN).filter((group) => !(group in zhBase));
    expect([...allMessageGroups].sort()).toEqual(lazyGroups.sort());
  });

  it('have no empty or non-string messages', () => {
    for (const [key, value] of [...chinese, ...english]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('use the same {{placeholders}} in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const englishByKey = new Map(english);
    for (const [key, text] of chinese) {
      expect(placeholders(englishByKey.get(key)), key).toEqual(placeholders(text));
    }
  });
});
