import { z } from 'zod';
import { idSchema, nameSchema } from '../shared/schemas';
import { estateTypeSchema, streetSchema } from './schemas';

/**
 * Managing the places themselves (地点管理): streets, communities, estates 小区 and courtyards 院落.
 * Who may do what (permissions.ts): the admin creates, renames and archives streets; staff of a
 * street — street or deployment scope — manage its communities, estates and courtyards.
 * A place is archived, never deleted: it leaves pickers and new records, its history stays.
 */

const count = z.number().int().min(0).max(10_000_000);
const nonEmpty = (value: object) => Object.keys(value).length > 0;

export const streetInputSchema = z
  .object({ name: nameSchema, district: z.string().trim().max(60).nullable().optional() })
  .strict();
export type StreetInput = z.infer<typeof streetInputSchema>;
export const streetUpdateInputSchema = streetInputSchema.partial().strict().refine(nonEmpty, { message: 'empty' });
export type StreetUpdateInput = z.infer<typeof streetUpdateInputSchema>;

const communityFields = {
  name: nameSchema,
  /** 常住人口 as the street office counts it, not the residents registered in Seedbed. */
  residentPopulation: count.nullable().optional(),
  households: count.nullable().optional(),
};
export const communityInputSchema = z.object(communityFields).strict();
export type CommunityInput = z.infer<typeof communityInputSchema>;
/**
 * `streetId` is accepted only to be refused when it names another street (`community.other_street`):
 * a community changing street is a 区划调整 that moves every record under it, not an edit.
 */
export const communityUpdateInputSchema = z
  .object({ ...communityFields, streetId: idSchema })
  .partial()
  .strict()
  .refine(nonEmpty, { message: 'empty' });
export type CommunityUpdateInput = z.infer<typeof communityUpdateInputSchema>;

/** An estate moves to another community of the same street. */
export const estateMoveInputSchema = z.object({ communityId: idSchema }).strict();
export type EstateMoveInput = z.infer<typeof estateMoveInputSchema>;

/** A courtyard is renamed, or moved to another estate of the same street. */
export const courtyardUpdateInputSchema = z
  .object({ name: nameSchema, estateId: idSchema })
  .partial()
  .strict()
  .refine(nonEmpty, { message: 'empty' });
export type CourtyardUpdateInput = z.infer<typeof courtyardUpdateInputSchema>;

/** A street's live places, as the 地点管理 page shows them. */
export const placeTreeSchema = z.object({
  street: streetSchema,
  communities: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      residentPopulation: z.number().int().nullable(),
      households: z.number().int().nullable(),
      estates: z.array(
        z.object({
          id: idSchema,
          name: z.string(),
          estateType: estateTypeSchema,
          buildYear: z.number().int().nullable(),
          courtyards: z.array(z.object({ id: idSchema, name: z.string() })),
        }),
      ),
    }),
  ),
});
export type PlaceTree = z.infer<typeof placeTreeSchema>;

/** What a write on the 地点管理 page answers: the place's id and the street's fresh tree. */
export const placeSavedSchema = z.object({ id: idSchema, tree: placeTreeSchema });
export type PlaceSaved = z.infer<typeof placeSavedSchema>;

/** What an import made, and the street's tree after it. */
export const placeImportResultSchema = z.object({
  communities: z.number().int(),
  estates: z.number().int(),
  courtyards: z.number().int(),
  tree: placeTreeSchema,
});
export type PlaceImportResult = z.infer<typeof placeImportResultSchema>;
