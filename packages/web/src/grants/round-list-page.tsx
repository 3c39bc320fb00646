import { can, formatFen, type GrantRoundSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

/** The micro-grant rounds the staff member's street holds, newest first. */
export function RoundListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('grants.list.title'));
  const user = useUser();
  const locale = currentLocale();
  const { resource, reload } = useResource<GrantRoundSummary[]>('/api/grant-rounds');
  return (
    <article className="page page--wide" data-testid="grant-round-list-page">
      <header className="page-header">
        <h1>{t('grants.list.title')}</h1>
        {can(user, 'grants.round.manage') && (
          <Link className="button button--primary" to="/grants/rounds/new" data-testid="grant-round-new">
            {t('grants.list.new')}
          </Link>
        )}
        <Link to="/grants/directions" data-testid="grant-directions-link">
          {t('grants.directions.title')}
        </Link>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(rounds) =>
          rounds.length === 0 ? (
            <p className="muted">{t('grants.list.empty')}</p>
          ) : (
            <DataTable
              testId="grant-round-table"
              rows={rounds}
              rowKey={(round) => round.id}
              columns={[
                {
                  label: t('grants.list.name'),
                  isRowHeader: true,
                  cell: (round) => <Link to={`/grants/rounds/${round.id}`}>{round.name}</Link>,
                },
                {
                  label: t('grants.list.period'),
                  cell: (round) => `${formatDate(round.startsOn, locale)} – ${formatDate(round.endsOn, locale)}`,
                },
                {
                  label: t('grants.list.status'),
                  cell: (round) =>
                    round.isPublicNoticeOpen ? t('grants.noticeOpen') : t(`grants.status.${round.status}`),
                },
                {
                  label: t('grants.list.budget'),
                  isNumeric: true,
                  cell: (round) => formatFen(round.totalBudgetFen, locale),
                },
              ]}
            />
          )
        }
      </ResourceView>
    </article>
  );
}
