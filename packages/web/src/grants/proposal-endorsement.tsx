import { can, type GrantProposal, proposalEndorsementInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { formatDateTime } from '../shared/format';
import { useUser } from '../shared/session';
import { DecisionForm } from './proposal-decision-form';

/**
 * 居委会认可: where the committee stands on the proposal, and for the community's official two
 * big buttons — 认可 / 不认可 — with an optional note; recording it again replaces the word.
 */
/** A part of the proposal page that may change the proposal (its answer replaces the one on screen). */
export interface ProposalPanelProps {
  proposal: GrantProposal;
  onChange: (proposal: GrantProposal) => void;
}

export function ProposalEndorsement({ proposal, onChange }: ProposalPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  const { endorsement } = proposal;
  return (
    <section className="card" data-testid="proposal-endorsement">
      <h2>{t('proposals.page.endorsement')}</h2>
      <p data-testid="proposal-endorsement-text">{t(`proposals.endorsementStatus.${endorsement.status}`)}</p>
      {endorsement.byName && endorsement.at && (
        <p className="muted">
          {t('proposals.page.endorsedBy', { name: endorsement.byName, at: formatDateTime(endorsement.at, locale) })}
        </p>
      )}
      {endorsement.note && <p>{endorsement.note}</p>}
      {can(user, 'grants.proposal.endorse') && <EndorseForm proposal={proposal} onChange={onChange} />}
    </section>
  );
}

function EndorseForm({ proposal, onChange }: ProposalPanelProps) {
  const { t } = useTranslation();
  return (
    <DecisionForm
      schema={proposalEndorsementInputSchema}
      choices={[
        { value: 'endorsed', label: t('proposals.endorse.endorse'), testId: 'proposal-endorse' },
        { value: 'declined', label: t('proposals.endorse.decline'), testId: 'proposal-decline' },
      ]}
      noteLabel={t('proposals.endorse.note')}
      send={(body) =>
        api.post<GrantProposal>(`/api/grant-proposals/${encodeURIComponent(proposal.id)}/endorsement`, body)
      }
      onSaved={onChange}
      testId="proposal-endorse-form"
    />
  );
}
