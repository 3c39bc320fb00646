import {
  type Need,
  type NeedCategory,
  needCategories,
  needInputSchema,
  needProviders,
  needRealities,
  needSources,
  needStatuses,
  needUpdateInputSchema,
  type OrganizationSummary,
  shanghaiDate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { RecordFormFrame, type RecordFormProps, SelectField, savesRecord, useOptions } from './survey-fields';

/** Organizations of the community (at home or serving there), to link a need or a resource to. */
export function useCommunityOrganizations(communityId: string) {
  const { resource } = useResource<{ items: OrganizationSummary[] }>(
    `/api/organizations?communityId=${encodeURIComponent(communityId)}`,
  );
  return resource.status === 'ready' ? resource.data.items : [];
}

/**
 * A need of the register: recorded under the table (what it is, who raised it, from where), or
 * followed up in place from its row — its status, how real it proved, who provides for it, and the
 * organizations that answer it.
 */
export function NeedForm(props: RecordFormProps<Need>) {
  const { survey, record } = props;
  const { t } = useTranslation();
  const isEdit = record !== undefined;
  const prefix = isEdit ? 'need-edit' : 'need';
  const form = useSchemaForm(
    isEdit ? needUpdateInputSchema : needInputSchema,
    {
      description: '',
      category: '' as NeedCategory | '',
      raisedBy: '',
      source: '' as (typeof needSources)[number] | '',
      recordedOn: shanghaiDate(new Date()),
      status: (record?.status ?? '') as Need['status'] | '',
      reality: (record?.reality ?? '') as Need['reality'] | '',
      provider: (record?.provider ?? '') as NonNullable<Need['provider']> | '',
      organizationIds: record?.organizations.map((o) => o.id) ?? [],
    },
    {
      // Following a need up changes its status, reality, provider and organizations only.
      toInput: ({ status, organizationIds, ...recorded }) =>
        isEdit
          ? formInput(
              { status, reality: recorded.reality, provider: recorded.provider, organizationIds },
              needUpdateInputSchema,
              { isEdit },
            )
          : formInput(recorded, needInputSchema),
      ...savesRecord(props, `/api/communities/${survey.communityId}/needs`, (id) => `/api/needs/${id}`),
      afterSave: isEdit ? 'keep' : (values) => ({ ...values, description: '', raisedBy: '' }),
      constraintsFrom: isEdit ? needUpdateInputSchema : needInputSchema,
    },
  );
  const categories = useOptions(needCategories, 'communities.needCategory');
  const sources = useOptions(needSources, 'communities.needSource');
  const statuses = useOptions(needStatuses, 'communities.needStatus');
  const realities = useOptions(needRealities, 'communities.needReality');
  const providers = useOptions(needProviders, 'communities.needProvider');

  return (
    <RecordFormFrame form={form} isEdit={isEdit} prefix={prefix} title={t('communities.need.newTitle')}>
      {isEdit ? (
        <SelectField
          label={t('communities.need.status')}
          options={statuses}
          {...form.field('status')}
          required
          testId="need-edit-status"
        />
      ) : (
        <>
          <TextField
            label={t('communities.need.description')}
            {...form.field('description')}
            testId="need-description"
          />
          <SelectField
            label={t('communities.need.category')}
            options={categories}
            {...form.field('category')}
            testId="need-category"
          />
          <TextField label={t('communities.need.raisedBy')} {...form.field('raisedBy')} />
          <SelectField
            label={t('communities.need.source')}
            options={sources}
            {...form.field('source')}
            testId="need-source"
          />
        </>
      )}
      <SelectField
        label={t('communities.need.reality')}
        options={realities}
        {...form.field('reality')}
        required={isEdit}
        testId={`${prefix}-reality`}
      />
      <SelectField
        label={t('communities.need.provider')}
        options={providers}
        {...form.field('provider')}
        testId={`${prefix}-provider`}
      />
      {isEdit ? (
        <OrganizationChoices
          communityId={survey.communityId}
          linked={record.organizations}
          chosen={form.values.organizationIds}
          onChange={(ids) => form.set('organizationIds', ids)}
          error={form.errors.organizationIds}
        />
      ) : (
        <TextField
          label={t('communities.need.recordedOn')}
          type="date"
          {...form.field('recordedOn')}
          testId="need-recorded-on"
        />
      )}
    </RecordFormFrame>
  );
}

/** Organizations linked earlier that no longer work here still show, so they can be unlinked. */
function OrganizationChoices({
  communityId,
  linked,
  chosen,
  onChange,
  error,
}: {
  communityId: string;
  linked: readonly { id: string; name: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const organizations = useCommunityOrganizations(communityId);
  const choices = [
    ...organizations.map((o) => ({ id: o.id, name: o.name })),
    ...linked.filter((o) => !organizations.some((known) => known.id === o.id)),
  ];
  return (
    <fieldset className="pick-list" data-testid="need-edit-organizations">
      <legend>{t('communities.answeredBy')}</legend>
      {choices.length === 0 && <p className="muted">{t('communities.noOrganizations')}</p>}
      {choices.map((o) => (
        <label key={o.id}>
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            data-testid="need-edit-organization"
            onChange={(event) =>
              onChange(event.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))
            }
          />
          {o.name}
        </label>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
