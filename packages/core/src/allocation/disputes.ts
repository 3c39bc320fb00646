import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema } from '../shared/schemas';

/**
 * A dispute 纠纷 between parties over a space, money or honours (seed 000: "社区要进行表彰、分配资源的
 * 时候，抢占空间、资源、名分的情况都会出现。对此友邻学社就把协商的解决办法引入进来"; seed 003 §6: the rule
 * must be "透明、公正、专业"). The record keeps who the parties were, what was contested, the meetings
 * held (dated records, or the deliberation capability's meetings linked to it), the rule
 * applied and the outcome. Parties are teams and the survey's stakeholders — never a resident by name.
 */
export const contestedKinds = ['space', 'money', 'honours', 'other'] as const;
export const contestedKindSchema = z.enum(contestedKinds);
export type ContestedKind = z.infer<typeof contestedKindSchema>;

export const disputeStatuses = ['open', 'resolved'] as const;
export const disputeStatusSchema = z.enum(disputeStatuses);
export type DisputeStatus = z.infer<typeof disputeStatusSchema>;

const partyIds = z.array(idSchema).max(20).default([]);

/** POST /api/communities/{id}/disputes: at least one party, what is contested, since when. */
export const disputeInputSchema = z
  .object({
    title: z.string().trim().min(1).max(100),
    contested: contestedKindSchema,
    /** The space fought over, when it is one of the community's spaces. */
    spaceId: idSchema.optional(),
    description: longTextSchema.optional(),
    organizationIds: partyIds,
    stakeholderIds: partyIds,
    openedOn: isoDateSchema,
  })
  .refine((input) => input.organizationIds.length + input.stakeholderIds.length > 0, {
    message: 'at least one party',
    path: ['organizationIds'],
  });
export type DisputeInput = z.infer<typeof disputeInputSchema>;

/** POST /api/disputes/{id}/meetings: a meeting held about it (协商会, 听证会…), with its notes. */
export const disputeMeetingInputSchema = z.object({
  heldOn: isoDateSchema,
  title: z.string().trim().min(1).max(100),
  notes: longTextSchema.optional(),
});
export type DisputeMeetingInput = z.infer<typeof disputeMeetingInputSchema>;

/**
 * POST /api/disputes/{id}/meeting-links: a deliberation meeting 议事 held about it, which the caller
 * can read (its agenda, votes and minutes are the meeting's), with a note on what it meant here.
 */
export const disputeMeetingLinkInputSchema = z.object({
  meetingId: idSchema,
  notes: longTextSchema.optional(),
});
export type DisputeMeetingLinkInput = z.infer<typeof disputeMeetingLinkInputSchema>;

/**
 * PATCH /api/disputes/{id}: the title, description, rule applied or outcome, at any time — a rule
 * can be written down before the outcome, and a resolved dispute's words corrected. Resolving
 * (status and day) stays its own step.
 */
export const disputeUpdateInputSchema = z
  .object({
    title: z.string().trim().min(1).max(100),
    description: longTextSchema,
    ruleApplied: z.string().trim().min(1).max(2000),
    outcome: z.string().trim().min(1).max(2000),
  })
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'nothing to change' });
export type DisputeUpdateInput = z.infer<typeof disputeUpdateInputSchema>;

/** POST /api/disputes/{id}/resolve: the rule applied (published where all can read it) and the outcome. */
export const disputeResolutionInputSchema = z.object({
  ruleApplied: z.string().trim().min(1).max(2000),
  outcome: z.string().trim().min(1).max(2000),
  resolvedOn: isoDateSchema,
});
export type DisputeResolutionInput = z.infer<typeof disputeResolutionInputSchema>;

export const disputePartySchema = z.object({
  kind: z.enum(['organization', 'stakeholder']),
  id: idSchema,
  name: z.string(),
});

export const disputeMeetingSchema = z.object({
  id: idSchema,
  /** The deliberation meeting it was, when linked (open it at /meetings/{id}). */
  meetingId: idSchema.nullable(),
  heldOn: z.string(),
  title: z.string(),
  notes: z.string().nullable(),
});

export const disputeSchema = z.object({
  id: idSchema,
  communityId: idSchema,
  title: z.string(),
  contested: contestedKindSchema,
  spaceId: idSchema.nullable(),
  spaceName: z.string().nullable(),
  description: z.string().nullable(),
  parties: z.array(disputePartySchema),
  meetings: z.array(disputeMeetingSchema),
  ruleApplied: z.string().nullable(),
  outcome: z.string().nullable(),
  status: disputeStatusSchema,
  openedOn: z.string(),
  resolvedOn: z.string().nullable(),
});
export type Dispute = z.infer<typeof disputeSchema>;

export const disputeListSchema = z.object({ disputes: z.array(disputeSchema) });
