import { formatFen, type GrantProposal, type ReleasedScores } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './determination-notice.css';

/**
 * The determination as a notice (评审结果通知): what the team reads on its phone, and what staff
 * print on A4 (determination-notice.css's print rules hide the app around it). Plain sentences:
 * approved for how much of what was asked and why, declined and why, or what to add.
 */
export function DeterminationNotice({ proposal }: { proposal: GrantProposal }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (proposal.determination === null) return <p className="muted">{t('grantReviews.notice.none')}</p>;
  const values = {
    title: proposal.title,
    amount: proposal.approvedFen === null ? '' : formatFen(proposal.approvedFen, locale),
    requested: formatFen(proposal.requestedFen, locale),
  };
  return (
    <section className="grant-notice" data-testid="grant-determination-notice">
      <h2>{t('grantReviews.notice.title')}</h2>
      <p>{t('grantReviews.notice.round', { name: proposal.round.name })}</p>
      <p>{t('grantReviews.notice.team', { name: proposal.organization.name })}</p>
      <p className="grant-notice-result" data-testid="grant-determination-result">
        {t(`grantReviews.notice.${proposal.determination}`, values)}
      </p>
      {proposal.determinationReason && (
        <p data-testid="grant-determination-reason-shown">
          {t('grantReviews.notice.reason', { reason: proposal.determinationReason })}
        </p>
      )}
      {proposal.determinedAt && (
        <p className="muted">
          {t('grantReviews.notice.decidedOn', { date: formatDate(proposal.determinedAt.slice(0, 10), locale) })}
        </p>
      )}
    </section>
  );
}

/** The team's released scores under the notice, when staff have released them (nothing before). */
function ReleasedScoresView({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const { resource } = useResource<ReleasedScores>(`/api/grant-proposals/${proposalId}/scores`);
  if (resource.status !== 'ready') return null;
  const { scores, comments } = resource.data;
  return (
    <section className="grant-notice" data-testid="grant-released-scores">
      <h2>{t('grantReviews.notice.scores')}</h2>
      {scores.total !== null && <p>{t('grantReviews.notice.scoresTotal', { total: scores.total.toFixed(2) })}</p>}
      <ul>
        {scores.criteria.map((criterion) => (
          <li key={criterion.key}>
            {criterion.name}：{criterion.mean.toFixed(2)} / {criterion.maxPoints}
          </li>
        ))}
      </ul>
      {comments.some((entry) => entry.comment) && (
        <>
          <h3>{t('grantReviews.notice.comments')}</h3>
          <ul>
            {comments
              .filter((entry) => entry.comment)
              .map((entry, index) => (
                // Sheets are unnamed and fixed once released: their order is their key.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={index}>{entry.comment}</li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** /grants/proposals/:id/notice — the notice alone, for the phone and for printing. */
export function DeterminationNoticePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('grantReviews.notice.title'));
  const { resource, reload } = useResource<GrantProposal>(`/api/grant-proposals/${id}`);
  return (
    <article className="page grant-notice-page" data-testid="grant-notice-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(proposal) => (
          <>
            <DeterminationNotice proposal={proposal} />
            <ReleasedScoresView proposalId={proposal.id} />
            <button type="button" className="button grant-notice-print" onClick={() => window.print()}>
              {t('grantReviews.notice.print')}
            </button>
          </>
        )}
      </ResourceView>
    </article>
  );
}
