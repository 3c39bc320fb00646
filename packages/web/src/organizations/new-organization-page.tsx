import {
  can,
  type FilingStatus,
  filingStatuses,
  type OrganizationDetail,
  type OrganizationStatus,
  type OrganizationType,
  type Orientation,
  organizationCreateInputSchema,
  organizationStatuses,
  organizationTypes,
  orientations,
} from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
import { useCommunityOptions, usePeopleOptions } from './pickers';
import './organizations.css';

/**
 * Staff create an organization (POST /api/organizations): name, type, home community (picked among
 * the caller's communities; `?communityId=` pre-selects it) and its leader among the people of that
 * community, activists first. Filing and status are folded away: only an older organization being
 * back-filled needs them.
 */
export function NewOrganizationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.newOrganization.title'));
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [name, setName] = useState('');
  const [organizationType, setType] = useState<OrganizationType>('culture_recreation');
  const [orientation, setOrientation] = useState<Orientation>('self_benefit');
  const [homeCommunityId, setHome] = useState(params.get('communityId') ?? '');
  const [leaderPersonId, setLeader] = useState('');
  const [foundedOn, setFoundedOn] = useState('');
  const [description, setDescription] = useState('');
  const [filingStatus, setFiling] = useState<FilingStatus>('none');
  const [filedOn, setFiledOn] = useState('');
  const [filingDocumentRef, setDocumentRef] = useState('');
  const [status, setStatus] = useState<OrganizationStatus>('active');
  const [statusOn, setStatusOn] = useState('');
  const [statusReason, setStatusReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const communities = useCommunityOptions();
  const mayPickPeople = can(user.role, 'person.read');
  const people = usePeopleOptions(homeCommunityId, mayPickPeople);
  const communityChoices =
    homeCommunityId && !communities.some((c) => c.id === homeCommunityId)
      ? [{ value: homeCommunityId, label: homeCommunityId }]
      : [];

  function chooseHome(value: string) {
    setHome(value);
    setLeader('');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFailure(null);
    const parsed = organizationCreateInputSchema.safeParse({
      name,
      organizationType,
      orientation,
      homeCommunityId,
      ...(leaderPersonId && { leaderPersonId }),
      ...(foundedOn && { foundedOn }),
      ...(description.trim() && { description: description.trim() }),
      ...(filingStatus !== 'none' && { filingStatus }),
      ...(filingStatus !== 'none' && filedOn && { filedOn }),
      ...(filingStatus !== 'none' && filingDocumentRef.trim() && { filingDocumentRef: filingDocumentRef.trim() }),
      ...(status !== 'active' && { status }),
      ...(status !== 'active' && statusOn && { statusOn }),
      ...(status !== 'active' && statusReason.trim() && { statusReason: statusReason.trim() }),
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
        <SelectField
          label={t('registry.newOrganization.type')}
          value={organizationType}
          onChange={(value) => setType(value as OrganizationType)}
          options={organizationTypes.map((type) => ({ value: type, label: t(`organizationType.${type}`) }))}
          testId="new-organization-type"
        />
        <SelectField
          label={t('registry.newOrganization.orientation')}
          value={orientation}
          onChange={(value) => setOrientation(value as Orientation)}
          options={orientations.map((value) => ({ value, label: t(`orientation.${value}`) }))}
          testId="new-organization-orientation"
        />
        <SelectField
          label={t('registry.pickers.homeCommunity')}
          value={homeCommunityId}
          onChange={chooseHome}
          placeholder={t('registry.forms.choose')}
          options={[
            ...communityChoices,
            ...communities.map((c) => ({
              value: c.id,
              label: communities.some((o) => o.streetId !== c.streetId) ? `${c.name}（${c.streetName}）` : c.name,
            })),
          ]}
          error={errors.homeCommunityId}
          required
          testId="new-organization-community"
        />
        {mayPickPeople && (
          <SelectField
            label={t('registry.pickers.leader')}
            hint={t('registry.pickers.leaderHint')}
            value={leaderPersonId}
            onChange={setLeader}
            placeholder={t('registry.pickers.noLeader')}
            options={people.map((p) => ({
              value: p.id,
              label: p.isActivist ? `${p.name} · ${t('registry.pickers.activist')}` : p.name,
            }))}
            error={errors.leaderPersonId}
            testId="organization-leader-select"
          />
        )}
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
        <details className="registry-details" data-testid="new-organization-backfill">
          <summary>{t('registry.pickers.backfill')}</summary>
          <SelectField
            label={t('registry.pickers.filingStatus')}
            value={filingStatus}
            onChange={(value) => setFiling(value as FilingStatus)}
            options={filingStatuses.map((value) => ({ value, label: t(`filingStatus.${value}`) }))}
            testId="new-organization-filing"
          />
          {filingStatus !== 'none' && (
            <>
              <TextField
                label={t('registry.pickers.filedOn')}
                type="date"
                value={filedOn}
                onChange={setFiledOn}
                error={errors.filedOn}
              />
              <TextField
                label={t('registry.pickers.filingDocumentRef')}
                value={filingDocumentRef}
                onChange={setDocumentRef}
                error={errors.filingDocumentRef}
                maxLength={200}
              />
            </>
          )}
          <SelectField
            label={t('registry.pickers.status')}
            value={status}
            onChange={(value) => setStatus(value as OrganizationStatus)}
            options={organizationStatuses.map((value) => ({ value, label: t(`organizationStatus.${value}`) }))}
            testId="new-organization-status"
          />
          {status !== 'active' && (
            <>
              <TextField
                label={t('registry.pickers.statusOn')}
                type="date"
                value={statusOn}
                onChange={setStatusOn}
                error={errors.statusOn}
              />
              <TextField
                label={t('registry.pickers.statusReason')}
                multiline
                value={statusReason}
                onChange={setStatusReason}
                error={errors.statusReason}
                testId="new-organization-status-reason"
              />
            </>
          )}
        </details>
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
