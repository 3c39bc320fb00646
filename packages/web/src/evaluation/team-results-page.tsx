import {
  evaluationDimensions,
  isPeerScoreWithheld,
  selfGapExplanation,
  type TeamEvaluationResult,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { dimensionText } from './dimension-columns';
import './evaluation.css';

/**
 * The team's own results, once released (phone): each dimension with its weight, the total and
 * rank, the gap between its own score and the others' in plain words with why it matters (seed
 * 002: "自评与他评的差异…可以让受评者了解自我认知与社会认知之间的落差"), and the incubator's advice. The
 * peer dimension is a mean; nobody is named.
 */
export function TeamResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t('evaluation.result.title'));
  const { resource, reload } = useResource<TeamEvaluationResult[]>(`/api/organizations/${id}/evaluation-results`);
  return (
    <article className="page page--narrow" data-testid="evaluation-team-results-page">
      <header className="page-header">
        <h1>{t('evaluation.result.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(lines) =>
          lines.length === 0 ? (
            <p className="muted">{t('evaluation.result.empty')}</p>
          ) : (
            lines.map((line) => <ResultCard key={line.campaign.id} line={line} />)
          )
        }
      </ResourceView>
    </article>
  );
}

function ResultCard({ line }: { line: TeamEvaluationResult }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { campaign, result } = line;
  return (
    <section className="card" data-testid="evaluation-team-result">
      <h2>{campaign.name}</h2>
      <p>
        <strong>
          {result.total === null
            ? t('evaluation.result.waiting')
            : t('evaluation.result.total', { total: result.total })}
        </strong>
        {result.rank !== null && ` · ${t('evaluation.result.rank', { rank: result.rank })}`}
      </p>
      <dl className="evaluation-result-figures">
        {evaluationDimensions.map((dimension) => (
          <div key={dimension}>
            <dt>
              {t(`evaluation.dimension.${dimension}`)} {campaign.weights[dimension]}%
            </dt>
            <dd>{dimensionText(result, dimension, t)}</dd>
          </div>
        ))}
      </dl>
      {isPeerScoreWithheld(result.sheetCounts.peer) ? (
        <p className="muted" data-testid="evaluation-team-peer-withheld">
          {t('evaluation.result.peerWithheld')}
        </p>
      ) : (
        result.sheetCounts.peer > 0 && (
          <p className="muted">{t('evaluation.result.peerMean', { count: result.sheetCounts.peer })}</p>
        )
      )}
      {result.gap && (
        <>
          <h3>{t('evaluation.result.gapTitle')}</h3>
          <p className={result.gap.isSignal ? 'evaluation-gap--signal' : undefined} data-testid="evaluation-team-gap">
            {selfGapExplanation(result.gap, locale)}
          </p>
          <p className="muted">{t('evaluation.result.gapWhy')}</p>
        </>
      )}
      <h3>{t('evaluation.result.advice')}</h3>
      <p data-testid="evaluation-team-advice">{result.advice || t('evaluation.result.noAdvice')}</p>
    </section>
  );
}
