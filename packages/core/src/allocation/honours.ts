import { z } from 'zod';
import { can } from '../permissions';
import type { Role } from '../shared/roles';
import { idSchema, isoDateSchema } from '../shared/schemas';

/**
 * Honours and commendations 表彰 with their published rules (seed 003: from "堆积各种演出的奖杯" to
 * "赞美参与社区活动、社区公益"; seed 000: 名分 is fought over as much as rooms). An honour type says
 * what earns it and who decides, in words everyone can read before anyone is honoured.
 */
export const honourRecognitions = [
  'participation',
  'public_service',
  'neighbour_help',
  'performance',
  'other',
] as const;
export const honourRecognitionSchema = z.enum(honourRecognitions);
export type HonourRecognition = z.infer<typeof honourRecognitionSchema>;

/** POST /api/communities/{id}/honour-types */
export const honourTypeInputSchema = z.object({
  name: z.string().trim().min(1).max(60),
  recognises: honourRecognitionSchema,
  /** The published rule: what earns it. */
  earnedBy: z.string().trim().min(1).max(2000),
  /** Who decides (居民议事会投票, 社工与居委会共同评定…). */
  decidedBy: z.string().trim().min(1).max(200),
});
export type HonourTypeInput = z.infer<typeof honourTypeInputSchema>;

/** PATCH /api/honour-types/{id}: its name or published rule, changed in the open (audited). */
export const honourTypeUpdateInputSchema = honourTypeInputSchema
  .partial()
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'nothing to change' });
export type HonourTypeUpdateInput = z.infer<typeof honourTypeUpdateInputSchema>;

/** POST /api/honour-types/{id}/awards: to a team or to a person, one of the two. */
export const honourAwardInputSchema = z
  .object({
    organizationId: idSchema.optional(),
    personId: idSchema.optional(),
    awardedOn: isoDateSchema,
    reason: z.string().trim().min(1).max(500),
  })
  .refine((input) => (input.organizationId === undefined) !== (input.personId === undefined), {
    message: 'a team or a person, one of the two',
    path: ['organizationId'],
  });
export type HonourAwardInput = z.infer<typeof honourAwardInputSchema>;

export const honourAwardSchema = z.object({
  id: idSchema,
  honourTypeId: idSchema,
  organizationId: idSchema.nullable(),
  organizationName: z.string().nullable(),
  /** Set for an award to a person; the name only for readers who may see residents' names. */
  personId: idSchema.nullable(),
  personName: z.string().nullable(),
  awardedOn: z.string(),
  reason: z.string(),
});
export type HonourAward = z.infer<typeof honourAwardSchema>;

export const honourTypeSchema = z.object({
  id: idSchema,
  communityId: idSchema,
  name: z.string(),
  recognises: honourRecognitionSchema,
  earnedBy: z.string(),
  decidedBy: z.string(),
  awards: z.array(honourAwardSchema),
});
export type HonourType = z.infer<typeof honourTypeSchema>;

export const honourListSchema = z.object({ honourTypes: z.array(honourTypeSchema) });

/**
 * An award as a role sees it: a resident's name only for those who may read residents (person.read);
 * a team member or a funder learns that a resident was honoured, not who (PIPL: the minimum) — nor
 * why, since the reason may say who it is (the public page leaves it out for the same cause).
 */
export function awardAsSeenBy(role: Role, award: HonourAward): HonourAward {
  return award.personId === null || can(role, 'person.read')
    ? award
    : { ...award, personName: null, personId: null, reason: '' };
}
