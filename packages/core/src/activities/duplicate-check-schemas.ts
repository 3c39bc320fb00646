import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';

/**
 * The leader's form asks, before submitting, whether the team already has a record that day at
 * that time (the rule of suspected duplicates: same organization, same Shanghai day, overlapping
 * time — tracking's activitiesOverlap). `exceptId`: the record being edited.
 */
export const possibleDuplicatesQuerySchema = z.object({
  organizationId: idSchema,
  startsAt: isoDateTimeSchema,
  /** Without an end, the start alone (a moment) is compared. */
  endsAt: isoDateTimeSchema.optional(),
  exceptId: idSchema.optional(),
});
export type PossibleDuplicatesQuery = z.infer<typeof possibleDuplicatesQuerySchema>;
