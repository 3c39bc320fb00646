import type { StreetOverview } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { NumberTile } from '../shared/number-tile';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { CommunityTable } from './community-table';
import { OrganizationTiles } from './organization-tiles';
import { StageChart } from './stage-chart';

/** The staff's first screen for a street: key figures, organizations by stage, communities. Desktop-dense. */
export default function StreetOverviewPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<StreetOverview>(`/api/streets/${encodeURIComponent(id)}/overview`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(overview) => <OverviewView overview={overview} />}
    </ResourceView>
  );
}

function OverviewView({ overview }: { overview: StreetOverview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('street.overviewTitle', { name: overview.street.name });
  useDocumentTitle(title);
  return (
    <article className="page page--wide" data-testid="street-overview">
      <header className="page-header">
        <h1>{title}</h1>
        {overview.street.district && <p className="muted">{overview.street.district}</p>}
      </header>
      <section className="tiles" aria-label={t('street.kpiLabel')}>
        <NumberTile
          label={t('street.kpi.communities')}
          value={overview.communities.length}
          locale={locale}
          testId="kpi-communities"
        />
        <OrganizationTiles statusCounts={overview.statusCounts} locale={locale} />
        <NumberTile
          label={t('street.kpi.population')}
          value={overview.communityPopulation}
          locale={locale}
          testId="kpi-population"
        />
        <NumberTile
          label={t('street.kpi.registered')}
          value={overview.residentCount}
          locale={locale}
          testId="kpi-residents"
        />
      </section>
      <div className="overview-grid">
        <StageChart overview={overview} />
        <section aria-labelledby="communities-title" className="card">
          <h2 id="communities-title">{t('street.communitiesTitle')}</h2>
          <CommunityTable communities={overview.communities} />
        </section>
      </div>
    </article>
  );
}
