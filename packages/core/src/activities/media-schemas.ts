import { z } from 'zod';
import { idSchema } from '../shared/schemas';

/**
 * Photos, the video clip and the sheet photos of an activity: the limits and the small inputs the
 * upload routes take beside the raw file body.
 */

/** How many files of each kind an activity carries ("up to five photos — the best", seed 002). */
export const mediaLimits = {
  /** Photos per side: the organization's record, and each staff tracking log. */
  photosPerSide: 5,
  /** Photos of each paper sheet kind (a long sign-in sheet may take several pages). */
  sheetPhotosPerKind: 3,
  /** One short clip per activity. */
  videosPerActivity: 1,
  /** Longest caption, in characters. */
  captionMaxLength: 200,
} as const;

export const sheetKindSchema = z.enum(['sign_in_sheet', 'record_sheet']);
export type SheetKind = z.infer<typeof sheetKindSchema>;

/** POST /api/activities/{id}/photos?trackingLogId=…: without it, the organization's side. */
export const photoUploadQuerySchema = z.object({
  trackingLogId: idSchema.optional().describe("A staff tracking log of this activity: the photo is the log's"),
});

/** POST /api/activities/{id}/sheet-photos?kind=sign_in_sheet|record_sheet */
export const sheetPhotoQuerySchema = z.object({ kind: sheetKindSchema });

/** PATCH /api/media/{id}: a caption (null removes it) and/or a new place in its list (0 = first). */
export const mediaUpdateInputSchema = z
  .object({
    caption: z.string().trim().max(mediaLimits.captionMaxLength).nullable().optional(),
    position: z.number().int().min(0).max(99).optional(),
  })
  .refine((value) => value.caption !== undefined || value.position !== undefined, {
    message: 'Give a caption or a position',
  });
export type MediaUpdateInput = z.infer<typeof mediaUpdateInputSchema>;

export const mediaDeletedSchema = z.object({ id: idSchema });
