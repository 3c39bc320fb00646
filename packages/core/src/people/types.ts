import { z } from 'zod';

/** Kinds of activist 能人 (seed 003 §4): where their standing in the community comes from. */
export const activistKinds = ['social', 'economic', 'political', 'outside', 'home_grown'] as const;
export const activistKindSchema = z.enum(activistKinds);
export type ActivistKind = z.infer<typeof activistKindSchema>;

/**
 * Trust stages of "seeping in" 下渗 (seed 003 §3–4): 陌生 → 熟络 → 初步信任 → 信任.
 * The order matters: a move up or down is read against it.
 */
export const trustStages = ['stranger', 'acquainted', 'initial_trust', 'trust'] as const;
export const trustStageSchema = z.enum(trustStages);
export type TrustStage = z.infer<typeof trustStageSchema>;

/** How an activist was found (seed 003 §4.1.2): 熟人/滚雪球, 活动中, 项目申请, 口碑. */
export const foundVias = ['acquaintance', 'activity', 'grant_application', 'reputation'] as const;
export const foundViaSchema = z.enum(foundVias);
export type FoundVia = z.infer<typeof foundViaSchema>;

/**
 * The seed's criteria, in its order of priority (seed 003 §4.1.1): 感染力/带动力 first, then
 * 行动力, then 时间, 金钱, 责任感.
 */
export const traitKeys = ['appeal', 'action', 'time', 'money', 'responsibility'] as const;
export type TraitKey = (typeof traitKeys)[number];

export const traitRatingSchema = z.object({
  rating: z.number().int().min(1).max(5),
  note: z.string().trim().max(500).optional(),
});
export type TraitRating = z.infer<typeof traitRatingSchema>;

/** Every trait optional: staff rate what they have seen, nothing more. */
export const personTraitsSchema = z.object({
  appeal: traitRatingSchema.optional(),
  action: traitRatingSchema.optional(),
  time: traitRatingSchema.optional(),
  money: traitRatingSchema.optional(),
  responsibility: traitRatingSchema.optional(),
});
export type PersonTraits = z.infer<typeof personTraitsSchema>;
