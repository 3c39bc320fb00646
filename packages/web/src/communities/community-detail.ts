import type { CommunitySummary, Estate, OrganizationSummary } from '@seedbed/core';

/**
 * GET /api/communities/:id. Built from core's types because core has no schema for the whole
 * answer yet; when it gains one (communityDetailSchema), use `Parsed<typeof …>` instead.
 * `organizations` are those based in the community or serving it.
 */
export type CommunityDetail = Omit<CommunitySummary, 'organizationCount'> & {
  streetName: string;
  estates: Estate[];
  organizations: OrganizationSummary[];
};
