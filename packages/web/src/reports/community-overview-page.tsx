import type { CommunityOverview } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { NumberTile } from '../shared/number-tile';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { OrganizationTiles } from './organization-tiles';
import { StageChart } from './stage-chart';

/**
 * `/communities/:id/overview`: one community's figures, the street overview's kind for this
 * community only — the residents' committee's dashboard. The population the community reports and
 * the residents registered in Seedbed are two labelled numbers.
 */
export default function CommunityOverviewPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<CommunityOverview>(`/api/communities/${encodeURIComponent(id)}/overview`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(overview) => <OverviewView overview={overview} />}
    </ResourceView>
  );
}

function OverviewView({ overview }: { overview: CommunityOverview }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { community } = overview;
  const title = t('street.community.title', { name: community.name });
  useDocumentTitle(title);
  return (
    <article className="page page--wide" data-testid="community-overview">
      <header className="page-header">
        <h1>{title}</h1>
        <p className="muted">
          {t('street.community.street', { street: community.streetName, estates: community.estateCount })}
        </p>
        <Link to={`/communities/${community.id}`}>{t('street.community.toPage')}</Link>
      </header>
      <section className="tiles" aria-label={t('street.kpiLabel')}>
        <NumberTile
          label={t('street.community.population')}
          value={community.residentPopulation}
          locale={locale}
          testId="kpi-population"
        />
        <NumberTile
          label={t('street.community.households')}
          value={community.households}
          locale={locale}
          testId="kpi-households"
        />
        <NumberTile
          label={t('street.kpi.registered')}
          value={overview.residentCount}
          locale={locale}
          testId="kpi-residents"
        />
        <OrganizationTiles statusCounts={overview.statusCounts} locale={locale} />
        <NumberTile
          label={t('street.community.serving')}
          value={overview.servingCount}
          locale={locale}
          testId="kpi-serving"
        />
      </section>
      <StageChart overview={overview} />
    </article>
  );
}
