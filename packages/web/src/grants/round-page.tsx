import { can, formatFen, type GrantObjection, type GrantRound } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { CopyLink } from '../shared/copy-link';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { ObjectionList } from './objection-list';
import { RoundGraduatesSection } from './round-graduates';
import { RoundProposals } from './round-proposals';
import { RoundStepsEditor } from './round-steps-editor';
import './grants.css';

/** A round for staff: its rules in short, the pipeline with today's step, the public link and QR code, objections. */
export function RoundPage() {
  const { id = '' } = useParams();
  const { resource, reload, replace } = useResource<GrantRound>(`/api/grant-rounds/${id}`);
  return (
    <article className="page page--wide" data-testid="grant-round-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(round) => <RoundView round={round} onChange={replace} />}
      </ResourceView>
    </article>
  );
}

function RoundView({ round, onChange }: { round: GrantRound; onChange: (round: GrantRound) => void }) {
  const { t } = useTranslation();
  useDocumentTitle(round.name);
  const user = useUser();
  const locale = currentLocale();
  const mayManage = can(user, 'grants.round.manage');
  const [failure, setFailure] = useState<string | null>(null);
  const objections = useResource<GrantObjection[]>(`/api/grant-rounds/${round.id}/objections`);

  async function publish() {
    setFailure(null);
    try {
      onChange(await api.post<GrantRound>(`/api/grant-rounds/${round.id}/publish`));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  }

  const publicLink = `${window.location.origin}/r/${round.code}`;
  return (
    <>
      <header className="page-header">
        <h1 data-testid="grant-round-name">{round.name}</h1>
        <span className="badge" data-testid="grant-round-status">
          {round.isPublicNoticeOpen ? t('grants.noticeOpen') : t(`grants.status.${round.status}`)}
        </span>
        {mayManage && round.status === 'draft' && (
          <Link to={`/grants/rounds/${round.id}/edit`} data-testid="grant-round-edit">
            {t('grants.round.edit')}
          </Link>
        )}
        {mayManage && round.status === 'published' && (
          <Link to={`/grants/rounds/${round.id}/review`} data-testid="grant-round-review">
            {t('grants.round.review')}
          </Link>
        )}
      </header>
      <p>
        {round.funders.join('、')} · {formatDate(round.startsOn, locale)} – {formatDate(round.endsOn, locale)}
      </p>
      <p data-testid="grant-round-money">
        {t('grants.round.money', {
          total: formatFen(round.totalBudgetFen, locale),
          cap: formatFen(round.perProposalCapFen, locale),
          min: round.projectMonthsMin,
          max: round.projectMonthsMax,
        })}
      </p>
      <p>
        {round.directions.map((d) => d.name).join('、')} · {round.targetCommunities.map((c) => c.name).join('、')}
      </p>
      {mayManage && round.status === 'draft' && (
        <section className="card">
          <p className="muted">{t('grants.round.publishHint')}</p>
          <button type="button" className="button button--primary" onClick={publish} data-testid="grant-round-publish">
            {t('grants.round.publish')}
          </button>
          {failure && <ErrorNotice message={failure} />}
        </section>
      )}
      {round.status === 'published' && (
        <section className="card grant-qr">
          <CopyLink label={t('grants.round.publicLink')} link={publicLink} testId="grant-round-link" />
          <img src={`/api/grant-rounds/${round.id}/qr.svg`} alt={t('grants.round.qr')} data-testid="grant-round-qr" />
        </section>
      )}
      <section>
        <h2>{t('grants.round.pipeline')}</h2>
        <ol className="grant-pipeline" data-testid="grant-round-pipeline">
          {round.steps.map((step, index) => (
            <li
              key={`${step.kind}-${step.startsOn}-${step.name}`}
              aria-current={index === round.currentStepIndex ? 'step' : undefined}
            >
              {step.name} · {formatDate(step.startsOn, locale)} – {formatDate(step.endsOn, locale)}
              {index === round.currentStepIndex && ` ← ${t('grants.round.today')}`}
            </li>
          ))}
        </ol>
        {mayManage && round.status === 'published' && <RoundStepsEditor round={round} onSaved={onChange} />}
      </section>
      <RoundGraduatesSection round={round} />
      {round.status === 'published' && <RoundProposals roundId={round.id} />}
      <section>
        <h2>{t('grants.round.objections')}</h2>
        <ResourceView resource={objections.resource} onRetry={objections.reload}>
          {(list) => <ObjectionList objections={list} mayAnswer={mayManage} onAnswered={objections.reload} />}
        </ResourceView>
      </section>
    </>
  );
}
