import {
  type AgreementInput,
  agreementInputSchema,
  type DecisionCandidateView,
  type GrantAgreement,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { agreementPagePath } from './agreement-paths';

/**
 * Staff make the agreement of an approved proposal from the decision table: the grantor, the
 * period and the tolerance; the budget lines are the approved version's, scaled by the server to
 * the approved amount (the form leaves them out). Made, it opens the agreement page.
 */
export function AgreementForm({ candidate, onCancel }: { candidate: DecisionCandidateView; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useSchemaForm(
    agreementInputSchema,
    { grantorName: '', startsOn: '', endsOn: '', tolerancePercent: '10' },
    {
      toInput: (values): Partial<AgreementInput> => ({
        ...values,
        tolerancePercent: values.tolerancePercent.trim() === '' ? undefined : Number(values.tolerancePercent),
      }),
      send: (input) =>
        api.post<GrantAgreement>(`/api/grant-proposals/${encodeURIComponent(candidate.proposalId)}/agreement`, input),
      onSaved: (agreement) => navigate(agreementPagePath(agreement.id)),
    },
  );
  return (
    <section className="card" aria-labelledby="grant-agreement-form-title">
      <h2 id="grant-agreement-form-title">{t('grants.money.make.title', { title: candidate.title })}</h2>
      <form className="form" noValidate onSubmit={form.onSubmit} data-testid="grant-agreement-form">
        <TextField
          label={t('grants.money.make.grantor')}
          {...form.field('grantorName')}
          testId="grant-agreement-grantor"
        />
        <TextField
          label={t('grants.money.make.startsOn')}
          type="date"
          {...form.field('startsOn')}
          testId="grant-agreement-starts"
        />
        <TextField
          label={t('grants.money.make.endsOn')}
          type="date"
          {...form.field('endsOn')}
          testId="grant-agreement-ends"
        />
        <TextField
          label={t('grants.money.make.tolerance')}
          hint={t('grants.money.make.toleranceHint')}
          inputMode="numeric"
          {...form.field('tolerancePercent')}
          testId="grant-agreement-tolerance"
        />
        <p className="muted">{t('grants.money.make.lines')}</p>
        <FormFooter state={form} label={t('grants.money.make.save')} testId="grant-agreement-save">
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('grants.money.make.cancel')}
          </button>
        </FormFooter>
      </form>
    </section>
  );
}
