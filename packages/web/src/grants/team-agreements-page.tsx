import { formatFen, type GrantAgreement } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './grants.css';
import { TeamOpenRounds } from './team-open-rounds';
import { TeamProposalsSection } from './team-proposals-section';

/**
 * A team's grants on a phone: the rounds open to it with 写提案, one big card per agreement opened
 * in one tap, and its proposals.
 */
export function TeamAgreementsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('grants.money.teamTitle'));
  const { resource, reload } = useResource<GrantAgreement[]>(
    `/api/organizations/${encodeURIComponent(id)}/grant-agreements`,
  );
  return (
    <article className="page page--narrow" data-testid="grant-team-agreements">
      <header className="page-header">
        <h1>{t('grants.money.teamTitle')}</h1>
      </header>
      <TeamOpenRounds organizationId={id} />
      <ResourceView resource={resource} onRetry={reload}>
        {(agreements) =>
          agreements.length === 0 ? (
            <p className="muted">{t('grants.money.none')}</p>
          ) : (
            <ul className="grant-agreements" data-testid="grant-team-agreement-list">
              {agreements.map((agreement) => (
                <li key={agreement.id} className="card">
                  <Link className="button button--secondary button--block" to={`/grants/agreements/${agreement.id}`}>
                    {agreement.title} · {formatFen(agreement.approvedFen, currentLocale())}
                    {agreement.closedAt && ` · ${t('grants.money.closed')}`}
                  </Link>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <section>
        <h2>{t('proposals.teamTitle')}</h2>
        <TeamProposalsSection organizationId={id} />
      </section>
    </article>
  );
}
