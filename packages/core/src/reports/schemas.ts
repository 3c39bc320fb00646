import { z } from 'zod';
import { communitySummarySchema, streetSchema } from '../communities/schemas';
import { stageModelSchema } from '../organizations/stages';

/** The street overview: communities and organizations counted by stage (the first staff screen). */
export const streetOverviewSchema = z.object({
  street: streetSchema,
  stageModel: stageModelSchema,
  communities: z.array(communitySummarySchema),
  stageCounts: z.array(z.object({ stage: z.string(), count: z.number().int() })),
  unassessed: z.number().int(),
  statusCounts: z.object({ active: z.number().int(), inactive: z.number().int(), dissolved: z.number().int() }),
  residentCount: z.number().int(),
});
export type StreetOverview = z.infer<typeof streetOverviewSchema>;
