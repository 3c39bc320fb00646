import { z } from 'zod';
import { idSchema } from '../shared/schemas';

/**
 * The leader hands leadership over to another current member (seed 000: roles that spread the
 * leader's power; a team outlives its first leader). The former leader chooses what they become:
 * a deputy who stays in the core team, or a member.
 */
export const handOverInputSchema = z.object({
  toPersonId: idSchema,
  formerLeaderBecomes: z.enum(['deputy', 'member']),
});
export type HandOverInput = z.infer<typeof handOverInputSchema>;

/**
 * What a hand-over did: whom it made leader and whether that person can sign in (an account linked
 * to them in this team, now the leader's) — when not, the page offers an invite.
 */
export const handOverResultSchema = z.object({
  organizationId: idSchema,
  newLeaderPersonId: idSchema,
  newLeaderHasAccount: z.boolean(),
});
export type HandOverResult = z.infer<typeof handOverResultSchema>;
