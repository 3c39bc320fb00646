import type { CommunityDetail, CommunitySurvey, OrganizationSummary } from '@seedbed/core';
import { can } from '@seedbed/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CommunityPlannedSection } from '../activities';
import { SpacesLink } from '../allocation';
import { currentLocale } from '../i18n';
import { OrganizationTable } from '../organizations';
import { useDocumentTitle } from '../shared/document-title';
import { Loading } from '../shared/loading';
import { NumberTile } from '../shared/number-tile';
import { PagedList, pageOf, useListPaging } from '../shared/paged-list';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { EstateList } from './estate-list';

// The survey is staff work with forms and charts: loaded on demand, not on a leader's phone.
const SurveySection = lazy(() => import('./survey-section').then((m) => ({ default: m.SurveySection })));

/** A community 社区: its figures, its estates 小区, and the organizations based in or serving it. */
export function CommunityPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<CommunityDetail>(`/api/communities/${encodeURIComponent(id)}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(community) => <CommunityView community={community} />}
    </ResourceView>
  );
}

function CommunityView({ community }: { community: CommunityDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = currentLocale();
  useDocumentTitle(community.name);
  const empty = t('common.empty');
  // A survey save answers with the fresh survey: its estates and figures replace the ones loaded
  // with the page, so an estate added in the survey shows in the cards at once, without a reload.
  const [survey, setSurvey] = useState<CommunitySurvey | null>(null);
  const estates = survey?.estates ?? community.estates;
  const residentPopulation = survey ? survey.profile.residentPopulation : community.residentPopulation;
  const households = survey ? survey.profile.households : community.households;
  const committeeAttitude = survey ? survey.profile.committeeAttitude : community.committeeAttitude;
  return (
    <article className="page page--wide" data-testid="community-page">
      <header className="page-header">
        <h1 data-testid="community-name">{community.name}</h1>
        <p className="muted">
          <span className="label">{t('community.street')}</span>{' '}
          {can(user, 'street.read') ? (
            <Link to={`/streets/${community.streetId}`}>{community.streetName}</Link>
          ) : (
            community.streetName
          )}
        </p>
      </header>
      <section aria-label={t('community.figuresLabel')} className="tiles">
        <NumberTile label={t('community.residents')} value={residentPopulation} locale={locale} />
        <NumberTile label={t('community.households')} value={households} locale={locale} />
        <NumberTile label={t('community.estateCount')} value={estates.length} locale={locale} />
        <NumberTile label={t('community.organizationCount')} value={community.organizations.length} locale={locale} />
        {can(user, 'community.committee_attitude.read') && (
          <div className="tile">
            <span className="tile__label">{t('community.attitude')}</span>
            <span className="tile__value tile__value--text" data-testid="committee-attitude">
              {committeeAttitude ? t(`committeeAttitude.${committeeAttitude}`) : empty}
            </span>
          </div>
        )}
      </section>
      <SpacesLink communityId={community.id} />
      {can(user, 'activity.read') && <CommunityPlannedSection communityId={community.id} />}
      <section aria-labelledby="estates-title">
        <h2 id="estates-title">{t('community.estatesTitle')}</h2>
        <EstateList estates={estates} />
      </section>
      <section aria-labelledby="organizations-title">
        <h2 id="organizations-title">{t('community.organizationsTitle')}</h2>
        {can(user, 'organization.create') && (
          <Link
            className="button"
            to={`/organizations/new?communityId=${community.id}`}
            data-testid="community-new-organization"
          >
            {t('organizations.newOrganization.link')}
          </Link>
        )}
        {community.organizations.length > 0 ? (
          <CommunityOrganizations organizations={community.organizations} />
        ) : (
          <p className="muted">{t('community.noOrganizations')}</p>
        )}
      </section>
      {can(user, 'community.survey.read') && (
        <Suspense fallback={<Loading />}>
          <SurveySection communityId={community.id} onSaved={setSurvey} />
        </Suspense>
      )}
    </article>
  );
}

/** The organizations based in or serving the community, a page at a time, found by name. */
function CommunityOrganizations({ organizations }: { organizations: readonly OrganizationSummary[] }) {
  const { t } = useTranslation();
  const paging = useListPaging();
  const { page, total } = pageOf(organizations, paging, (organization) => organization.name);
  return (
    <PagedList
      paging={paging}
      total={total}
      searchLabel={t('organizations.list.search')}
      testId="community-organizations"
    >
      <OrganizationTable organizations={page} />
    </PagedList>
  );
}
