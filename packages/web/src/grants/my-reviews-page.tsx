import { formatFen, type MyGrantAssignment } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { MyConflicts } from './review-conflicts';

/**
 * A reviewer's own list: only the proposals assigned to them, and whether each is scored; below it,
 * the conflicts they declare per round they review in.
 */
export function MyReviewsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  useDocumentTitle(t('grantReviews.mine.title'));
  const { resource, reload } = useResource<MyGrantAssignment[]>('/api/grant-reviews/mine');
  return (
    <article className="page page--wide" data-testid="grant-my-reviews-page">
      <header className="page-header">
        <h1>{t('grantReviews.mine.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(assignments) =>
          assignments.length === 0 ? (
            <p className="muted">{t('grantReviews.mine.empty')}</p>
          ) : (
            <DataTable
              testId="grant-my-reviews"
              rows={assignments}
              rowKey={(assignment) => assignment.id}
              columns={[
                {
                  label: t('grantReviews.mine.proposal'),
                  isRowHeader: true,
                  cell: (assignment) => (
                    <Link to={`/grants/reviews/${assignment.id}`} data-testid="grant-my-review-open">
                      {assignment.proposalTitle}
                    </Link>
                  ),
                },
                { label: t('grantReviews.mine.team'), cell: (assignment) => assignment.organizationName },
                { label: t('grantReviews.mine.round'), cell: (assignment) => assignment.roundName },
                {
                  label: t('grantReviews.mine.requested'),
                  isNumeric: true,
                  cell: (assignment) => formatFen(assignment.requestedFen, locale),
                },
                {
                  label: t('grantReviews.mine.state'),
                  testId: 'grant-my-review-state',
                  cell: (assignment) =>
                    assignment.isReleased
                      ? t('grantReviews.mine.released')
                      : assignment.reviewedAt
                        ? t('grantReviews.mine.done')
                        : t('grantReviews.mine.todo'),
                },
              ]}
            />
          )
        }
      </ResourceView>
      <MyConflicts />
    </article>
  );
}
