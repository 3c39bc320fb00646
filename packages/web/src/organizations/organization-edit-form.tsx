import { type OrganizationDetail, organizationUpdateInputSchema } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';

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
  const [description, setDescription] = useState(organization.description ?? '');
  const [meetingPlace, setMeetingPlace] = useState(organization.meetingPlace ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const [isSaved, setSaved] = useState(false);

  function edit(setter: (value: string) => void) {
    return (value: string) => {
      setter(value);
      setSaved(false);
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    setSaved(false);
    const parsed = organizationUpdateInputSchema.safeParse({
      description: description.trim() || null,
      meetingPlace: meetingPlace.trim() || null,
    });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const updated = await api.patch<OrganizationDetail>(`/api/organizations/${organization.id}`, parsed.data);
      onSaved(updated);
      setDescription(updated.description ?? '');
      setMeetingPlace(updated.meetingPlace ?? '');
      setSaved(true);
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <section className="card" aria-labelledby="edit-title">
      <h2 id="edit-title">{t('organization.edit.title')}</h2>
      <form className="form" data-testid="organization-edit-form" noValidate onSubmit={submit}>
        <TextField
          label={t('organization.edit.description')}
          name="description"
          multiline
          maxLength={5000}
          value={description}
          onChange={edit(setDescription)}
          hint={t('organization.edit.descriptionHint')}
          error={errors.description}
          testId="edit-description"
        />
        <TextField
          label={t('organization.edit.meetingPlace')}
          name="meetingPlace"
          maxLength={200}
          value={meetingPlace}
          onChange={edit(setMeetingPlace)}
          error={errors.meetingPlace}
          testId="edit-meeting-place"
        />
        {failure && <ErrorNotice message={failure} />}
        <div className="form__actions">
          <button type="submit" className="button button--primary" data-testid="edit-submit" disabled={isSubmitting}>
            {isSubmitting ? t('organization.edit.submitting') : t('organization.edit.submit')}
          </button>
          <p className="success" role="status" data-testid="save-status">
            {isSaved ? t('organization.edit.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
