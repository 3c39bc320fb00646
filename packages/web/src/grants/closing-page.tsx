import {
  type ClosingReport,
  type ClosingWords,
  can,
  closingInputSchema,
  type GrantAgreement,
  type GrantClosing,
  shanghaiDate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { agreementPagePath } from './agreement-paths';
import { allReady } from './all-ready';
import { ClosingFiguresView } from './closing-figures';
import { ClosingWordsForm } from './closing-words-form';
import './grants.css';

/**
 * /grants/agreements/:id/closing — the final report 结项报告 for staff and the team. Before closing it
 * reads today's figures and the team writes its words (the leader, a deputy, the treasurer, on a
 * phone); staff close with the date once the words are saved. After, the figures and words are the
 * frozen ones.
 */
export function ClosingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('grants.money.closing.title'));
  const agreement = useResource<GrantAgreement>(`/api/grant-agreements/${encodeURIComponent(id)}`);
  const report = useResource<ClosingReport>(`/api/grant-agreements/${encodeURIComponent(id)}/closing`);
  const reload = () => {
    agreement.reload();
    report.reload();
  };
  return (
    <article className="page page--narrow" data-testid="grant-closing-page">
      <ResourceView resource={allReady(agreement.resource, report.resource)} onRetry={reload}>
        {([loaded, closing]) => (
          <ClosingReportView
            agreement={loaded}
            report={closing}
            onWordsSaved={(teamWords) => report.replace({ ...closing, teamWords })}
            onClosed={reload}
          />
        )}
      </ResourceView>
    </article>
  );
}

function ClosingReportView({
  agreement,
  report,
  onWordsSaved,
  onClosed,
}: {
  agreement: GrantAgreement;
  report: ClosingReport;
  onWordsSaved: (words: ClosingWords) => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const { closing } = report;
  const mayWrite = can(user, 'grants.closing.write') && closing === null;
  const wordsShown = closing?.teamWords ?? report.teamWords?.words ?? null;
  return (
    <>
      <header className="page-header">
        <h1>{t('grants.money.closing.title')}</h1>
        <p>
          <Link to={agreementPagePath(agreement.id)}>{agreement.title}</Link> · {agreement.organization.name}
        </p>
        <p className="muted" data-testid="grant-closing-state">
          {closing ? t('grants.money.closing.frozen', { date: closing.closedOn }) : t('grants.money.closing.preview')}
        </p>
      </header>
      <section className="card">
        {mayWrite ? (
          <ClosingWordsForm agreementId={agreement.id} saved={report.teamWords} onSaved={onWordsSaved} />
        ) : (
          <>
            <h2>{t('grants.money.closing.words')}</h2>
            <p className="grant-prose" data-testid="grant-closing-team-words">
              {wordsShown ?? t('grants.money.closing.wordsNone')}
            </p>
          </>
        )}
      </section>
      <ClosingFiguresView figures={closing?.figures ?? report.preview} isFrozen={closing !== null} />
      {closing === null && can(user, 'grants.agreement.manage') && (
        <CloseForm agreementId={agreement.id} hasWords={report.teamWords !== null} onClosed={onClosed} />
      )}
    </>
  );
}

/** Staff's 结项 with its date; refused by the server too while the team has written nothing. */
function CloseForm({
  agreementId,
  hasWords,
  onClosed,
}: {
  agreementId: string;
  hasWords: boolean;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    closingInputSchema,
    { closedOn: shanghaiDate(new Date()) },
    {
      send: (input) =>
        api.post<GrantClosing>(`/api/grant-agreements/${encodeURIComponent(agreementId)}/closing`, input),
      onSaved: onClosed,
    },
  );
  return (
    <section className="card" data-testid="grant-close">
      <h2>{t('grants.money.closing.close')}</h2>
      <p className="muted">
        {hasWords ? t('grants.money.closing.closeHint') : t('grants.money.closing.closeNeedsWords')}
      </p>
      <form className="form" noValidate onSubmit={form.onSubmit}>
        <TextField
          label={t('grants.money.closing.closedOn')}
          type="date"
          {...form.field('closedOn')}
          testId="grant-close-date"
        />
        <FormFooter
          state={form}
          label={t('grants.money.closing.close')}
          isReady={hasWords}
          testId="grant-close-submit"
        />
      </form>
    </section>
  );
}
