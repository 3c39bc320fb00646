import {
  filingStatuses,
  type OrganizationRegistry,
  organizationChangeInputSchema,
  organizationStatuses,
  orientations,
  relationInputSchema,
  relationKinds,
  servedCommunityEndInputSchema,
  servedCommunityInputSchema,
  shanghaiDate,
  type TrackedField,
  trackedFields,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { SearchSelect } from '../shared/search-select';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { useCommunityOptions, useOrganizationOptions } from './pickers';

/** Staff forms of the registry: dated changes, served communities, relations (interviews: interview-form.tsx). */

const today = () => shanghaiDate(new Date());

/** A dated change of orientation, filing (with its document) or status (dissolution: date and reason). */
export function ChangeForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    organizationChangeInputSchema,
    { field: 'status' as TrackedField, value: '', changedOn: today(), reason: '', documentRef: '' },
    {
      // The document goes with a change of filing only.
      toInput: (values) =>
        formInput(
          { ...values, documentRef: values.field === 'filing_status' ? values.documentRef : '' },
          organizationChangeInputSchema,
        ),
      send: (data) => api.post(`/api/organizations/${organizationId}/changes`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, value: '', reason: '', documentRef: '' }),
    },
  );
  const { field, value } = form.values;
  const values: readonly string[] =
    field === 'orientation' ? orientations : field === 'filing_status' ? filingStatuses : organizationStatuses;
  const labelOf = (v: string) =>
    field === 'orientation'
      ? t(`orientation.${v as 'self_benefit'}`)
      : field === 'filing_status'
        ? t(`filingStatus.${v as 'none'}`)
        : t(`organizationStatus.${v as 'active'}`);
  return (
    <FoldedForm
      title={t('organizations.forms.change.title')}
      testId="change-form"
      form={form}
      submitLabel={t('organizations.forms.submit')}
    >
      <SelectField
        label={t('organizations.forms.change.field')}
        value={field}
        onChange={(next) => form.setValues((current) => ({ ...current, field: next as TrackedField, value: '' }))}
        options={trackedFields.map((f) => ({ value: f, label: t(`organizations.history.field.${f}`) }))}
        testId="change-field"
      />
      <SelectField
        label={t('organizations.forms.change.value')}
        {...form.field('value')}
        placeholder={t('organizations.forms.choose')}
        options={values.map((v) => ({ value: v, label: labelOf(v) }))}
        testId="change-value"
      />
      <TextField
        label={t('organizations.forms.change.changedOn')}
        type="date"
        {...form.field('changedOn')}
        testId="change-date"
      />
      {field === 'filing_status' && (
        <TextField
          label={t('organizations.forms.change.documentRef')}
          {...form.field('documentRef')}
          testId="change-document"
        />
      )}
      <TextField
        label={
          field === 'status' && value === 'dissolved'
            ? t('organizations.forms.change.reasonDissolve')
            : t('organizations.forms.change.reason')
        }
        multiline
        {...form.field('reason')}
        testId="change-reason"
      />
    </FoldedForm>
  );
}

/** Start serving a community (any the caller works in), and stop serving one on a date. */
export function ServedCommunityForms({
  organizationId,
  registry,
  onDone,
}: {
  organizationId: string;
  registry: OrganizationRegistry;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const communities = useCommunityOptions();
  const current = registry.servedCommunities.filter((s) => s.until === null);
  const servedNow = new Set(current.map((s) => s.communityId));
  const endingOf = (endingId: string) => endingId || current[0]?.communityId || '';
  const add = useSchemaForm(
    servedCommunityInputSchema,
    { communityId: '', since: '' },
    {
      toInput: (values) => formInput(values, servedCommunityInputSchema),
      send: (data) => api.post(`/api/organizations/${organizationId}/served-communities`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, communityId: '' }),
    },
  );
  const end = useSchemaForm(
    servedCommunityEndInputSchema,
    { endingId: '', until: today() },
    {
      toInput: ({ until }) => ({ until }),
      send: (data, { endingId }) =>
        api.post(
          `/api/organizations/${organizationId}/served-communities/${encodeURIComponent(endingOf(endingId))}/end`,
          data,
        ),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, endingId: '' }),
    },
  );
  const endingCommunityId = endingOf(end.values.endingId);
  return (
    <>
      <FoldedForm
        title={t('organizations.forms.served.title')}
        testId="served-add-form"
        form={add}
        submitLabel={t('organizations.forms.submit')}
      >
        <SelectField
          label={t('organizations.forms.served.community')}
          {...add.field('communityId')}
          placeholder={t('organizations.forms.choose')}
          options={communities
            .filter((c) => !servedNow.has(c.id))
            .map((c) => ({ value: c.id, label: `${c.name}（${c.streetName}）` }))}
          testId="served-community"
        />
        <TextField label={t('organizations.forms.served.since')} type="date" {...add.field('since')} />
      </FoldedForm>
      {current.length > 0 && (
        <FoldedForm
          title={t('organizations.forms.served.endTitle')}
          testId="served-end-form"
          form={end}
          submitLabel={t('organizations.forms.submit')}
        >
          <SelectField
            label={t('organizations.forms.served.community')}
            value={endingCommunityId}
            onChange={(id) => end.set('endingId', id)}
            options={current.map((s) => ({ value: s.communityId, label: s.name }))}
            required
            testId="served-end-community"
          />
          <TextField label={t('organizations.forms.served.until')} type="date" {...end.field('until')} />
        </FoldedForm>
      )}
    </>
  );
}

/** A dated relation to another organization of the same street. */
export function RelationForm({
  organizationId,
  streetId,
  onDone,
}: {
  organizationId: string;
  streetId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const others = useOrganizationOptions(streetId, organizationId);
  const form = useSchemaForm(
    relationInputSchema,
    { relatedOrganizationId: '', kind: 'partner', since: '', until: '', note: '' },
    {
      toInput: (values) => formInput(values, relationInputSchema),
      send: (data) => api.post(`/api/organizations/${organizationId}/relations`, data),
      onSaved: onDone,
      afterSave: (values) => ({ ...values, relatedOrganizationId: '', note: '' }),
    },
  );
  return (
    <FoldedForm
      title={t('organizations.forms.relation.title')}
      testId="relation-form"
      form={form}
      submitLabel={t('organizations.forms.submit')}
    >
      <SearchSelect
        label={t('organizations.forms.relation.organization')}
        {...form.field('relatedOrganizationId')}
        placeholder={t('organizations.forms.choose')}
        options={others.map((o) => ({ value: o.id, label: `${o.name}（${o.homeCommunityName}）` }))}
        testId="relation-organization"
      />
      <SelectField
        label={t('organizations.forms.relation.kind')}
        {...form.field('kind')}
        options={relationKinds.map((k) => ({ value: k, label: t(`organizations.relations.kind.${k}`) }))}
        testId="relation-kind"
      />
      <TextField label={t('organizations.forms.relation.since')} type="date" {...form.field('since')} />
      <TextField label={t('organizations.forms.relation.until')} type="date" {...form.field('until')} />
      <TextField label={t('organizations.forms.relation.note')} {...form.field('note')} />
    </FoldedForm>
  );
}
