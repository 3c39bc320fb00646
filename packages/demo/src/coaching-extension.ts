import type { ActivityDemoData } from './activity-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/** The demo street's coaching sessions over the past months, cultivation plans for active organizations. Pure: seeded random and `today` passed in. */
export type CoachingDemoData = Record<never, never>;

export function generateCoachingDemo(
  _random: Random,
  _base: BaseDemoData,
  _activities: ActivityDemoData,
  _today: string,
): CoachingDemoData {
  return {};
}
