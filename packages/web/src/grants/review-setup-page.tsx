import {
  type DecisionTableView,
  type GrantReviewer,
  type ReviewerCandidate,
  type ReviewerExpertise,
  reviewerExpertises,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useResource } from '../shared/use-resource';
import { conflictText } from './review-conflicts';
import './grants.css';

/**
 * A round's review for staff (desktop): its reviewers with the conflicts they declared, adding one,
 * and assigning submitted proposals — an obvious conflict comes back as the server's message.
 */
export function ReviewSetupPage() {
  const { id = '' } = useParams();
  const reviewers = useResource<GrantReviewer[]>(`/api/grant-rounds/${id}/reviewers`);
  const table = useResource<DecisionTableView>(`/api/grant-rounds/${id}/decision-table`);
  return (
    <article className="page page--wide" data-testid="grant-review-setup-page">
      <ResourceView resource={table.resource} onRetry={table.reload}>
        {(view) => (
          <ResourceView resource={reviewers.resource} onRetry={reviewers.reload}>
            {(list) => <ReviewSetup view={view} reviewers={list} onChanged={reviewers.refresh} />}
          </ResourceView>
        )}
      </ResourceView>
    </article>
  );
}

function ReviewSetup({
  view,
  reviewers,
  onChanged,
}: {
  view: DecisionTableView;
  reviewers: GrantReviewer[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  useDocumentTitle(t('grantReviews.setup.title', { name: view.roundName }));
  const titles = new Map(view.candidates.map((candidate) => [candidate.proposalId, candidate.title]));
  return (
    <>
      <header className="page-header">
        <h1>{t('grantReviews.setup.title', { name: view.roundName })}</h1>
        <Link to={`/grants/rounds/${view.roundId}/decisions`} data-testid="grant-open-decisions">
          {t('grantReviews.setup.decisions')}
        </Link>
      </header>
      <section>
        <h2>{t('grantReviews.setup.reviewers')}</h2>
        {reviewers.length === 0 ? (
          <p className="muted">{t('grantReviews.setup.noReviewers')}</p>
        ) : (
          <DataTable
            testId="grant-reviewers"
            rows={reviewers}
            rowKey={(reviewer) => reviewer.id}
            columns={[
              { label: t('grantReviews.setup.reviewer'), isRowHeader: true, cell: (reviewer) => reviewer.displayName },
              {
                label: t('grantReviews.setup.expertise'),
                cell: (reviewer) => t(`grantReviews.expertise.${reviewer.expertise}`),
              },
              {
                label: t('grantReviews.setup.conflicts'),
                testId: 'grant-reviewer-conflicts',
                cell: (reviewer) =>
                  reviewer.conflicts.length === 0
                    ? t('grantReviews.setup.noConflicts')
                    : reviewer.conflicts.map((conflict) => conflictText(conflict, t)).join('；'),
              },
              {
                label: t('grantReviews.setup.assign'),
                cell: (reviewer) =>
                  t('grantReviews.setup.assigned', {
                    count: reviewer.assignedProposalIds.length,
                    titles: reviewer.assignedProposalIds
                      .map((id) => titles.get(id) ?? '')
                      .join(t('common.listSeparator')),
                  }),
              },
            ]}
          />
        )}
      </section>
      <AddReviewer roundId={view.roundId} onAdded={onChanged} />
      <AssignProposal view={view} reviewers={reviewers} onAssigned={onChanged} />
    </>
  );
}

function useSend(onDone: () => void) {
  const [failure, setFailure] = useState<string | null>(null);
  const [isDone, setDone] = useState(false);
  async function send(request: () => Promise<unknown>) {
    setFailure(null);
    setDone(false);
    try {
      await request();
      setDone(true);
      onDone();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }
  return { failure, isDone, send };
}

function AddReviewer({ roundId, onAdded }: { roundId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const candidates = useResource<ReviewerCandidate[]>(`/api/grant-rounds/${roundId}/reviewer-candidates`);
  const [userId, setUserId] = useState('');
  const [expertise, setExpertise] = useState<ReviewerExpertise>('project');
  const { failure, send } = useSend(onAdded);
  return (
    <section className="card">
      <h2>{t('grantReviews.setup.addReviewer')}</h2>
      <ResourceView resource={candidates.resource} onRetry={candidates.reload}>
        {(list) => (
          <form
            className="form grant-row"
            onSubmit={(event) => {
              event.preventDefault();
              void send(() => api.post(`/api/grant-rounds/${roundId}/reviewers`, { userId, expertise }));
            }}
          >
            <SelectField
              label={t('grantReviews.setup.account')}
              value={userId}
              onChange={setUserId}
              placeholder="—"
              options={list.map((candidate) => ({ value: candidate.userId, label: candidate.displayName }))}
              testId="grant-reviewer-account"
            />
            <SelectField
              label={t('grantReviews.setup.expertise')}
              value={expertise}
              onChange={setExpertise}
              options={reviewerExpertises.map((value) => ({ value, label: t(`grantReviews.expertise.${value}`) }))}
              testId="grant-reviewer-expertise"
            />
            <button
              type="submit"
              className="button button--primary"
              disabled={userId === ''}
              data-testid="grant-reviewer-add"
            >
              {t('grantReviews.setup.add')}
            </button>
          </form>
        )}
      </ResourceView>
      {failure && <ErrorNotice message={failure} />}
    </section>
  );
}

function AssignProposal({
  view,
  reviewers,
  onAssigned,
}: {
  view: DecisionTableView;
  reviewers: GrantReviewer[];
  onAssigned: () => void;
}) {
  const { t } = useTranslation();
  const [proposalId, setProposalId] = useState('');
  const [reviewerUserId, setReviewerUserId] = useState('');
  const { failure, isDone, send } = useSend(onAssigned);
  return (
    <section className="card">
      <h2>{t('grantReviews.setup.assign')}</h2>
      <form
        className="form grant-row"
        onSubmit={(event) => {
          event.preventDefault();
          void send(() => api.post(`/api/grant-rounds/${view.roundId}/assignments`, { proposalId, reviewerUserId }));
        }}
      >
        <SelectField
          label={t('grantReviews.setup.proposal')}
          value={proposalId}
          onChange={setProposalId}
          placeholder="—"
          options={view.candidates.map((candidate) => ({
            value: candidate.proposalId,
            label: `${candidate.title}（${candidate.organizationName}）`,
          }))}
          testId="grant-assign-proposal"
        />
        <SelectField
          label={t('grantReviews.setup.reviewer')}
          value={reviewerUserId}
          onChange={setReviewerUserId}
          placeholder="—"
          options={reviewers.map((reviewer) => ({ value: reviewer.userId, label: reviewer.displayName }))}
          testId="grant-assign-reviewer"
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={proposalId === '' || reviewerUserId === ''}
          data-testid="grant-assign"
        >
          {t('grantReviews.setup.assignButton')}
        </button>
      </form>
      {isDone && <p role="status">{t('grantReviews.setup.assignedOk')}</p>}
      {failure && <ErrorNotice message={failure} />}
    </section>
  );
}
