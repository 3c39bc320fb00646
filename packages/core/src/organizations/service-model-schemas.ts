import { z } from 'zod';
import { idSchema, isoDateSchema } from '../shared/schemas';

/**
 * The service-model card 服务模式 (seed 002, 美好社区供需协商会 "将小苗引导为小树": workshops that map
 * each organization's service model, beneficiaries, stakeholders and funding channels). Owned by the
 * organization and made only if it chooses to ("前提是组织自愿梳理"): its leader starts it, staff help
 * fill it once it exists. Every field is optional — a dance team writes what it can.
 */
export const serviceModelSteps = ['activity_review', 'model_review'] as const;
/** 活动梳理 (what the team's activities are) → 模式梳理 (the service model). */
export const serviceModelStepSchema = z.enum(serviceModelSteps);
export type ServiceModelStep = z.infer<typeof serviceModelStepSchema>;

/** Where a card is: started, then each step completed in turn. */
export const serviceModelProgressSchema = z.enum(['started', 'activity_review_done', 'model_review_done']);
export type ServiceModelProgress = z.infer<typeof serviceModelProgressSchema>;

const cardTextSchema = z.string().trim().max(1000);

/** The card's five questions, as the team answers them (PATCH: `null` or '' clears one). */
export const serviceModelCardInputSchema = z.object({
  /** 做什么 */
  whatItDoes: cardTextSchema.nullable().optional(),
  /** 主要服务 */
  mainService: cardTextSchema.nullable().optional(),
  /** 服务对象 */
  beneficiaries: cardTextSchema.nullable().optional(),
  /** 利益相关方 */
  stakeholders: cardTextSchema.nullable().optional(),
  /** 资金渠道 */
  fundingChannels: cardTextSchema.nullable().optional(),
});
export type ServiceModelCardInput = z.infer<typeof serviceModelCardInputSchema>;
export const serviceModelFields = [
  'whatItDoes',
  'mainService',
  'beneficiaries',
  'stakeholders',
  'fundingChannels',
] as const satisfies readonly (keyof ServiceModelCardInput)[];

/** The leader's explicit choice to start the card: "我们自愿做服务模式梳理". */
export const serviceModelStartInputSchema = z.object({ chosen: z.literal(true) });

/** A 梳理 session held on the card; `completesStep` marks the step done that day. */
export const serviceModelSessionInputSchema = z.object({
  heldOn: isoDateSchema,
  step: serviceModelStepSchema,
  completesStep: z.boolean().default(false),
  notes: z.string().trim().max(2000).optional(),
  /** The coaching session (a 梳理 workshop of several teams) it was held at: counted once for the street. */
  coachingSessionId: idSchema.optional(),
});
export type ServiceModelSessionInput = z.infer<typeof serviceModelSessionInputSchema>;

export const serviceModelSessionSchema = z.object({
  id: idSchema,
  heldOn: z.string(),
  step: serviceModelStepSchema,
  completesStep: z.boolean(),
  notes: z.string().nullable(),
  coachingSessionId: idSchema.nullable(),
});
export type ServiceModelSession = z.infer<typeof serviceModelSessionSchema>;

export const serviceModelCardSchema = z.object({
  id: idSchema,
  organizationId: idSchema,
  whatItDoes: z.string().nullable(),
  mainService: z.string().nullable(),
  beneficiaries: z.string().nullable(),
  stakeholders: z.string().nullable(),
  fundingChannels: z.string().nullable(),
  /** When the team chose to start it (who chose is in the audit log: the team's leader). */
  startedAt: z.string(),
  updatedAt: z.string(),
  progress: serviceModelProgressSchema,
  activityReviewCompletedOn: z.string().nullable(),
  modelReviewCompletedOn: z.string().nullable(),
  /** Oldest first. */
  sessions: z.array(serviceModelSessionSchema),
});
export type ServiceModelCard = z.infer<typeof serviceModelCardSchema>;

/** The period the street's figures count (both days included; either may be left open). */
export const serviceModelFiguresQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type ServiceModelFiguresQuery = z.infer<typeof serviceModelFiguresQuerySchema>;

/** Seed 002's sentence, computed: "16 个组织进行了 12 次梳理，6 个组织完成了服务活动梳理，3 个组织完成了服务模式梳理". */
export const serviceModelFiguresSchema = z.object({
  cardsStarted: z.number().int(),
  organizationsWithSessions: z.number().int(),
  sessions: z.number().int(),
  activityReviewCompleted: z.number().int(),
  modelReviewCompleted: z.number().int(),
});
export type ServiceModelFigures = z.infer<typeof serviceModelFiguresSchema>;
