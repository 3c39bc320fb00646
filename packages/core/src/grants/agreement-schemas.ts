import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../shared/schemas';
import { negativeListEntrySchema, roundItemKeySchema } from './round-schemas';

/**
 * A grant agreement 资助协议 (issue 17): one per approved proposal — the grantor and the team, the
 * approved amount, the period, the budget lines (the approved version's, scaled or edited by staff
 * to add up to the approved amount), and the rules (the round's negative list, snapshot).
 */

/** One fen at least, at most ¥1,000,000: a neighbourhood grant is ¥1,000–15,000 (seed 004). */
export const grantFenSchema = z.number().int().min(1).max(100_000_000);

export const agreementLineSchema = z.object({
  key: roundItemKeySchema,
  label: z.string().trim().min(1).max(60),
  budgetFen: z.number().int().min(0).max(100_000_000),
});
export type AgreementLine = z.infer<typeof agreementLineSchema>;

/**
 * POST /api/grant-proposals/{id}/agreement. Lines may be left out: the store then snapshots the
 * approved version's budget scaled to the approved amount (`scaleBudgetLines`).
 */
export const agreementInputSchema = z.object({
  grantorName: z.string().trim().min(1).max(80),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  /** How far one line may run over its budget with money from other lines; 10% is common practice. */
  tolerancePercent: z.number().int().min(0).max(50).default(10),
  lines: z.array(agreementLineSchema).min(1).max(40).optional(),
});
export type AgreementInput = z.infer<typeof agreementInputSchema>;

export const grantAgreementSchema = z.object({
  id: idSchema,
  proposalId: idSchema,
  roundId: idSchema,
  roundName: z.string(),
  organization: z.object({ id: idSchema, name: z.string() }),
  /** The street whose 报销会 sessions the grant's claims are checked at. */
  streetId: idSchema,
  title: z.string(),
  grantorName: z.string(),
  approvedFen: z.number().int(),
  startsOn: isoDateSchema,
  endsOn: isoDateSchema,
  tolerancePercent: z.number().int(),
  lines: z.array(agreementLineSchema),
  negativeList: z.array(negativeListEntrySchema),
  closedAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type GrantAgreement = z.infer<typeof grantAgreementSchema>;
