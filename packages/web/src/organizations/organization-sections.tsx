import { can, type OrganizationDetail } from '@seedbed/core';
import { InviteLeader } from '../accounts';
import { useUser } from '../shared/session';
import { HandOverLeadership } from './hand-over-leadership';
import { MemberList } from './member-list';
import { MemberManager } from './member-manager';
import { OrganizationEditForm } from './organization-edit-form';
import { RegistrySections } from './registry-sections';

/**
 * The organization's members and register, as staff read them on its page and its own team in
 * 队伍资料: who is in it (and, for its leader or staff, adding, roles, leaving, 移交队长), its
 * description, its sub-teams, history and relations; staff invite its leader.
 */
export function MembersAndRegistry({
  organization,
  onSaved,
}: {
  organization: OrganizationDetail;
  onSaved: (updated: OrganizationDetail) => void;
}) {
  const user = useUser();
  const leader = organization.members?.find((member) => member.role === 'leader');
  return (
    <>
      <MemberList members={organization.members} memberCount={organization.memberCount} />
      {can(user, 'organization.members.manage') && organization.members !== null && (
        <MemberManager organization={organization} onChanged={onSaved} />
      )}
      {organization.members !== null && <HandOverLeadership organization={organization} onHandedOver={onSaved} />}
      {organization.canEdit && <OrganizationEditForm organization={organization} onSaved={onSaved} />}
      <RegistrySections
        organizationId={organization.id}
        streetId={organization.streetId}
        homeCommunityId={organization.homeCommunityId}
      />
      {can(user, 'invite.create') && (
        <InviteLeader
          organizationId={organization.id}
          suggestedName={leader?.name ?? ''}
          members={organization.members ?? []}
        />
      )}
    </>
  );
}
