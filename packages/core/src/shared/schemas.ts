import { z } from 'zod';
import { earliestYear, isPlausibleYear, latestYear } from './input-policy';

/** Building blocks shared by every capability's schemas. */
export const idSchema = z.uuid();
export type Id = z.infer<typeof idSchema>;

/** Mainland mobile numbers: 11 digits starting 13–19. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, 'phone');

export const nameSchema = z.string().trim().min(1).max(60);
export const shortTextSchema = z.string().trim().max(200);
export const longTextSchema = z.string().trim().max(5000);
/**
 * Calendar dates travel as ISO `YYYY-MM-DD`; instants as full ISO timestamps — both within the
 * years a record can be about (input-policy.ts), so year 0000 is a 400 and never reaches the database.
 */
const yearMessage = `year between ${earliestYear} and ${latestYear}`;
export const isoDateSchema = z.iso.date().refine(isPlausibleYear, yearMessage);
export const isoDateTimeSchema = z.iso.datetime({ offset: true }).refine(isPlausibleYear, yearMessage);

export const idParamSchema = z.object({ id: idSchema });

/**
 * One page of a long list and a search within it (issue 16: an official on a phone must not scroll
 * 50 screens): `q` is part of a name, `limit` rows from `offset`. Without `limit` a list answers
 * whole, as the pickers that load every choice expect; with it, the answer's `total` counts them all.
 */
export const listPageQuerySchema = z.object({
  q: z.string().trim().max(60).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListPageQuery = z.infer<typeof listPageQuerySchema>;
