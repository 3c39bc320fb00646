import {
  type ClaimSession,
  claimSessionInputSchema,
  formatFen,
  type GrantClaim,
  type Street,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { agreementPagePath } from './agreement-paths';
import './grants.css';

/**
 * /grants/claim-sessions — the monthly reimbursement sessions 报销会 (seed 002: "每月一次的报销辅导"),
 * staff on a desk: open this month's for a street, and read each session's batch (how many claims
 * were checked there and their sum). Claims are put into a session when staff check them.
 */
export function ClaimSessionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('grants.money.sessions.title'));
  const streets = useResource<{ items: Street[] }>('/api/streets');
  return (
    <article className="page" data-testid="grant-claim-sessions-page">
      <header className="page-header">
        <h1>{t('grants.money.sessions.title')}</h1>
      </header>
      <ResourceView resource={streets.resource} onRetry={streets.reload}>
        {({ items }) => <StreetSessions streets={items} />}
      </ResourceView>
    </article>
  );
}

function StreetSessions({ streets }: { streets: readonly Street[] }) {
  const { t } = useTranslation();
  const [streetId, setStreetId] = useState(streets[0]?.id ?? '');
  const path = `/api/streets/${encodeURIComponent(streetId)}/grant-claim-sessions`;
  const sessions = useResource<ClaimSession[]>(path);
  return (
    <>
      {streets.length > 1 && (
        <SelectField
          label={t('grants.money.sessions.street')}
          value={streetId}
          onChange={setStreetId}
          options={streets.map((street) => ({ value: street.id, label: street.name }))}
          testId="grant-claim-sessions-street"
        />
      )}
      <SessionForm streetId={streetId} onOpened={sessions.reload} />
      <ResourceView resource={sessions.resource} onRetry={sessions.reload}>
        {(rows) => <SessionList sessions={rows} />}
      </ResourceView>
    </>
  );
}

function SessionList({ sessions }: { sessions: readonly ClaimSession[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (sessions.length === 0) return <p className="muted">{t('grants.money.sessions.none')}</p>;
  return (
    <ul className="grant-claims" data-testid="grant-claim-sessions">
      {sessions.map((session) => (
        <li key={session.id} className="card">
          <details data-testid="grant-claim-session">
            <summary>
              <strong>{session.title}</strong> · {session.heldOn} ·{' '}
              <span data-testid="grant-claim-session-claims">
                {t('grants.money.sessions.claims', {
                  count: session.claimCount,
                  amount: formatFen(session.checkedFen, locale),
                })}
              </span>
            </summary>
            <SessionClaims sessionId={session.id} />
          </details>
        </li>
      ))}
    </ul>
  );
}

/** The batch checked at one session: what, how much, which team's grant, and where it stands now. */
function SessionClaims({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { resource, reload } = useResource<GrantClaim[]>(
    `/api/grant-claim-sessions/${encodeURIComponent(sessionId)}/claims`,
  );
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(claims) =>
        claims.length === 0 ? (
          <p className="muted">{t('grants.money.sessions.noClaims')}</p>
        ) : (
          <DataTable
            testId="grant-claim-session-list"
            rows={claims}
            rowKey={(claim) => claim.id}
            columns={[
              {
                label: t('grants.money.line'),
                cell: (claim) => (
                  <Link to={agreementPagePath(claim.agreementId)}>
                    {claim.lineLabel} · {claim.description}
                  </Link>
                ),
                isRowHeader: true,
              },
              { label: t('grants.money.sessions.heldOn'), cell: (claim) => claim.spentOn },
              { label: t('grants.money.spent'), cell: (claim) => formatFen(claim.amountFen, locale), isNumeric: true },
              { label: t('grants.money.sessions.state'), cell: (claim) => t(`grants.money.state.${claim.state}`) },
            ]}
          />
        )
      }
    </ResourceView>
  );
}

function SessionForm({ streetId, onOpened }: { streetId: string; onOpened: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    claimSessionInputSchema,
    { heldOn: shanghaiDate(new Date()), title: '' },
    {
      toInput: (values) => ({ ...values, streetId }),
      send: (input) => api.post<ClaimSession>('/api/grant-claim-sessions', input),
      afterSave: 'reset',
      onSaved: onOpened,
    },
  );
  return (
    <form className="form card" noValidate onSubmit={form.onSubmit} data-testid="grant-claim-session-form">
      <h2>{t('grants.money.sessions.open')}</h2>
      <TextField
        label={t('grants.money.sessions.name')}
        hint={t('grants.money.sessions.nameHint')}
        {...form.field('title')}
        testId="grant-claim-session-title"
      />
      <TextField
        label={t('grants.money.sessions.heldOn')}
        type="date"
        {...form.field('heldOn')}
        testId="grant-claim-session-date"
      />
      <FormFooter state={form} label={t('grants.money.sessions.open')} testId="grant-claim-session-save" />
    </form>
  );
}
