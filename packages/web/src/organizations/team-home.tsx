import { can, type OrganizationDetail } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { OrganizationActivityFigures, TeamActivitiesHome } from '../activities';
import { SpacesLink } from '../allocation';
import { TeamBooksSection } from '../books';
import { OrganizationChatSection } from '../chat';
import { OrganizationCoachingSection } from '../coaching';
import { TeamEvaluationLinks } from '../evaluation';
import { TeamGrantsLink, TeamOpenRounds, TeamProposalsSection } from '../grants';
import { useUser } from '../shared/session';
import { OrganizationVolunteerHours } from '../volunteering';
import { CaseOutcomesSection } from './case-outcomes-section';
import { OrganizationFacts } from './organization-facts';
import { MembersAndRegistry } from './organization-sections';
import { ServiceModelSection } from './service-model-section';
import { StageBadge } from './stage-badge';
import { StageSection } from './stage-timeline';
import { TeamFold } from './team-fold';

/**
 * The team's own page — its leader's home on a phone (issue 16): what a leader does first
 * (举办了, 记录活动, what waits, the last records), then the team's register and its growth
 * folded into 队伍资料 and 成长档案, each one tap away and remembered on the phone. Staff and
 * officials keep the whole page open (organization-page.tsx).
 */
export interface OrganizationViewProps {
  organization: OrganizationDetail;
  onSaved: (updated: OrganizationDetail) => void;
  onAssessed: () => void;
}

export function TeamHome({ organization, onSaved, onAssessed }: OrganizationViewProps) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <article className="page page--narrow organization-page team-home" data-testid="organization-page">
      <header className="page-header">
        <h1 data-testid="organization-name">{organization.name}</h1>
        <StageBadge stage={organization.stage} />
      </header>
      <TeamActivitiesHome organizationId={organization.id} />
      <TeamOpenRounds organizationId={organization.id} />
      <TeamEvaluationLinks organizationId={organization.id} />
      <TeamFold
        id="team-records"
        title={t('organizations.home.teamRecords')}
        summary={t('organizations.home.teamRecordsSummary')}
      >
        <OrganizationFacts organization={organization} />
        <MembersAndRegistry organization={organization} onSaved={onSaved} />
      </TeamFold>
      <SpacesLink communityId={organization.homeCommunityId} />
      <TeamFold id="team-books" title={t('books.title')} summary={t('books.foldSummary')}>
        <TeamBooksSection organizationId={organization.id} />
      </TeamFold>
      <TeamFold id="team-proposals" title={t('proposals.teamTitle')} summary={t('proposals.write')}>
        <TeamProposalsSection organizationId={organization.id} />
        <TeamGrantsLink organizationId={organization.id} />
      </TeamFold>
      {can(user, 'chat.figures.read') && (
        <TeamFold id="team-chat" title={t('chat.section.title')} summary={t('organizations.home.chatSummary')}>
          <OrganizationChatSection organizationId={organization.id} />
        </TeamFold>
      )}
      <TeamFold
        id="growth-record"
        title={t('organizations.home.growthRecord')}
        summary={t('organizations.home.growthRecordSummary')}
      >
        <StageSection organizationId={organization.id} onAssessed={onAssessed} />
        <ServiceModelSection organizationId={organization.id} />
        <OrganizationActivityFigures organizationId={organization.id} />
        <OrganizationCoachingSection organizationId={organization.id} />
        <OrganizationVolunteerHours organizationId={organization.id} />
        <CaseOutcomesSection organizationId={organization.id} />
      </TeamFold>
    </article>
  );
}
