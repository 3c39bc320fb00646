import { can, maskPhone, type OrganizationDetail } from '@seedbed/core';
import { type Db, findOrganization, listCurrentMembers } from '@seedbed/db';
import type { Caller } from '../http/env';

/** The organization as this caller may see it: names only for roles that work with it, phones masked unless allowed. */
export async function detailFor(db: Db, caller: Caller, id: string) {
  const found = await findOrganization(db, caller.scope, id);
  if (!found.ok) return found;
  const showNames = can(caller.role, 'organization.members.read');
  const showContacts = can(caller.role, 'person.contact.read');
  const members = showNames
    ? (await listCurrentMembers(db, id)).map((m) => ({
        personId: m.personId,
        name: m.name,
        role: m.role as NonNullable<OrganizationDetail['members']>[number]['role'],
        joinedOn: m.joinedOn,
        phone: showContacts ? m.phone : maskPhone(m.phone),
      }))
    : null;
  const { accountableAdult } = found.value;
  const detail: OrganizationDetail = {
    ...found.value,
    accountableAdult: accountableAdult && {
      personId: accountableAdult.personId,
      name: showNames ? accountableAdult.name : null,
    },
    members,
    canEdit: can(caller.role, 'organization.update'),
  };
  return { ok: true as const, value: detail };
}
