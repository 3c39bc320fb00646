import { z } from 'zod';
import { communitySummarySchema, estateSchema, streetSchema } from '../communities';
import { organizationSummarySchema, stageModelSchema } from '../organizations';

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

/** A community page: its figures, estates, and the organizations at home or serving there. */
export const communityDetailSchema = communitySummarySchema.omit({ organizationCount: true }).extend({
  streetName: z.string(),
  estates: z.array(estateSchema),
  organizations: z.array(organizationSummarySchema),
});
export type CommunityDetail = z.infer<typeof communityDetailSchema>;
