import { fail, ok, type Result } from '@seedbed/core';
import { updateAudited } from '../audited';
import type { StoreContext, TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { writeUnderOrganization } from './lock';

type Reader = Pick<StoreContext | TxContext, 'db' | 'scope'>;

/**
 * One change of an organization the caller may see: 403 when the organization is out of scope,
 * 404 `organization.unknown` or `organization.change_unknown` when either is unknown. Checked before
 * an upload is read, so an outsider learns nothing and a file is never stored for no change.
 */
export async function findChange(call: Reader, organizationId: string, changeId: string) {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const change = await call.db
    .selectFrom('organization_changes')
    .select(['id', 'field', 'value', 'confirmed_at', 'document_file_key', 'document_file_type'])
    .where('id', '=', changeId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!change) return fail<typeof change & object>('organization.change_unknown');
  return ok({ ...change, homeCommunityId: organization.value.home_community_id });
}

/** Attaches an uploaded document (already checked and stored) to one change of the organization. */
export function attachChangeDocument(
  call: StoreContext,
  organizationId: string,
  changeId: string,
  file: { key: string; type: string },
): Promise<Result<{ id: string }>> {
  return writeUnderOrganization(call, organizationId, ok(true), async (tx) => {
    const change = await findChange(tx, organizationId, changeId);
    if (!change.ok) return change;
    await updateAudited(
      tx,
      'organization_changes',
      changeId,
      { document_file_key: file.key, document_file_type: file.type },
      { action: 'organization.change.document' },
    );
    return ok({ id: changeId });
  });
}

/** The stored document of a change the caller may see. */
export async function findChangeDocument(
  call: Reader,
  organizationId: string,
  changeId: string,
): Promise<Result<{ key: string; type: string }>> {
  const change = await findChange(call, organizationId, changeId);
  if (!change.ok) return change;
  const { document_file_key: key, document_file_type: type } = change.value;
  if (!key || !type) return fail('organization.document_missing');
  return ok({ key, type });
}
