import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, shortTextSchema } from '../shared/schemas';
import { grantFenSchema } from './agreement-schemas';
import { claimMoves, claimStates } from './claim-states';
import { roundItemKeySchema } from './round-schemas';

/**
 * A reimbursement claim 报销 (垫付 paid back against receipts): few fields on the phone — the line,
 * how much, what it bought, who advanced it, when; the activity it served is optional; receipt
 * photos are uploaded after, through the photo pipeline.
 */
export const claimInputSchema = z.object({
  lineKey: roundItemKeySchema,
  amountFen: grantFenSchema,
  spentOn: isoDateSchema,
  description: z.string().trim().min(1).max(200),
  /** The resident who paid 垫付: personal data (export, erasure; never shown to a funder). */
  advancedByName: nameSchema,
  activityId: idSchema.optional(),
});
export type ClaimInput = z.infer<typeof claimInputSchema>;

/** The team answers a request for changes with the corrected claim (it goes back to submitted). */
export const claimResubmitInputSchema = claimInputSchema.partial();

export const claimStateSchema = z.enum(claimStates);
export const claimMoveSchema = z.enum(claimMoves);

/** POST /api/grant-claims/{id}/moves: a step of staff (or the team's resubmission, without changes). */
export const claimMoveInputSchema = z.object({
  move: claimMoveSchema,
  note: shortTextSchema.default(''),
  /** The 报销会 where it was checked (a `check` may name one). */
  sessionId: idSchema.optional(),
});
export type ClaimMoveInput = z.infer<typeof claimMoveInputSchema>;

export const claimHistoryEntrySchema = z.object({
  state: claimStateSchema,
  at: isoDateTimeSchema,
  byUserId: idSchema,
  note: z.string(),
});

export const grantClaimSchema = z.object({
  id: idSchema,
  agreementId: idSchema,
  organizationId: idSchema,
  number: z.number().int(),
  lineKey: z.string(),
  lineLabel: z.string(),
  amountFen: z.number().int(),
  spentOn: isoDateSchema,
  description: z.string(),
  /** Null for a reader who may not see it (claimAsSeenBy), or once the person was erased. */
  advancedByName: z.string().nullable(),
  activityId: idSchema.nullable(),
  state: claimStateSchema,
  sessionId: idSchema.nullable(),
  negativeListHits: z.array(z.object({ key: z.string(), label: z.string(), keyword: z.string() })),
  submittedBy: idSchema,
  checkedBy: idSchema.nullable(),
  approvedBy: idSchema.nullable(),
  paidOn: isoDateSchema.nullable(),
  fromHeldFen: z.number().int(),
  photoIds: z.array(idSchema),
  history: z.array(claimHistoryEntrySchema),
  createdAt: isoDateTimeSchema,
});
export type GrantClaim = z.infer<typeof grantClaimSchema>;

/** A monthly reimbursement session 报销会 (seed 002): the claims checked there are batched under it. */
export const claimSessionInputSchema = z.object({
  streetId: idSchema,
  heldOn: isoDateSchema,
  title: z.string().trim().min(1).max(60),
});
export const claimSessionSchema = z.object({
  id: idSchema,
  streetId: idSchema,
  heldOn: isoDateSchema,
  title: z.string(),
  claimCount: z.number().int(),
  checkedFen: z.number().int(),
});
export type ClaimSession = z.infer<typeof claimSessionSchema>;
