import { z } from 'zod';
import { publicGrantResultSchema } from './decision-schemas';
import { publicGrantObjectionSchema } from './objection-schemas';
import { grantRoundSchema } from './round-schemas';

/** What anyone may read of a published round (seed 003: 透明): its rules, pipeline and the objections answered on the record. */
export const publicGrantRoundSchema = z.object({
  round: grantRoundSchema,
  objections: z.array(publicGrantObjectionSchema),
  /** The approved proposals, once the 公示 has begun (empty before): team, title, amount; never a resident's name. */
  results: z.array(publicGrantResultSchema),
});
export type PublicGrantRound = z.infer<typeof publicGrantRoundSchema>;
