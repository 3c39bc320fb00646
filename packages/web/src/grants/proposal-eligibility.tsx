import type { ProposalEligibility } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import './grants.css';

/**
 * 立案评审 on a proposal's page, for staff: each of the round's eligibility rules — those the system
 * checks shown with their result, those staff confirm (seed 000 青朴: a public issue, a team formed
 * around it, filed with the residents' committee) as ticks saved together.
 */
export function ProposalEligibilitySection({ proposalId }: { proposalId: string }) {
  const { t } = useTranslation();
  const { resource, reload, replace } = useResource<ProposalEligibility>(
    `/api/grant-proposals/${encodeURIComponent(proposalId)}/eligibility`,
  );
  return (
    <section className="card" data-testid="proposal-eligibility">
      <h2>{t('grantReviews.eligibility.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(eligibility) => <EligibilityForm eligibility={eligibility} onSaved={replace} />}
      </ResourceView>
    </section>
  );
}

function EligibilityForm({
  eligibility,
  onSaved,
}: {
  eligibility: ProposalEligibility;
  onSaved: (next: ProposalEligibility) => void;
}) {
  const { t } = useTranslation();
  const confirmable = eligibility.rules.filter((rule) => rule.mode === 'confirmed');
  const [ticked, setTicked] = useState(
    () => new Set(confirmable.filter((rule) => rule.verdict === 'met').map((rule) => rule.key)),
  );
  const submission = useSubmission();
  function toggle(key: string) {
    submission.forgetSaved();
    setTicked((before) => {
      const next = new Set(before);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submission.run(async () =>
          onSaved(
            await api.put<ProposalEligibility>(`/api/grant-proposals/${eligibility.proposalId}/eligibility`, {
              confirmedKeys: confirmable.filter((rule) => ticked.has(rule.key)).map((rule) => rule.key),
            }),
          ),
        );
      }}
    >
      <ul className="grant-eligibility">
        {eligibility.rules.map((rule) => (
          <li key={rule.key} data-testid="proposal-eligibility-rule" data-verdict={rule.verdict}>
            {rule.mode === 'confirmed' ? (
              <label className="grant-tick">
                <input
                  type="checkbox"
                  checked={ticked.has(rule.key)}
                  onChange={() => toggle(rule.key)}
                  data-testid="proposal-eligibility-tick"
                />
                {rule.text}
              </label>
            ) : (
              <span>{rule.text}</span>
            )}{' '}
            <span className="muted">
              {t(`grantReviews.eligibility.${rule.mode}`)} · {t(`grantReviews.eligibility.${rule.verdict}`)}
            </span>
          </li>
        ))}
      </ul>
      <p data-testid="proposal-eligibility-verdict">
        <strong>
          {eligibility.isEligible ? t('grantReviews.eligibility.eligible') : t('grantReviews.eligibility.notEligible')}
        </strong>
      </p>
      {confirmable.length > 0 && (
        <FormFooter state={submission} label={t('grantReviews.eligibility.save')} testId="proposal-eligibility-save" />
      )}
    </form>
  );
}
