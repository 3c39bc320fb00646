import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * The demo street's orientation/filing/status history, sub-teams, chat groups, relations, baseline interviews, stage assessments, case outcomes.
 * Returns rows for this capability's new tables, and may return replacement arrays for the base
 * tables this capability owns (with new columns filled in). jsonb columns holding arrays must be
 * JSON strings; plain objects are turned into JSON by the loader.
 */
// biome-ignore lint/complexity/noBannedTypes: filled in by the registry capability
export type RegistryDemoData = {};

export function generateRegistryDemo(_random: Random, _base: BaseDemoData, _today: string): RegistryDemoData {
  return {};
}
