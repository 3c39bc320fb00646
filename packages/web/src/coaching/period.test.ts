import { describe, expect, it } from 'vitest';
import { periodFor } from './period';

describe('workload period presets', () => {
  it('this month, the last ten weeks (seventy days with today) and this year', () => {
    expect(periodFor('month', '2026-06-30')).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    expect(periodFor('tenWeeks', '2026-06-30')).toEqual({ from: '2026-04-22', to: '2026-06-30' });
    expect(periodFor('year', '2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
  });
  it('ten weeks reach back across a year end', () => {
    expect(periodFor('tenWeeks', '2026-01-15').from).toBe('2025-11-07');
  });
});
