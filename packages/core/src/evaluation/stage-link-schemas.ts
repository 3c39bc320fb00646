import { z } from 'zod';
import { assessmentInputSchema } from '../organizations';
import { idSchema } from '../shared/schemas';

/**
 * 以评促建: a result opens a stage assessment of its organization (organizations' own assessment, its
 * rules and timeline); the evaluation is added as its first evidence by the store.
 */
export const assessFromResultInputSchema = z.object({
  organizationId: idSchema,
  assessment: assessmentInputSchema,
});
export type AssessFromResultInput = z.infer<typeof assessFromResultInputSchema>;
