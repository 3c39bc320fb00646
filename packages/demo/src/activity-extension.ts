import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The demo street's activities (two years, with sign-ins), tracking logs, coaching and hours.
 * Returns rows for the activities capability's new tables.
 */
// biome-ignore lint/complexity/noBannedTypes: filled in by the activities capability
export type ActivityDemoData = {};

export function generateActivityDemo(_random: Random, _base: BaseDemoData, _today: string): ActivityDemoData {
  return {};
}
