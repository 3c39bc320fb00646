import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The demo street's community profiles, stakeholders and engagement, needs, spaces, resources and the site plan.
 * Returns rows for this capability's new tables, and may return replacement arrays for the base
 * tables this capability owns (with new columns filled in). jsonb columns holding arrays must be
 * JSON strings; plain objects are turned into JSON by the loader.
 */
// biome-ignore lint/complexity/noBannedTypes: filled in by the survey capability
export type SurveyDemoData = {};

export function generateSurveyDemo(_random: Random, _base: BaseDemoData, _today: string): SurveyDemoData {
  return {};
}
