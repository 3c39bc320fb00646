import { z } from 'zod';
import type { DomainError } from '../errors';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';
import { type Determination, determinationSchema } from './proposal-schemas';
import { fenSchema } from './round-schemas';

/**
 * The committee's determination on a proposal (issue 17): approved — for what was asked or less,
 * with a reason when less —, declined with a reason, or more information requested (the reason
 * says what). Written to the proposal's determination columns and shown to the team as a notice.
 */
export const determinationKinds = determinationSchema.options;
export type DeterminationKind = Determination;

export const determinationInputSchema = z.object({
  determination: determinationSchema,
  /** Required when approved; at most what the proposal asks. */
  approvedFen: fenSchema.nullable().default(null),
  reason: z.string().trim().max(2000).default(''),
});
export type DeterminationInput = z.infer<typeof determinationInputSchema>;

export const determinationResultSchema = z.object({
  proposalId: idSchema,
  determination: determinationSchema,
  approvedFen: fenSchema.nullable(),
  requestedFen: fenSchema,
  reason: z.string(),
  determinedAt: isoDateTimeSchema,
  determinedVersion: z.number().int(),
});
export type DeterminationResult = z.infer<typeof determinationResultSchema>;

/**
 * What a determination's fields cannot say one at a time: an approval names an amount above zero
 * and no more than asked, and gives a reason when it is less; a refusal and a request for more
 * information say why (the team reads it on its phone and must know what to do).
 */
export function determinationProblems(input: DeterminationInput, requestedFen: number): DomainError | null {
  const reasonMissing = input.reason.length === 0;
  if (input.determination === 'approved') {
    if (input.approvedFen === null || input.approvedFen === 0)
      return { code: 'grants.approved_amount_required', fields: [{ path: 'approvedFen', message: 'required' }] };
    if (input.approvedFen > requestedFen)
      return { code: 'grants.approved_over_requested', fields: [{ path: 'approvedFen', message: 'over_requested' }] };
    if (input.approvedFen < requestedFen && reasonMissing)
      return { code: 'grants.reduction_reason_required', fields: [{ path: 'reason', message: 'required' }] };
    return null;
  }
  if (input.approvedFen !== null)
    return { code: 'grants.amount_only_when_approved', fields: [{ path: 'approvedFen', message: 'not_approved' }] };
  if (reasonMissing)
    return { code: 'grants.determination_reason_required', fields: [{ path: 'reason', message: 'required' }] };
  return null;
}
