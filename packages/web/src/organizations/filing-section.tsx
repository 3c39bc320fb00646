import { can, filingInputSchema, mayFileFor, type OrganizationRegistry, scopeFrom, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { formatDateTime } from '../shared/format';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';

type Change = OrganizationRegistry['changes'][number];

/**
 * Whether the signed-in user files for this organization as its residents' committee: the
 * committee of its home community (core's `mayFileFor`), not staff (they use the history form).
 */
export function useFilesAsCommittee(homeCommunityId: string): boolean {
  const user = useUser();
  return (
    can(user, 'organization.filing.confirm') &&
    !can(user, 'organization.history.record') &&
    mayFileFor(scopeFrom(user.scopeKind, user.scopeId), homeCommunityId)
  );
}

/**
 * Under a record of 备案: whether the residents' committee has confirmed it (by whom, when), and for
 * the committee of the home community the button that confirms it.
 */
export function FilingConfirmation({
  organizationId,
  homeCommunityId,
  change,
  onChanged,
}: {
  organizationId: string;
  homeCommunityId: string;
  change: Change;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const confirm = useSubmission();
  const filesAsCommittee = useFilesAsCommittee(homeCommunityId);
  if (change.field !== 'filing_status' || change.value !== 'filed') return null;
  if (change.confirmedAt)
    return (
      <div className="success" data-testid="filing-confirmed">
        {t('organizations.filing.confirmed', {
          name: change.confirmedBy ?? '',
          date: formatDateTime(change.confirmedAt, currentLocale()),
        })}
      </div>
    );
  return (
    <div data-testid="filing-waiting">
      <span className="muted">{t('organizations.filing.waiting')}</span>{' '}
      {filesAsCommittee && (
        <button
          type="button"
          className="button button--primary"
          data-testid="filing-confirm"
          disabled={confirm.isSubmitting}
          onClick={async () => {
            if (await confirm.run(() => api.post(`/api/organizations/${organizationId}/changes/${change.id}/confirm`)))
              onChanged();
          }}
        >
          {t('organizations.filing.confirm')}
        </button>
      )}
      {confirm.failure && (
        <p className="field__error" role="alert">
          {confirm.failure}
        </p>
      )}
    </div>
  );
}

/** The residents' committee records the team's 备案 itself (confirmed at once); the scan is attached below it. */
export function FilingForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    filingInputSchema,
    { changedOn: shanghaiDate(new Date()), documentRef: '' },
    {
      toInput: (values) => formInput(values, filingInputSchema),
      send: (data) => api.post(`/api/organizations/${organizationId}/filing`, data),
      onSaved: onDone,
      afterSave: 'reset',
    },
  );
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="filing-form">
      <h3>{t('organizations.filing.title')}</h3>
      <TextField label={t('organizations.filing.date')} type="date" {...form.field('changedOn')} testId="filing-date" />
      <TextField label={t('organizations.filing.ref')} {...form.field('documentRef')} testId="filing-ref" />
      <p className="muted">{t('organizations.filing.attachHint')}</p>
      <FormFooter state={form} label={t('organizations.filing.submit')} testId="filing-submit" />
    </form>
  );
}
