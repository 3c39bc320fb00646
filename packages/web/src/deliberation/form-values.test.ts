import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankToUndefined, movedItem } from './form-values';

describe('movedItem (the agenda’s 上移 / 下移)', () => {
  it('moves the second item first', () => {
    expect(movedItem(['定第一件事', '起名字', '分工'], 1, 0)).toEqual(['起名字', '定第一件事', '分工']);
    expect(movedItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('keeps the same items, puts the moved one at its place and the others in their order', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), (items, a, b) => {
        const from = a % items.length;
        const to = b % items.length;
        const moved = movedItem(items, from, to);
        expect([...moved].sort()).toEqual([...items].sort());
        expect(moved[to]).toBe(items[from]);
        expect(moved.filter((_, i) => i !== to)).toEqual(items.filter((_, i) => i !== from));
      }),
    );
  });

  it('changes nothing for a place outside the list', () => {
    expect(movedItem(['a', 'b'], 0, 2)).toEqual(['a', 'b']);
    expect(movedItem(['a', 'b'], -1, 0)).toEqual(['a', 'b']);
  });
});

describe('blankToUndefined', () => {
  it('leaves a blank field out and keeps what was typed', () => {
    expect(blankToUndefined('  ')).toBeUndefined();
    expect(blankToUndefined('社区活动室')).toBe('社区活动室');
  });
});
