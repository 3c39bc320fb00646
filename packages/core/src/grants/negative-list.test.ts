import { describe, expect, it } from 'vitest';
import { defaultNegativeList } from './defaults';
import { negativeListHits } from './negative-list';

const keysOf = (text: string) => negativeListHits(text, defaultNegativeList).map((hit) => hit.key);

describe('negativeListHits', () => {
  it('finds tobacco and alcohol inside a Chinese budget line', () => {
    expect(keysOf('慰问品：两条香烟、一箱白酒')).toEqual(['alcohol_tobacco']);
    expect(negativeListHits('买啤酒', defaultNegativeList)[0]?.keyword).toBe('酒');
  });

  it('names the most specific keyword first', () => {
    expect(negativeListHits('发现金红包', defaultNegativeList)[0]?.keyword).toBe('现金红包');
  });

  it('finds cash gifts, gift cards and paying members for their time', () => {
    expect(keysOf('超市购物卡 10 张')).toEqual(['cash_gifts']);
    expect(keysOf('队员误工费 每人 50 元')).toEqual(['paying_members']);
    expect(keysOf('Gift Card x3')).toEqual(['cash_gifts']);
    expect(keysOf('ＣＡＳＨ prize')).toEqual(['cash_gifts']);
  });

  it('lets through what only looks like it', () => {
    expect(keysOf('消毒酒精 5 瓶，楼道烟感报警器 2 个')).toEqual([]);
    expect(keysOf('活动海报打印 20 张')).toEqual([]);
  });

  it('still hits when an exception and the real thing are in one line', () => {
    expect(keysOf('酒精和白酒')).toEqual(['alcohol_tobacco']);
  });

  it('reads the round’s own list', () => {
    const list = [{ key: 'meals', label: '聚餐', keywords: ['聚餐'], exceptions: [] }];
    expect(negativeListHits('成员聚餐', list)).toEqual([{ key: 'meals', label: '聚餐', keyword: '聚餐' }]);
    expect(negativeListHits('买烟', list)).toEqual([]);
  });
});
