import { addDays } from '@seedbed/core';

/** Period presets of the workload view, from `today` (YYYY-MM-DD, Shanghai). Pure. */

export type PeriodPreset = 'month' | 'tenWeeks' | 'year';

export function periodFor(preset: PeriodPreset, today: string): { from: string; to: string } {
  switch (preset) {
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'tenWeeks':
      // Seed 001 counts "189 sessions in 10 weeks": seventy days ending today.
      return { from: addDays(today, -69), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

export function defaultPeriod(today: string) {
  return periodFor('tenWeeks', today);
}
