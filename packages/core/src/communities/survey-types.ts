import { z } from 'zod';

/** The enumerations of the community survey (seed 003 §1–§5, seed 002 资源调查). */

/** Where a fact of the community's history comes from. */
export const eventSources = ['documents', 'visit', 'observation'] as const;
export const eventSourceSchema = z.enum(eventSources);
export type EventSource = z.infer<typeof eventSourceSchema>;

/** Owners' committee 业委会 of an estate: working, stalled (often for years, seed 003), or none. */
export const ownersCommitteeStatuses = ['active', 'stalled', 'none'] as const;
export const ownersCommitteeStatusSchema = z.enum(ownersCommitteeStatuses);

export const stakeholderKinds = [
  'residents_committee', // 居委会
  'property_company', // 物业
  'owners_committee', // 业委会
  'existing_group', // 已有组织
  'business', // 商户、企业
  'school', // 学校
  'other',
] as const;
export const stakeholderKindSchema = z.enum(stakeholderKinds);
export type StakeholderKind = z.infer<typeof stakeholderKindSchema>;

/** Kinds of contact with an institution (seed 003 §3). */
export const engagementKinds = ['formal_visit', 'shared_materials', 'joint_activity', 'other'] as const;
export const engagementKindSchema = z.enum(engagementKinds);

/**
 * How far an institution takes part, in order: from nothing, through lending tables and chairs,
 * to hosting parts of activities (seed 003 §3). The order is the scale.
 */
export const participationLevels = [
  'none',
  'informed',
  'lends_things',
  'promotes',
  'co_organizes',
  'hosts_parts',
] as const;
export const participationLevelSchema = z.enum(participationLevels);
export type ParticipationLevel = z.infer<typeof participationLevelSchema>;

export const needCategories = [
  'elderly_care',
  'childcare',
  'culture_sports',
  'environment',
  'safety',
  'neighbour_help',
  'other',
] as const;
export const needCategorySchema = z.enum(needCategories);
export type NeedCategory = z.infer<typeof needCategorySchema>;

export const needSources = ['questionnaire', 'visit', 'committee_data', 'professional_judgement'] as const;
export const needSourceSchema = z.enum(needSources);

/** Seed 003 §2: a need heard is only a surface need; some are imagined; confirmed ones are checked. */
export const needRealities = ['surface', 'imagined', 'confirmed'] as const;
export const needRealitySchema = z.enum(needRealities);

/** Who should meet a need: the market, the government, or community groups. */
export const needProviders = ['market', 'government', 'community_groups'] as const;
export const needProviderSchema = z.enum(needProviders);

export const needStatuses = ['open', 'in_progress', 'met', 'dropped'] as const;
export const needStatusSchema = z.enum(needStatuses);

/** Who owns a space: all owners, the property company, a developer's promise, the residents' committee. */
export const spaceOwners = [
  'all_owners',
  'property_company',
  'developer_promise',
  'residents_committee',
  'other',
] as const;
export const spaceOwnerSchema = z.enum(spaceOwners);

export const usageFrequencies = ['daily', 'weekly', 'monthly', 'rarely', 'unused'] as const;
export const usageFrequencySchema = z.enum(usageFrequencies);

/** 人 文 地 产 景 (seed 002) and money, material, skills. */
export const resourceCategories = [
  'people',
  'culture',
  'place',
  'production',
  'landscape',
  'money',
  'material',
  'skills',
] as const;
export const resourceCategorySchema = z.enum(resourceCategories);
export type ResourceCategory = z.infer<typeof resourceCategorySchema>;

/** Seed 003 §5.1: each resource is one-off or sustained. */
export const resourcePersistences = ['one_off', 'sustained'] as const;
export const resourcePersistenceSchema = z.enum(resourcePersistences);

export const sitePlanTypes = ['png', 'jpg', 'webp'] as const;
export const sitePlanTypeSchema = z.enum(sitePlanTypes);
/** A site plan is a photo or a scan: 10 MB is plenty and keeps a phone upload sane. */
export const sitePlanMaxBytes = 10 * 1024 * 1024;
