import type { ActivityDemoData } from './activity-extension';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/** The demo street's published publicity drafts for the feed. Pure: seeded random and `today` passed in. */
export type PublicityDemoData = Record<never, never>;

export function generatePublicityDemo(
  _random: Random,
  _base: BaseDemoData,
  _activities: ActivityDemoData,
  _today: string,
): PublicityDemoData {
  return {};
}
