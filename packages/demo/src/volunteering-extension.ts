import type { ActivityDemoData } from './activity-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/** The demo street's volunteer hours (proven and entered afterwards) and a few certificates. Pure: seeded random and `today` passed in. */
export type VolunteeringDemoData = Record<never, never>;

export function generateVolunteeringDemo(
  _random: Random,
  _base: BaseDemoData,
  _activities: ActivityDemoData,
  _today: string,
): VolunteeringDemoData {
  return {};
}
