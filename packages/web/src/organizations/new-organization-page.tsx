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
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { formInput } from '../shared/form-input';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { useCommunityOptions, usePeopleOptions } from './pickers';
import '../shared/folded-form.css';
import './organizations.css';

/**
 * Staff create an organization (POST /api/organizations): name, type, home community (picked among
 * the caller's communities; `?communityId=` pre-selects it) and its leader among the people of that
 * community, activists first. Filing and status are folded away: only an older organization being
 * back-filled needs them.
 */
export function NewOrganizationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organizations.newOrganization.title'));
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const form = useSchemaForm(
    organizationCreateInputSchema,
    {
      name: '',
      organizationType: 'culture_recreation' as OrganizationType,
      orientation: 'self_benefit' as Orientation,
      homeCommunityId: params.get('communityId') ?? '',
      leaderPersonId: '',
      foundedOn: '',
      description: '',
      filingStatus: 'none' as FilingStatus,
      filedOn: '',
      filingDocumentRef: '',
      status: 'active' as OrganizationStatus,
      statusOn: '',
      statusReason: '',
    },
    {
      // Filing and a status other than active are back-filled for older organizations only: the
      // defaults are left for the server, and their dates and notes go only with them.
      toInput: ({ filingStatus, filedOn, filingDocumentRef, status, statusOn, statusReason, ...basics }) =>
        formInput(
          {
            ...basics,
            ...(filingStatus !== 'none' && { filingStatus, filedOn, filingDocumentRef }),
            ...(status !== 'active' && { status, statusOn, statusReason }),
          },
          organizationCreateInputSchema,
        ),
      send: (data) => api.post<OrganizationDetail>('/api/organizations', data),
      onSaved: (created) => navigate(`/organizations/${created.id}`),
    },
  );
  const { homeCommunityId, filingStatus, status } = form.values;
  const communities = useCommunityOptions();
  const mayPickPeople = can(user, 'person.read');
  const people = usePeopleOptions(homeCommunityId, mayPickPeople);
  const communityChoices =
    homeCommunityId && !communities.some((c) => c.id === homeCommunityId)
      ? [{ value: homeCommunityId, label: homeCommunityId }]
      : [];

  return (
    <article className="page page--narrow">
      <h1>{t('organizations.newOrganization.title')}</h1>
      <form className="form card" data-testid="new-organization-form" noValidate onSubmit={form.onSubmit}>
        <TextField
          label={t('organizations.newOrganization.name')}
          {...form.field('name')}
          testId="new-organization-name"
        />
        <SelectField
          label={t('organizations.newOrganization.type')}
          {...form.field('organizationType')}
          options={organizationTypes.map((type) => ({ value: type, label: t(`organizationType.${type}`) }))}
          testId="new-organization-type"
        />
        <SelectField
          label={t('organizations.newOrganization.orientation')}
          {...form.field('orientation')}
          options={orientations.map((value) => ({ value, label: t(`orientation.${value}`) }))}
          testId="new-organization-orientation"
        />
        <SelectField
          label={t('organizations.pickers.homeCommunity')}
          {...form.field('homeCommunityId')}
          onChange={(id) => form.setValues((now) => ({ ...now, homeCommunityId: id, leaderPersonId: '' }))}
          placeholder={t('organizations.forms.choose')}
          options={[
            ...communityChoices,
            ...communities.map((c) => ({
              value: c.id,
              label: communities.some((o) => o.streetId !== c.streetId) ? `${c.name}（${c.streetName}）` : c.name,
            })),
          ]}
          testId="new-organization-community"
        />
        {mayPickPeople && (
          <SelectField
            label={t('organizations.pickers.leader')}
            hint={t('organizations.pickers.leaderHint')}
            {...form.field('leaderPersonId')}
            placeholder={t('organizations.pickers.noLeader')}
            options={people.map((p) => ({
              value: p.id,
              label: p.isActivist ? `${p.name} · ${t('organizations.pickers.activist')}` : p.name,
            }))}
            testId="organization-leader-select"
          />
        )}
        <TextField
          label={t('organizations.newOrganization.foundedOn')}
          type="date"
          {...form.field('foundedOn')}
          testId="new-organization-founded"
        />
        <TextField label={t('organizations.newOrganization.description')} multiline {...form.field('description')} />
        <details className="folded-form" data-testid="new-organization-backfill">
          <summary>{t('organizations.pickers.backfill')}</summary>
          <SelectField
            label={t('organizations.pickers.filingStatus')}
            {...form.field('filingStatus')}
            options={filingStatuses.map((value) => ({ value, label: t(`filingStatus.${value}`) }))}
            testId="new-organization-filing"
          />
          {filingStatus !== 'none' && (
            <>
              <TextField label={t('organizations.pickers.filedOn')} type="date" {...form.field('filedOn')} />
              <TextField label={t('organizations.pickers.filingDocumentRef')} {...form.field('filingDocumentRef')} />
            </>
          )}
          <SelectField
            label={t('organizations.pickers.status')}
            {...form.field('status')}
            options={organizationStatuses.map((value) => ({ value, label: t(`organizationStatus.${value}`) }))}
            testId="new-organization-status"
          />
          {status !== 'active' && (
            <>
              <TextField label={t('organizations.pickers.statusOn')} type="date" {...form.field('statusOn')} />
              <TextField
                label={t('organizations.pickers.statusReason')}
                multiline
                {...form.field('statusReason')}
                testId="new-organization-status-reason"
              />
            </>
          )}
        </details>
        <FormFooter state={form} label={t('organizations.newOrganization.submit')} testId="new-organization-submit" />
      </form>
    </article>
  );
}
