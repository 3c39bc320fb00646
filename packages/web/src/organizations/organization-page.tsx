import { can, type OrganizationDetail } from '@seedbed/core';
import { useParams } from 'react-router';
import { InviteLeader } from '../accounts';
import { OrganizationActivitiesSection, usePrefetchActivityForm } from '../activities';
import { OrganizationCoachingSection } from '../coaching';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { OrganizationVolunteerHours } from '../volunteering';
import { CaseOutcomesSection } from './case-outcomes-section';
import { HandOverLeadership } from './hand-over-leadership';
import { MemberList } from './member-list';
import { MemberManager } from './member-manager';
import { OrganizationEditForm } from './organization-edit-form';
import { OrganizationFacts } from './organization-facts';
import { RegistrySections } from './registry-sections';
import { StageBadge } from './stage-badge';
import { StageSection } from './stage-timeline';

/**
 * One organization, phone-first (a leader on a 360 px screen): who it is, its stage, its members;
 * the leader (or staff) edits its description and meeting place; staff invite its leader.
 */
export function OrganizationPage() {
  const { id = '' } = useParams();
  const { resource, replace, reload } = useResource<OrganizationDetail>(`/api/organizations/${encodeURIComponent(id)}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(organization) => (
        <OrganizationView key={organization.id} organization={organization} onSaved={replace} onAssessed={reload} />
      )}
    </ResourceView>
  );
}

function OrganizationView({
  organization,
  onSaved,
  onAssessed,
}: {
  organization: OrganizationDetail;
  onSaved: (updated: OrganizationDetail) => void;
  onAssessed: () => void;
}) {
  const user = useUser();
  useDocumentTitle(organization.name);
  const leader = organization.members?.find((member) => member.role === 'leader');
  // The team's own people open this page to record what they did (issue 16): 记录活动 comes first
  // on their phone, not under the record and stage material staff read.
  const ownTeam = user.scopeKind === 'organization' && user.scopeId === organization.id;
  usePrefetchActivityForm(organization, ownTeam);
  const activities = <OrganizationActivitiesSection organizationId={organization.id} />;
  return (
    <article className="page page--narrow organization-page" data-testid="organization-page">
      <header className="page-header">
        <h1 data-testid="organization-name">{organization.name}</h1>
        <StageBadge stage={organization.stage} />
      </header>
      {ownTeam && activities}
      <OrganizationFacts organization={organization} />
      <StageSection organizationId={organization.id} onAssessed={onAssessed} />
      {!ownTeam && activities}
      <OrganizationCoachingSection organizationId={organization.id} />
      <OrganizationVolunteerHours organizationId={organization.id} />
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
      <CaseOutcomesSection organizationId={organization.id} />
      {can(user, 'invite.create') && (
        <InviteLeader
          organizationId={organization.id}
          suggestedName={leader?.name ?? ''}
          members={organization.members ?? []}
        />
      )}
    </article>
  );
}
