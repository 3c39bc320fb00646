import { describe, expect, it } from 'vitest';
import { fenToYuanText, yuanTextToFen } from './money-input';

describe('yuan typed by staff', () => {
  it('becomes integer fen without floats', () => {
    expect(yuanTextToFen('15000')).toBe(1_500_000);
    expect(yuanTextToFen('15,000.5')).toBe(1_500_050);
    expect(yuanTextToFen('0.07')).toBe(7);
    expect(yuanTextToFen('0.1')).toBe(10);
  });
  it('refuses negatives, three decimals and words', () => {
    expect(yuanTextToFen('-1')).toBeNull();
    expect(yuanTextToFen('1.005')).toBeNull();
    expect(yuanTextToFen('一万')).toBeNull();
  });
  it('reads back as typed', () => {
    expect(fenToYuanText(1_500_050)).toBe('15000.50');
    expect(fenToYuanText(1_500_000)).toBe('15000');
  });
});
