import type { ActivityDemoData } from './activity-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/** The demo street's staff tracking logs on some activities, and a suspected duplicate pair for the merge screen. Pure: seeded random and `today` passed in. */
export type TrackingDemoData = Record<never, never>;

export function generateTrackingDemo(
  _random: Random,
  _base: BaseDemoData,
  _activities: ActivityDemoData,
  _today: string,
): TrackingDemoData {
  return {};
}
