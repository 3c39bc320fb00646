import { mapResult, type OrganizationDetail, organizationDetailAsSeenBy, type Result } from '@seedbed/core';
import { readOrganization } from '@seedbed/db';
import type { Call } from '../http/answer';

/** The organization as the caller's role sees it (core's organizationDetailAsSeenBy). */
export async function showOrganization(call: Call, id: string): Promise<Result<OrganizationDetail>> {
  return mapResult(await readOrganization(call, id), (record) => organizationDetailAsSeenBy(call.caller.role, record));
}

/** What a write of the organization or its members answers with: the organization after it. */
export const showingOrganization = (call: Call) => (id: string) => showOrganization(call, id);
