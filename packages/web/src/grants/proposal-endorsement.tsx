import { can, type GrantProposal, proposalEndorsementInputSchema } from '@seedbed/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { formatDateTime } from '../shared/format';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * 居委会认可: where the committee stands on the proposal, and for the community's official two
 * big buttons — 认可 / 不认可 — with an optional note; recording it again replaces the word.
 */
export function ProposalEndorsement({
  proposal,
  onChange,
}: {
  proposal: GrantProposal;
  onChange: (proposal: GrantProposal) => void;
}) {
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

function EndorseForm({ proposal, onChange }: { proposal: GrantProposal; onChange: (proposal: GrantProposal) => void }) {
  const { t } = useTranslation();
  // Which of the two buttons sent the form: read when it is parsed, so one tap is enough.
  const decision = useRef<'endorsed' | 'declined'>('endorsed');
  const form = useSchemaForm(
    proposalEndorsementInputSchema,
    { note: '' },
    {
      toInput: ({ note }) => ({ note, decision: decision.current }),
      send: (body) =>
        api.post<GrantProposal>(`/api/grant-proposals/${encodeURIComponent(proposal.id)}/endorsement`, body),
      onSaved: onChange,
    },
  );
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="proposal-endorse-form">
      <TextField label={t('proposals.endorse.note')} {...form.field('note')} testId="proposal-endorse-note" />
      <div className="proposal-row__pair">
        {(['endorsed', 'declined'] as const).map((choice) => (
          <button
            key={choice}
            type="submit"
            className={`button button--block ${choice === 'endorsed' ? 'button--primary' : 'button--secondary'}`}
            data-testid={`proposal-${choice === 'endorsed' ? 'endorse' : 'decline'}`}
            disabled={form.isSubmitting}
            onClick={() => {
              decision.current = choice;
            }}
          >
            {t(choice === 'endorsed' ? 'proposals.endorse.endorse' : 'proposals.endorse.decline')}
          </button>
        ))}
      </div>
      {form.failure && <p className="field__error">{form.failure}</p>}
    </form>
  );
}
