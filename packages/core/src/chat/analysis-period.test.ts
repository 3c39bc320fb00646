import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/time';
import { chatAnalysisQuerySchema, chatNetworkSettingsOf, chatWindows, checkChatPeriod } from './analysis-period';

describe('chat periods and windows', () => {
  it('cuts a period into Monday-first weeks, cut to the period at both ends', () => {
    // 2026-03-04 is a Wednesday; 2026-03-09 a Monday
    const weeks = chatWindows({ from: '2026-03-04', to: '2026-03-17' }, 'week');
    expect(weeks.map((w) => [w.from, w.to])).toEqual([
      ['2026-03-04', '2026-03-08'],
      ['2026-03-09', '2026-03-15'],
      ['2026-03-16', '2026-03-17'],
    ]);
    expect(weeks[0]!.start).toBe(Date.parse('2026-03-04T00:00:00+08:00'));
    expect(weeks[2]!.end).toBe(Date.parse('2026-03-18T00:00:00+08:00'));
  });

  it('cuts a period into calendar months, December into January too', () => {
    const months = chatWindows({ from: '2025-11-15', to: '2026-02-03' }, 'month');
    expect(months.map((w) => [w.from, w.to])).toEqual([
      ['2025-11-15', '2025-11-30'],
      ['2025-12-01', '2025-12-31'],
      ['2026-01-01', '2026-01-31'],
      ['2026-02-01', '2026-02-03'],
    ]);
  });

  it('windows tile the period: no gap, no overlap, every day once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('week' as const, 'month' as const),
        (offset, length, kind) => {
          const from = addDays('2020-01-01', offset);
          const to = addDays(from, length);
          const windows = chatWindows({ from, to }, kind);
          expect(windows[0]!.from).toBe(from);
          expect(windows.at(-1)!.to).toBe(to);
          for (let i = 1; i < windows.length; i++) {
            expect(windows[i]!.from).toBe(addDays(windows[i - 1]!.to, 1));
            expect(windows[i]!.start).toBe(windows[i - 1]!.end);
          }
        },
      ),
    );
  });

  it('refuses a reversed or too long period', () => {
    expect(checkChatPeriod({ from: '2026-03-02', to: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'chat.period_reversed' },
    });
    expect(checkChatPeriod({ from: '2020-01-01', to: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'chat.period_too_long' },
    });
    expect(checkChatPeriod({ from: '2026-03-01', to: '2026-03-01' }).ok).toBe(true);
  });

  it('reads the network settings from the query, the defaults where it says nothing, and refuses bad ones', () => {
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const parsed = chatAnalysisQuerySchema.parse({ ...period, gap: '30', reply: '2', response: '0' });
    expect(chatNetworkSettingsOf(parsed)).toEqual({
      responseGapMinutes: 30,
      weights: { reply: 2, mention: 1, response: 0 },
    });
    expect(chatNetworkSettingsOf(chatAnalysisQuerySchema.parse(period))).toEqual({
      responseGapMinutes: 5,
      weights: { reply: 1, mention: 1, response: 1 },
    });
    for (const bad of [
      { gap: '0' },
      { gap: '1441' },
      { gap: '2.5' },
      { gap: 'abc' },
      { reply: '-1' },
      { mention: '101' },
    ])
      expect(chatAnalysisQuerySchema.safeParse({ ...period, ...bad }).success).toBe(false);
  });
});
