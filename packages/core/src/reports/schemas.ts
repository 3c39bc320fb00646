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
  /** Residents registered in Seedbed: people on record, not the population. */
  residentCount: z.number().int(),
  /**
   * 常住人口 and households as the communities report them, summed over the live communities that
   * gave a figure (null when none did) — the population, beside `residentCount`.
   */
  communityPopulation: z.number().int().nullable(),
  communityHouseholds: z.number().int().nullable(),
});
export type StreetOverview = z.infer<typeof streetOverviewSchema>;

/** A community page: its figures, estates, and the organizations at home or serving there. */
export const communityDetailSchema = communitySummarySchema.omit({ organizationCount: true }).extend({
  streetName: z.string(),
  estates: z.array(estateSchema),
  organizations: z.array(organizationSummarySchema),
});
export type CommunityDetail = z.infer<typeof communityDetailSchema>;

/**
 * A community's dashboard (the residents' committee's, and staff's for one community): the same
 * kind of figures as the street overview, for this community only. No committee attitude: the
 * incubator's judgement of the committee is staff's own.
 */
export const communityOverviewSchema = z.object({
  community: z.object({
    id: z.uuid(),
    name: z.string(),
    streetId: z.uuid(),
    streetName: z.string(),
    residentPopulation: z.number().int().nullable(),
    households: z.number().int().nullable(),
    estateCount: z.number().int(),
  }),
  stageModel: stageModelSchema,
  stageCounts: z.array(z.object({ stage: z.string(), count: z.number().int() })),
  unassessed: z.number().int(),
  statusCounts: z.object({ active: z.number().int(), inactive: z.number().int(), dissolved: z.number().int() }),
  /** Organizations at home elsewhere that serve this community today. */
  servingCount: z.number().int(),
  /** Residents of this community registered in Seedbed. */
  residentCount: z.number().int(),
});
export type CommunityOverview = z.infer<typeof communityOverviewSchema>;
