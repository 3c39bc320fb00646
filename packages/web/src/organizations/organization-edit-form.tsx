import { type OrganizationDetail, organizationUpdateInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * The leader's own edit, from a phone: description and meeting place only, both optional
 * (domain: "forms stay short"). An emptied field is saved as "not recorded" (null).
 */
export function OrganizationEditForm({
  organization,
  onSaved,
}: {
  organization: OrganizationDetail;
  onSaved: (updated: OrganizationDetail) => void;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    organizationUpdateInputSchema,
    { description: organization.description ?? '', meetingPlace: organization.meetingPlace ?? '' },
    {
      toInput: (values) => formInput(values, organizationUpdateInputSchema, { isEdit: true }),
      send: (data) => api.patch<OrganizationDetail>(`/api/organizations/${organization.id}`, data),
      // The fields show what was stored (trimmed by the server).
      afterSave: (_typed, updated) => ({
        description: updated.description ?? '',
        meetingPlace: updated.meetingPlace ?? '',
      }),
      onSaved,
    },
  );

  return (
    <section className="card" aria-labelledby="edit-title">
      <h2 id="edit-title">{t('organization.edit.title')}</h2>
      <form className="form" data-testid="organization-edit-form" noValidate onSubmit={form.onSubmit}>
        <TextField
          label={t('organization.edit.description')}
          name="description"
          multiline
          {...form.field('description')}
          hint={t('organization.edit.descriptionHint')}
          testId="edit-description"
        />
        <TextField
          label={t('organization.edit.meetingPlace')}
          name="meetingPlace"
          {...form.field('meetingPlace')}
          testId="edit-meeting-place"
        />
        <FormFooter
          state={form}
          label={t('organization.edit.submit')}
          testId="edit-submit"
          savingLabel={t('organization.edit.submitting')}
          savedLabel={t('organization.edit.saved')}
          statusTestId="save-status"
        />
      </form>
    </section>
  );
}
