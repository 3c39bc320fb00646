import {
  type Resource,
  type ResourceCategory,
  resourceCategories,
  resourceInputSchema,
  resourcePersistences,
  resourceUpdateInputSchema,
  shanghaiDate,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { formInput } from '../shared/form-input';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { useCommunityOrganizations } from './need-form';
import { PersonPicker, type Picked } from './person-picker';
import { RecordFormFrame, type RecordFormProps, SelectField, savesRecord, useOptions } from './survey-fields';

/**
 * A resource of the map: recorded under the table (what, when and how found, how lasting, where), or
 * linked in place from its row to a space, a resident or an organization (a cleared link is sent as
 * null). Organizations are the community's own; residents are found by name.
 */
export function ResourceForm(props: RecordFormProps<Resource>) {
  const { survey, record } = props;
  const { t } = useTranslation();
  const isEdit = record !== undefined;
  const form = useSchemaForm(
    isEdit ? resourceUpdateInputSchema : resourceInputSchema,
    {
      name: '',
      category: '' as ResourceCategory | '',
      foundOn: shanghaiDate(new Date()),
      foundHow: '',
      persistence: '' as (typeof resourcePersistences)[number] | '',
      spaceId: record?.space?.id ?? '',
      estateId: '',
      organizationId: record?.organization?.id ?? '',
      person: (record?.person ?? null) as Picked,
    },
    {
      // Editing links the resource (a cleared link is null); adding records what it is.
      toInput: ({ organizationId, person, ...recorded }) =>
        isEdit
          ? {
              ...formInput({ spaceId: recorded.spaceId, organizationId }, resourceUpdateInputSchema, { isEdit }),
              personId: person?.id ?? null,
            }
          : formInput(recorded, resourceInputSchema),
      ...savesRecord(props, `/api/communities/${survey.communityId}/resources`, (id) => `/api/resources/${id}`),
      afterSave: isEdit ? 'keep' : (values) => ({ ...values, name: '', foundHow: '' }),
    },
  );
  const categories = useOptions(resourceCategories, 'communities.resourceCategory');
  const persistences = useOptions(resourcePersistences, 'communities.persistence');
  const spaces = survey.spaces.map((s) => ({ value: s.id, label: s.name }));

  if (isEdit)
    return (
      <RecordFormFrame form={form} isEdit prefix="resource-edit" title="">
        <SelectField
          label={t('communities.linkSpace')}
          options={spaces}
          {...form.field('spaceId')}
          testId="resource-edit-space"
        />
        <PersonPicker
          communityId={survey.communityId}
          person={form.values.person}
          onChange={(person) => form.set('person', person)}
          error={form.errors.personId}
        />
        <OrganizationSelect
          communityId={survey.communityId}
          linked={record.organization}
          field={form.field('organizationId')}
        />
      </RecordFormFrame>
    );
  return (
    <RecordFormFrame form={form} isEdit={false} prefix="resource" title={t('communities.resource.newTitle')}>
      <TextField label={t('communities.resource.name')} {...form.field('name')} testId="resource-name" />
      <SelectField
        label={t('communities.resource.category')}
        options={categories}
        {...form.field('category')}
        testId="resource-category"
      />
      <TextField
        label={t('communities.resource.foundOn')}
        type="date"
        {...form.field('foundOn')}
        testId="resource-found-on"
      />
      <TextField label={t('communities.resource.foundHow')} {...form.field('foundHow')} />
      <SelectField
        label={t('communities.resource.persistence')}
        options={persistences}
        {...form.field('persistence')}
        testId="resource-persistence"
      />
      <SelectField label={t('communities.resource.space')} options={spaces} {...form.field('spaceId')} />
      <SelectField
        label={t('communities.resource.estate')}
        options={survey.estates.map((e) => ({ value: e.id, label: e.name }))}
        {...form.field('estateId')}
      />
    </RecordFormFrame>
  );
}

/** The community's organizations; one linked earlier that no longer works here still shows. */
function OrganizationSelect({
  communityId,
  linked,
  field,
}: {
  communityId: string;
  linked: Resource['organization'];
  field: { value: string; onChange: (value: string) => void; error: string | undefined };
}) {
  const { t } = useTranslation();
  const organizations = useCommunityOrganizations(communityId);
  const options = [
    ...organizations.map((o) => ({ value: o.id, label: o.name })),
    ...(linked && !organizations.some((o) => o.id === linked.id) ? [{ value: linked.id, label: linked.name }] : []),
  ];
  return (
    <SelectField
      label={t('communities.linkOrganization')}
      options={options}
      {...field}
      testId="resource-edit-organization"
    />
  );
}
