import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';
import { ledgerLineSchema } from './ledger-schemas';

/**
 * Closing 结项 (issue 17): the final report assembles itself from what exists, the team adds its
 * own words, and what the team still holds of the grant is returned. After closing, claims and
 * tranches are refused (`grants.grant_closed`).
 */
export const closingInputSchema = z.object({
  teamWords: longTextSchema.min(1),
  closedOn: isoDateSchema,
});
export type ClosingInput = z.infer<typeof closingInputSchema>;

export const closingFiguresSchema = z.object({
  /** The team's activities held in the agreement's period (not merged away). */
  activitiesHeld: z.number().int(),
  /**
   * Planned against held, per plan item: null until activities link to the proposal's plan items
   * (another part of issue 17 brings those links); the report shows "not yet linked" meanwhile.
   */
  planItemsPlannedVsHeld: z.array(z.object({ key: z.string(), title: z.string(), held: z.number().int() })).nullable(),
  photos: z.number().int(),
  headCount: z.number().int(),
  personTimes: z.number().int(),
  spentPerLine: z.array(ledgerLineSchema),
  spentFen: z.number().int(),
  unspentFen: z.number().int(),
  /** Tranche money the team held unspent, returned at closing. */
  returnedFen: z.number().int(),
});
export type ClosingFigures = z.infer<typeof closingFiguresSchema>;

export const grantClosingSchema = z.object({
  agreementId: idSchema,
  closedOn: isoDateSchema,
  teamWords: z.string(),
  figures: closingFiguresSchema,
  closedAt: isoDateTimeSchema,
});
export type GrantClosing = z.infer<typeof grantClosingSchema>;
