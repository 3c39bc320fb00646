import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longTextSchema } from '../shared/schemas';
import { ledgerLineSchema } from './ledger-schemas';
import { planVersusHeldSchema } from './plan-item-schemas';

/**
 * Closing 结项 (issue 17): the final report assembles itself from what exists, the team adds its
 * own words, and what the team still holds of the grant is returned. After closing, claims and
 * tranches are refused (`grants.grant_closed`).
 */

/**
 * Staff close on a date; the words are the team's, saved beforehand (PUT …/closing-words), so staff
 * never type the team's report for it (seed 000: "即使你不会写，我也不能帮你写").
 */
export const closingInputSchema = z.object({ closedOn: isoDateSchema });
export type ClosingInput = z.infer<typeof closingInputSchema>;

/** PUT /api/grant-agreements/{id}/closing-words: the team's own words, rewritten as often as it likes. */
export const closingWordsInputSchema = z.object({ words: longTextSchema.min(1) });
export type ClosingWordsInput = z.infer<typeof closingWordsInputSchema>;

/** The words as last saved, and when (never who: the report is the team's, not one member's). */
export const closingWordsSchema = z.object({ words: z.string(), writtenAt: isoDateTimeSchema });
export type ClosingWords = z.infer<typeof closingWordsSchema>;

export const closingFiguresSchema = z.object({
  /** The team's activities held in the agreement's period (not merged away). */
  activitiesHeld: z.number().int(),
  /**
   * Planned against held per plan item of the agreement's proposal (plan-versus-held.ts). Null only
   * in reports frozen before activities linked to plan items (migration 0028).
   */
  planItemsPlannedVsHeld: planVersusHeldSchema.nullable(),
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

/** GET /api/grant-agreements/{id}/closing: the frozen report once closed, today's figures, the team's saved words. */
export const closingReportSchema = z.object({
  closing: grantClosingSchema.nullable(),
  preview: closingFiguresSchema,
  teamWords: closingWordsSchema.nullable(),
});
export type ClosingReport = z.infer<typeof closingReportSchema>;
