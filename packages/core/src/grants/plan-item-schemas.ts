import { z } from 'zod';
import { idSchema, isoDateSchema } from '../shared/schemas';
import { yearMonthSchema } from './proposal-schemas';

/**
 * Plan items (计划内) as activities see them: the items of a team's approved proposals, which the
 * activity form offers to link, and the closing report's "planned vs held" per proposal.
 */

/** One item the activity form offers: what to tap, and the proposal it belongs to. */
export const linkablePlanItemSchema = z.object({
  id: idSchema,
  title: z.string(),
  plannedMonth: yearMonthSchema.nullable(),
  proposalId: idSchema,
  proposalTitle: z.string(),
});
export type LinkablePlanItem = z.infer<typeof linkablePlanItemSchema>;

/** One plan item against the activities held for it (plan-versus-held.ts defines the figures). */
export const planItemVersusHeldSchema = z.object({
  planItemId: idSchema,
  title: z.string(),
  plannedMonth: yearMonthSchema.nullable(),
  /** Dropped from the proposal by a later version; listed only when something was held for it. */
  isRemoved: z.boolean(),
  heldCount: z.number().int(),
  /** Shanghai dates of the activities held for it, earliest first (one per activity). */
  heldOn: z.array(isoDateSchema),
  /** Each activity's stated head count (organizers + people served), in the order of `heldOn`. */
  headCounts: z.array(z.number().int()),
  personTimes: z.number().int(),
  isHeldInPlannedMonth: z.boolean(),
});
export type PlanItemVersusHeld = z.infer<typeof planItemVersusHeldSchema>;

export const planVersusHeldSchema = z.object({
  proposalId: idSchema,
  proposalTitle: z.string(),
  items: z.array(planItemVersusHeldSchema),
  /** Items of the current plan (not removed) and how many of them were held at least once. */
  plannedCount: z.number().int(),
  heldItemCount: z.number().int(),
  activityCount: z.number().int(),
  personTimes: z.number().int(),
});
export type PlanVersusHeld = z.infer<typeof planVersusHeldSchema>;
