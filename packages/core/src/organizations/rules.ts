import { fail, ok, type Result } from '../errors';
import type { OrganizationCreateInput } from './schemas';

/** Rules for a new organization that the schema alone cannot check. `today` is YYYY-MM-DD in Shanghai. */
export function checkNewOrganization(input: OrganizationCreateInput, today: string): Result<OrganizationCreateInput> {
  if (input.foundedOn && input.foundedOn > today) return fail('organization.future_founding');
  return ok({
    ...input,
    servedCommunityIds: [...new Set(input.servedCommunityIds.filter((id) => id !== input.homeCommunityId))],
  });
}
