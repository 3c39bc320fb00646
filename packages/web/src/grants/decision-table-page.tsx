import {
  can,
  type DecisionCandidateView,
  type DecisionRow,
  type DecisionTableView,
  decisionTable,
  formatFen,
} from '@seedbed/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { AgreementForm } from './agreement-form';
import { agreementPagePath } from './agreement-paths';
import { DeterminationForm } from './determination-form';
import { fenToYuanText, yuanTextToFen } from './money-input';
import { PresentationMark } from './presentation-mark';
import { ReviewSettings } from './review-settings';
import './grants.css';

/**
 * The committee's decision table (staff, desktop): proposals best first with what they ask, what
 * reviewers recommend, the scores and the yes/maybe/no, and the budget left after each choice as
 * the committee ticks them (core's `decisionTable`, recomputed on every tick). Approved proposals
 * start ticked at their approved amount. Each title opens the proposal (立案评审's eligibility, the
 * 多方对话会 records); 展示评审 marks are entered in their column.
 */
export function DecisionTablePage() {
  const { id = '' } = useParams();
  const { resource, reload, refresh } = useResource<DecisionTableView>(`/api/grant-rounds/${id}/decision-table`);
  return (
    <article className="page page--wide" data-testid="grant-decision-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(view) => <DecisionTableScreen view={view} onChanged={refresh} />}
      </ResourceView>
    </article>
  );
}

type Candidate = DecisionCandidateView;

function DecisionTableScreen({ view, onChanged }: { view: DecisionTableView; onChanged: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  useDocumentTitle(t('grantReviews.table.title', { name: view.roundName }));
  const [chosen, setChosen] = useState<Map<string, string>>(
    () =>
      new Map(
        view.candidates.flatMap((candidate) =>
          candidate.determination === 'approved' && candidate.approvedFen !== null
            ? [[candidate.proposalId, fenToYuanText(candidate.approvedFen)] as const]
            : [],
        ),
      ),
  );
  const [deciding, setDeciding] = useState<Candidate | null>(null);
  const [agreeing, setAgreeing] = useState<Candidate | null>(null);
  const mayMakeAgreements = can(useUser(), 'grants.agreement.manage');
  const table = useMemo(
    () =>
      decisionTable(
        view.totalBudgetFen,
        view.candidates,
        [...chosen].map(([proposalId, yuan]) => ({ proposalId, amountFen: yuanTextToFen(yuan) ?? 0 })),
      ),
    [view, chosen],
  );
  const byId = new Map(view.candidates.map((candidate) => [candidate.proposalId, candidate]));

  function toggle(row: DecisionRow) {
    setChosen((before) => {
      const next = new Map(before);
      if (next.has(row.proposalId)) next.delete(row.proposalId);
      else next.set(row.proposalId, fenToYuanText(row.recommendedFen));
      return next;
    });
  }

  return (
    <>
      <header className="page-header">
        <h1>{t('grantReviews.table.title', { name: view.roundName })}</h1>
      </header>
      <p data-testid="grant-decision-budget" className={table.isOverBudget ? 'grant-over-budget' : undefined}>
        {t('grantReviews.table.budget', {
          total: formatFen(view.totalBudgetFen, locale),
          chosen: formatFen(table.chosenTotalFen, locale),
          left: formatFen(table.budgetLeftFen, locale),
        })}
        {table.isOverBudget && <strong> {t('grantReviews.table.overBudget')}</strong>}
      </p>
      <ReviewSettings view={view} onChanged={onChanged} />
      {table.rows.length === 0 ? (
        <p className="muted">{t('grantReviews.table.noProposals')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table grant-decision-table" data-testid="grant-decision-table">
            <thead>
              <tr>
                <th scope="col">{t('grantReviews.table.rank')}</th>
                <th scope="col">{t('grantReviews.table.proposal')}</th>
                <th scope="col" className="numeric">
                  {t('grantReviews.table.requested')}
                </th>
                <th scope="col" className="numeric">
                  {t('grantReviews.table.recommended')}
                </th>
                <th scope="col" className="numeric">
                  {t('grantReviews.table.total')}
                </th>
                <th scope="col">{t('grantReviews.table.reviews')}</th>
                <th scope="col">{t('grantReviews.presentation.title')}</th>
                <th scope="col">{t('grantReviews.table.choose')}</th>
                <th scope="col" className="numeric">
                  {t('grantReviews.table.left')}
                </th>
                <th scope="col">{t('grantReviews.table.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => {
                const candidate = byId.get(row.proposalId)!;
                return (
                  <tr key={row.proposalId} data-testid="grant-decision-row" data-proposal={row.proposalId}>
                    <td data-label={t('grantReviews.table.rank')}>{row.rank ?? '–'}</td>
                    <th scope="row" data-label={t('grantReviews.table.proposal')}>
                      <Link to={`/proposals/${row.proposalId}`} data-testid="grant-decision-proposal">
                        {row.title}
                      </Link>
                      <br />
                      <span className="muted">{row.organizationName}</span>
                    </th>
                    <td className="numeric" data-label={t('grantReviews.table.requested')}>
                      {formatFen(row.requestedFen, locale)}
                    </td>
                    <td className="numeric" data-label={t('grantReviews.table.recommended')}>
                      {formatFen(row.recommendedFen, locale)}
                    </td>
                    <td
                      className="numeric"
                      data-label={t('grantReviews.table.total')}
                      data-testid="grant-decision-total"
                    >
                      {row.scores.total?.toFixed(2) ?? '–'}
                      {row.scores.isSpreadFlagged && (
                        <span className="badge grant-spread" data-testid="grant-decision-spread">
                          {t('grantReviews.table.spread', { spread: row.scores.spread?.toFixed(2) })}
                        </span>
                      )}
                    </td>
                    <td data-label={t('grantReviews.table.reviews')}>
                      {t('grantReviews.table.reviewCount', {
                        done: row.scores.reviewCount,
                        assigned: candidate.assignedCount,
                      })}
                      <br />
                      {t('grantReviews.table.counts', row.scores.recommendations)}
                    </td>
                    <td data-label={t('grantReviews.presentation.title')}>
                      <PresentationMark candidate={candidate} onRecorded={onChanged} />
                    </td>
                    <td data-label={t('grantReviews.table.choose')}>
                      <label className="grant-choose">
                        <input
                          type="checkbox"
                          checked={chosen.has(row.proposalId)}
                          onChange={() => toggle(row)}
                          data-testid="grant-decision-choose"
                        />
                        <span className="visually-hidden">{t('grantReviews.table.choose')}</span>
                      </label>
                      {chosen.has(row.proposalId) && (
                        <input
                          className="grant-amount"
                          inputMode="decimal"
                          aria-label={t('grantReviews.table.chosenYuan')}
                          value={chosen.get(row.proposalId)}
                          onChange={(event) => {
                            const typed = event.target.value;
                            setChosen((before) => new Map(before).set(row.proposalId, typed));
                          }}
                          data-testid="grant-decision-amount"
                        />
                      )}
                    </td>
                    <td className="numeric" data-label={t('grantReviews.table.left')} data-testid="grant-decision-left">
                      {formatFen(row.budgetLeftFen, locale)}
                    </td>
                    <td data-label={t('grantReviews.table.decision')}>
                      <span data-testid="grant-decision-state">
                        {candidate.determination
                          ? t(`grantReviews.determination.${candidate.determination}`)
                          : t('grantReviews.table.none')}
                        {candidate.approvedFen !== null && ` ${formatFen(candidate.approvedFen, locale)}`}
                      </span>
                      <button
                        type="button"
                        className="button"
                        onClick={() => setDeciding(candidate)}
                        data-testid="grant-decision-decide"
                      >
                        {t('grantReviews.table.decide')}
                      </button>
                      {candidate.agreementId ? (
                        <Link
                          className="button button--secondary"
                          to={agreementPagePath(candidate.agreementId)}
                          data-testid="grant-decision-agreement"
                        >
                          {t('grants.money.make.open')}
                        </Link>
                      ) : (
                        candidate.determination === 'approved' &&
                        mayMakeAgreements && (
                          <button
                            type="button"
                            className="button button--primary"
                            onClick={() => setAgreeing(candidate)}
                            data-testid="grant-decision-make-agreement"
                          >
                            {t('grants.money.make.button')}
                          </button>
                        )
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {agreeing && <AgreementForm candidate={agreeing} onCancel={() => setAgreeing(null)} />}
      {deciding && (
        <DeterminationForm
          candidate={deciding}
          suggestedYuan={chosen.get(deciding.proposalId) ?? fenToYuanText(deciding.requestedFen)}
          onCancel={() => setDeciding(null)}
          onSaved={() => {
            setDeciding(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
