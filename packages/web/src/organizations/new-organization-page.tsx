import {
  type OrganizationDetail,
  type OrganizationType,
  type Orientation,
  organizationCreateInputSchema,
  organizationTypes,
  orientations,
} from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';

/**
 * Staff create an organization (POST /api/organizations): name, type, home community, and its
 * leader among the people of the community. `?communityId=` pre-fills the home community.
 * The leader is entered as a person id until the people capability's list is available.
 */
export function NewOrganizationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.newOrganization.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [name, setName] = useState('');
  const [organizationType, setType] = useState<OrganizationType>('culture_recreation');
  const [orientation, setOrientation] = useState<Orientation>('self_benefit');
  const [homeCommunityId, setHome] = useState(params.get('communityId') ?? '');
  const [leaderPersonId, setLeader] = useState('');
  const [foundedOn, setFoundedOn] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = organizationCreateInputSchema.safeParse({
      name,
      organizationType,
      orientation,
      homeCommunityId: homeCommunityId.trim(),
      ...(leaderPersonId.trim() && { leaderPersonId: leaderPersonId.trim() }),
      ...(foundedOn && { foundedOn }),
      ...(description.trim() && { description: description.trim() }),
    });
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const created = await api.post<OrganizationDetail>('/api/organizations', parsed.data);
      navigate(`/organizations/${created.id}`);
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      setSubmitting(false);
    }
  }

  return (
    <article className="page page--narrow">
      <h1>{t('registry.newOrganization.title')}</h1>
      <form className="form card" data-testid="new-organization-form" noValidate onSubmit={submit}>
        <TextField
          label={t('registry.newOrganization.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
          maxLength={60}
          testId="new-organization-name"
        />
        <div className="field">
          <label htmlFor="new-organization-type">{t('registry.newOrganization.type')}</label>
          <select
            id="new-organization-type"
            data-testid="new-organization-type"
            value={organizationType}
            onChange={(e) => setType(e.target.value as OrganizationType)}
          >
            {organizationTypes.map((type) => (
              <option key={type} value={type}>
                {t(`organizationType.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-organization-orientation">{t('registry.newOrganization.orientation')}</label>
          <select
            id="new-organization-orientation"
            value={orientation}
            onChange={(e) => setOrientation(e.target.value as Orientation)}
          >
            {orientations.map((value) => (
              <option key={value} value={value}>
                {t(`orientation.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t('registry.newOrganization.homeCommunity')}
          value={homeCommunityId}
          onChange={setHome}
          error={errors.homeCommunityId}
          required
          testId="new-organization-community"
        />
        <TextField
          label={t('registry.newOrganization.leader')}
          hint={t('registry.newOrganization.leaderHint')}
          value={leaderPersonId}
          onChange={setLeader}
          error={errors.leaderPersonId}
          testId="organization-leader-select"
        />
        <TextField
          label={t('registry.newOrganization.foundedOn')}
          type="date"
          value={foundedOn}
          onChange={setFoundedOn}
          error={errors.foundedOn}
          testId="new-organization-founded"
        />
        <TextField
          label={t('registry.newOrganization.description')}
          multiline
          value={description}
          onChange={setDescription}
          error={errors.description}
        />
        {failure && <ErrorNotice message={failure} />}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="new-organization-submit"
            disabled={isSubmitting}
          >
            {isSubmitting ? t('registry.saving') : t('registry.newOrganization.submit')}
          </button>
        </div>
      </form>
    </article>
  );
}
