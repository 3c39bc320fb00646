import type { EstateType, OrganizationType, Orientation, stageModels } from '@seedbed/core';

/** The demo uses the default growth model, seed 002's 育种 → 种子 → 小苗 → 小树 → 大树. */
export type FiveStage = (typeof stageModels)['five_stage'][number];

/**
 * Who a team draws its members from. elder: the retired (most recreation and help teams);
 * adult: working age and retired; young: young adults; parents: parents of young children;
 * children: a children's council (members are children, the leader an adult volunteer);
 * mixed: anyone from fifteen up.
 */
export type AgeGroup = 'elder' | 'adult' | 'young' | 'parents' | 'children' | 'mixed';

/** A kind of self-organization as it turns up in the seeds' streets. */
export interface OrganizationTemplate {
  type: OrganizationType;
  /** Where on 自益 → 互益 → 共益 → 公益 a young team of this kind starts; growth moves it up. */
  orientation: Orientation;
  /** Names to choose from: {c} is the home community's short name (槐荫), {s} the street's (春和). */
  names: readonly string[];
  /** Put after the community's short name when every listed name is already taken in the street. */
  stem: string;
  description: string;
  /** Where it meets: {c} is the home community's name, {e} one of its estates. */
  places: readonly string[];
  ages: AgeGroup;
  /** Share of women among members: dance and qipao teams are almost all women, chess clubs men. */
  femaleShare: number;
  /** Stages this kind of team plausibly reaches; a dance team rarely becomes a legal entity. */
  stages: readonly FiveStage[];
  /** How often it turns up, relative to the others. */
  weight: number;
  /**
   * Only where the home community has estates of these kinds, and {e} is one of them: an elevator
   * retrofit or a courtyard pairing belongs to an old neighbourhood, not to a high-end estate.
   */
  estateTypes?: readonly EstateType[];
}

type Required = Pick<OrganizationTemplate, 'type' | 'orientation' | 'names' | 'stem' | 'description' | 'places'>;

export function template(fields: Required & Partial<OrganizationTemplate>): OrganizationTemplate {
  return { ages: 'elder', femaleShare: 0.6, stages: ['nurturing', 'seed', 'sapling'], weight: 1, ...fields };
}

/** Service teams can grow into a registered organization with its own account (小树). */
export const upToSmallTree: readonly FiveStage[] = ['nurturing', 'seed', 'sapling', 'small_tree'];

/** Street-wide associations that federate teams across communities (大树, seed 002). */
export const treesOnly: readonly FiveStage[] = ['small_tree', 'big_tree'];
