import { z } from 'zod';
import { idSchema } from '../shared/schemas';

/** GET /api/grant-agreements/{id}/ledger: ledger-rules.ts's `Ledger`, as the API sends it. */
export const ledgerLineSchema = z.object({
  key: z.string(),
  label: z.string(),
  budgetFen: z.number().int(),
  spentFen: z.number().int(),
  pendingFen: z.number().int(),
  remainingFen: z.number().int(),
  ceilingFen: z.number().int(),
});

export const grantLedgerSchema = z.object({
  agreementId: idSchema,
  capFen: z.number().int(),
  tolerancePercent: z.number().int(),
  lines: z.array(ledgerLineSchema),
  budgetFen: z.number().int(),
  spentFen: z.number().int(),
  pendingFen: z.number().int(),
  remainingFen: z.number().int(),
  tranchesPaidFen: z.number().int(),
  paidDirectFen: z.number().int(),
  paidFromHeldFen: z.number().int(),
  returnedFen: z.number().int(),
  heldByTeamFen: z.number().int(),
  disbursedFen: z.number().int(),
});
export type GrantLedger = z.infer<typeof grantLedgerSchema>;
