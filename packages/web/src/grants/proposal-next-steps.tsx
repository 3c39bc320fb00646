import { can, type GrantAgreement, type GrantProposal, isProposalOpenToChange } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDateTime } from '../shared/format';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import type { ProposalPanelProps } from './proposal-endorsement';

const proposalPath = (id: string) => `/api/grant-proposals/${encodeURIComponent(id)}`;

/** Whether the team may still act on its proposal: its own account with the right, and the server's rule of when it is open. */
function useMayWrite(proposal: GrantProposal): boolean {
  const user = useUser();
  return can(user, 'grants.proposal.write') && isProposalOpenToChange(proposal);
}

/**
 * Where a decided proposal leads: its determination notice (the team's phone, staff's A4), and its
 * grant agreement once staff have made it — for those who read the money.
 */
export function ProposalNextLinks({ proposal }: { proposal: GrantProposal }) {
  const { t } = useTranslation();
  const user = useUser();
  if (proposal.determination === null) return null;
  return (
    <div className="proposal-actions proposal-actions--row" data-testid="proposal-next">
      <Link
        className="button button--secondary button--wrap"
        to={`/grants/proposals/${encodeURIComponent(proposal.id)}/notice`}
        data-testid="proposal-notice-link"
      >
        {t('proposals.next.notice')}
      </Link>
      {proposal.determination === 'approved' && can(user, 'grants.money.read') && <AgreementLink proposal={proposal} />}
    </div>
  );
}

/** The team's agreements hold the one made from this proposal, if any yet. */
function AgreementLink({ proposal }: { proposal: GrantProposal }) {
  const { t } = useTranslation();
  const { resource } = useResource<GrantAgreement[]>(
    `/api/organizations/${encodeURIComponent(proposal.organization.id)}/grant-agreements`,
  );
  if (resource.status !== 'ready') return null;
  const agreement = resource.data.find((made) => made.proposalId === proposal.id);
  if (!agreement) return null;
  return (
    <Link
      className="button button--primary button--wrap"
      to={`/grants/agreements/${encodeURIComponent(agreement.id)}`}
      data-testid="proposal-agreement-link"
    >
      {t('proposals.next.agreement')}
    </Link>
  );
}

/**
 * Submitting from the page, and first, for a children's council (seed 000: the children write, an
 * adult answers for it), the accountable adult's signature of the current version — recorded on
 * the team's phone by whoever of the team may write. Submitting unsigned is refused by the server,
 * and its words show here. A draft saved from the form is submitted here without saving it again,
 * so the signed version is the one handed in.
 */
export function ProposalSubmitPanel({ proposal, onChange }: ProposalPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mayWrite = useMayWrite(proposal);
  const write = useWrite(() => undefined);
  const signature = proposal.adultSignature;
  const maySubmit = mayWrite && proposal.status === 'draft';
  if (!signature && !maySubmit) return null;
  /** A big button that posts to the proposal's `suffix` and shows the answer, waiting while it runs. */
  const buttonOf = (suffix: 'adult-signature' | 'submit', kind: 'primary' | 'secondary') => ({
    className: `button button--${kind} button--block`,
    disabled: write.busy,
    onClick: () =>
      void write.run(async () => onChange(await api.post<GrantProposal>(`${proposalPath(proposal.id)}/${suffix}`))),
  });
  return (
    <section className="card" data-testid="proposal-submit-panel">
      {signature && (
        <>
          <h2>{t('proposals.adult.title')}</h2>
          <p className="muted">{t('proposals.adult.why')}</p>
          <p data-testid="proposal-adult-signature" data-signed={signature.signedAt ? 'yes' : 'no'}>
            {signature.signedAt
              ? t('proposals.adult.signed', {
                  number: proposal.currentVersion,
                  at: formatDateTime(signature.signedAt, locale),
                })
              : t('proposals.adult.unsigned', { number: proposal.currentVersion })}
          </p>
          {mayWrite && signature.signedAt && <p className="muted">{t('proposals.adult.changedAfter')}</p>}
          {mayWrite && !signature.signedAt && (
            <button type="button" {...buttonOf('adult-signature', 'secondary')} data-testid="proposal-adult-sign">
              {t('proposals.adult.sign')}
            </button>
          )}
        </>
      )}
      {maySubmit && (
        <div className="proposal-actions">
          <button type="button" {...buttonOf('submit', 'primary')} data-testid="proposal-submit-now">
            {t('proposals.form.submit')}
          </button>
        </div>
      )}
      {write.error && <ErrorNotice message={write.error} />}
    </section>
  );
}
