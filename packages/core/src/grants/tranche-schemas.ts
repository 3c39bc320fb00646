import { z } from 'zod';
import { idSchema, isoDateSchema, shortTextSchema } from '../shared/schemas';
import { grantFenSchema } from './agreement-schemas';

/**
 * A tranche 拨款: grant money handed to the team ahead of spending (预拨, an advance on the grant),
 * planned by staff and marked paid when it leaves; paid, it posts itself into the team's book.
 */
export const trancheInputSchema = z.object({
  amountFen: grantFenSchema,
  dueOn: isoDateSchema.optional(),
  note: shortTextSchema.default(''),
});
export type TrancheInput = z.infer<typeof trancheInputSchema>;

export const tranchePaymentInputSchema = z.object({ paidOn: isoDateSchema });

export const grantTrancheSchema = z.object({
  id: idSchema,
  agreementId: idSchema,
  number: z.number().int(),
  amountFen: z.number().int(),
  dueOn: isoDateSchema.nullable(),
  paidOn: isoDateSchema.nullable(),
  note: z.string(),
});
export type GrantTranche = z.infer<typeof grantTrancheSchema>;
