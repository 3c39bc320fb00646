import type { OrganizationDetail } from '@seedbed/core';
import { useParams } from 'react-router';
import { OrganizationActivitiesSection, usePrefetchActivityForm } from '../activities';
import { TeamBooksSection } from '../books';
import { OrganizationChatSection } from '../chat';
import { OrganizationCoachingSection } from '../coaching';
import { CouncilTermsLink } from '../deliberation';
import { TeamGrantsLink } from '../grants';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { OrganizationVolunteerHours } from '../volunteering';
import { CaseOutcomesSection } from './case-outcomes-section';
import { OrganizationFacts } from './organization-facts';
import { MembersAndRegistry } from './organization-sections';
import { ServiceModelSection } from './service-model-section';
import { StageBadge } from './stage-badge';
import { StageSection } from './stage-timeline';
import { type OrganizationViewProps, TeamHome } from './team-home';

/**
 * One organization. Its own team (leader, deputy, member) gets its home, phone-first: what a leader
 * does on top, the register and growth folded (team-home.tsx). Everyone else — staff, officials,
 * funders — reads the whole record open, densely: who it is, its stage, activities, coaching,
 * members and register; staff invite its leader.
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

function OrganizationView({ organization, onSaved, onAssessed }: OrganizationViewProps) {
  const user = useUser();
  useDocumentTitle(organization.name);
  // The team's own people open this page to record what they did (issue 16): their home puts it
  // first, not under the record and stage material staff read.
  const ownTeam = user.scopeKind === 'organization' && user.scopeId === organization.id;
  usePrefetchActivityForm(organization, ownTeam);
  if (ownTeam) return <TeamHome organization={organization} onSaved={onSaved} onAssessed={onAssessed} />;
  return (
    <article className="page page--narrow organization-page" data-testid="organization-page">
      <header className="page-header">
        <h1 data-testid="organization-name">{organization.name}</h1>
        <StageBadge stage={organization.stage} />
      </header>
      <OrganizationFacts organization={organization} />
      <StageSection organizationId={organization.id} onAssessed={onAssessed} />
      <ServiceModelSection organizationId={organization.id} />
      <OrganizationActivitiesSection organizationId={organization.id} />
      <OrganizationCoachingSection organizationId={organization.id} />
      <OrganizationVolunteerHours organizationId={organization.id} />
      <TeamBooksSection organizationId={organization.id} />
      <OrganizationChatSection organizationId={organization.id} />
      <TeamGrantsLink organizationId={organization.id} />
      <CouncilTermsLink organization={organization} />
      <MembersAndRegistry organization={organization} onSaved={onSaved} />
      <CaseOutcomesSection organizationId={organization.id} />
    </article>
  );
}
