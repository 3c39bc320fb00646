import {
  type ClaimMove,
  can,
  formatFen,
  type GrantAgreement,
  type GrantClaim,
  type GrantLedger,
  movesOpenTo,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { closingPagePath } from './agreement-paths';
import { AgreementTranches } from './agreement-tranches';
import { allReady } from './all-ready';
import { CheckSessionChoice } from './check-session-choice';
import './grants.css';

const agreementPath = (id: string) => `/api/grant-agreements/${encodeURIComponent(id)}`;
export const claimFormPath = (agreementId: string) =>
  `/grants/agreements/${encodeURIComponent(agreementId)}/claims/new`;

/**
 * One grant: what was agreed, budget against spending per line (cards on a phone, a table on a
 * desk), and the claims with their states. The team's treasurer claims from here in one tap;
 * staff see, on each claim, only the steps core's role × state table opens to them (a claim they
 * checked shows no 审批 button: the four-eyes rule).
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  const locale = currentLocale();
  const money = (fen: number) => formatFen(fen, locale);
  useDocumentTitle(t('grants.money.agreementTitle'));
  const agreementResource = useResource<GrantAgreement>(agreementPath(id));
  const ledgerResource = useResource<GrantLedger>(`${agreementPath(id)}/ledger`);
  const claimsResource = useResource<GrantClaim[]>(`${agreementPath(id)}/claims`);
  // The 报销会 a check is recorded at (staff), chosen once above the claims.
  const [sessionId, setSessionId] = useState<string | null>(null);
  const reload = () => {
    ledgerResource.reload();
    claimsResource.reload();
  };
  const reloadAll = () => {
    agreementResource.reload();
    reload();
  };
  const resource = allReady(agreementResource.resource, ledgerResource.resource, claimsResource.resource);
  return (
    <article className="page" data-testid="grant-agreement-page">
      <ResourceView resource={resource} onRetry={reloadAll}>
        {([agreement, ledger, claims]) => (
          <>
            <header className="page-header">
              <h1>{agreement.title}</h1>
              <p className="muted">
                {agreement.organization.name} · {t('grants.money.grantor', { name: agreement.grantorName })}
              </p>
              <p>
                {t('grants.money.amount', { amount: money(agreement.approvedFen) })} ·{' '}
                {t('grants.money.period', { from: agreement.startsOn, to: agreement.endsOn })}
                {agreement.closedAt && <strong> · {t('grants.money.closed')}</strong>}
              </p>
            </header>
            <section className="card">
              <p className="grant-money-totals" data-testid="grant-ledger-totals">
                {t('grants.money.totals', {
                  cap: money(ledger.capFen),
                  spent: money(ledger.spentFen),
                  left: money(ledger.remainingFen),
                })}
              </p>
              {ledger.heldByTeamFen > 0 && (
                <p className="muted">{t('grants.money.held', { held: money(ledger.heldByTeamFen) })}</p>
              )}
              <p className="grant-money-actions">
                {can(user, 'grants.claim.submit') && !agreement.closedAt && (
                  <Link
                    className="button button--primary button--block"
                    to={claimFormPath(id)}
                    data-testid="grant-claim-new"
                  >
                    {t('grants.money.claim')}
                  </Link>
                )}
                <Link
                  className="button button--secondary button--block"
                  to={closingPagePath(id)}
                  data-testid="grant-closing-link"
                >
                  {t('grants.money.closing.link')}
                </Link>
                {can(user, 'grants.agreement.manage') && (
                  <a
                    className="button button--secondary"
                    href={`${agreementPath(id)}/ledger.xlsx`}
                    data-testid="grant-ledger-export"
                  >
                    {t('grants.money.export')}
                  </a>
                )}
              </p>
              <h2>{t('grants.money.ledger')}</h2>
              <DataTable
                testId="grant-ledger"
                rows={ledger.lines}
                rowKey={(line) => line.key}
                columns={[
                  { label: t('grants.money.line'), cell: (line) => line.label, isRowHeader: true },
                  { label: t('grants.money.budget'), cell: (line) => money(line.budgetFen), isNumeric: true },
                  {
                    label: t('grants.money.spent'),
                    cell: (line) => money(line.spentFen),
                    isNumeric: true,
                    testId: 'grant-line-spent',
                  },
                  { label: t('grants.money.pending'), cell: (line) => money(line.pendingFen), isNumeric: true },
                  { label: t('grants.money.left'), cell: (line) => money(line.remainingFen), isNumeric: true },
                ]}
              />
            </section>
            <AgreementTranches
              agreementId={id}
              mayManage={can(user, 'grants.agreement.manage') && !agreement.closedAt}
              onChanged={reload}
            />
            <section className="card">
              <h2>{t('grants.money.claims')}</h2>
              {can(user, 'grants.claim.check') && (
                <CheckSessionChoice streetId={agreement.streetId} value={sessionId} onChange={setSessionId} />
              )}
              {claims.length === 0 ? (
                <p className="muted">{t('grants.money.noClaims')}</p>
              ) : (
                <ul className="grant-claims" data-testid="grant-claims">
                  {claims.map((claim) => (
                    <ClaimItem key={claim.id} claim={claim} sessionId={sessionId} onMoved={reload} />
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </ResourceView>
    </article>
  );
}

function ClaimItem({
  claim,
  sessionId,
  onMoved,
}: {
  claim: GrantClaim;
  sessionId: string | null;
  onMoved: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const moves = movesOpenTo(claim, { standing: user, userId: user.id }).filter((move) => move !== 'resubmit');
  const move = async (step: ClaimMove) => {
    setBusy(true);
    setFailure(undefined);
    try {
      await api.post(`/api/grant-claims/${encodeURIComponent(claim.id)}/moves`, {
        move: step,
        ...(step === 'check' && sessionId && { sessionId }),
      });
      onMoved();
    } catch (error) {
      setFailure(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li className="grant-claim" data-testid="grant-claim" data-state={claim.state}>
      <p>
        <strong>{formatFen(claim.amountFen, currentLocale())}</strong> · {claim.lineLabel} · {claim.description}
      </p>
      <p className="muted">
        {t('grants.money.claimNumber', { number: claim.number })} · {claim.spentOn} ·{' '}
        <span data-testid="grant-claim-state">{t(`grants.money.state.${claim.state}`)}</span>
        {claim.advancedByName && <> · {t('grants.money.advancedBy', { name: claim.advancedByName })}</>}
      </p>
      {claim.negativeListHits.map((hit) => (
        <p key={hit.key} className="grant-claim-hit">
          {t('grants.money.negativeHit', { label: hit.label, keyword: hit.keyword })}
        </p>
      ))}
      {claim.photoIds.map((photoId) => (
        <a key={photoId} href={`/api/grant-claim-receipts/${photoId}`}>
          <img className="grant-claim-photo" src={`/api/grant-claim-receipts/${photoId}?size=thumbnail`} alt="" />
        </a>
      ))}
      {moves.length > 0 && (
        <p className="grant-claim-moves">
          {moves.map((step) => (
            <button
              key={step}
              type="button"
              className={
                step === 'decline' || step === 'request_changes' ? 'button button--secondary' : 'button button--primary'
              }
              disabled={busy}
              onClick={() => void move(step)}
              data-testid={`grant-claim-${step}`}
            >
              {t(`grants.money.move.${step}`)}
            </button>
          ))}
        </p>
      )}
      {failure && <ErrorNotice message={failure} />}
    </li>
  );
}
