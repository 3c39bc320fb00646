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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { FoldedForm, optional, useFoldedForm } from './folded-form';
import { useCommunityOptions, useOrganizationOptions } from './pickers';

/** Staff forms of the registry: dated changes, served communities, relations (interviews: interview-form.tsx). */

const today = () => shanghaiDate(new Date());

/** A dated change of orientation, filing (with its document) or status (dissolution: date and reason). */
export function ChangeForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFoldedForm(onDone);
  const [field, setField] = useState<TrackedField>('status');
  const [value, setValue] = useState('');
  const [changedOn, setChangedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const values: readonly string[] =
    field === 'orientation' ? orientations : field === 'filing_status' ? filingStatuses : organizationStatuses;
  const labelOf = (v: string) =>
    field === 'orientation'
      ? t(`orientation.${v as 'self_benefit'}`)
      : field === 'filing_status'
        ? t(`filingStatus.${v as 'none'}`)
        : t(`organizationStatus.${v as 'active'}`);
  const submit = () =>
    form.send(
      organizationChangeInputSchema,
      {
        field,
        value,
        changedOn,
        reason: optional(reason),
        documentRef: field === 'filing_status' ? optional(documentRef) : undefined,
      },
      `/api/organizations/${organizationId}/changes`,
      () => {
        setValue('');
        setReason('');
        setDocumentRef('');
      },
    );
  return (
    <FoldedForm title={t('registry.forms.change.title')} testId="change-form" state={form} onSubmit={submit}>
      <SelectField
        label={t('registry.forms.change.field')}
        value={field}
        onChange={(next) => {
          setField(next as TrackedField);
          setValue('');
        }}
        options={trackedFields.map((f) => ({ value: f, label: t(`registry.history.field.${f}`) }))}
        testId="change-field"
      />
      <SelectField
        label={t('registry.forms.change.value')}
        value={value}
        onChange={setValue}
        placeholder={t('registry.forms.choose')}
        options={values.map((v) => ({ value: v, label: labelOf(v) }))}
        error={form.errors.value}
        required
        testId="change-value"
      />
      <TextField
        label={t('registry.forms.change.changedOn')}
        type="date"
        value={changedOn}
        onChange={setChangedOn}
        error={form.errors.changedOn}
        required
        testId="change-date"
      />
      {field === 'filing_status' && (
        <TextField
          label={t('registry.forms.change.documentRef')}
          value={documentRef}
          onChange={setDocumentRef}
          error={form.errors.documentRef}
          maxLength={200}
          testId="change-document"
        />
      )}
      <TextField
        label={
          field === 'status' && value === 'dissolved'
            ? t('registry.forms.change.reasonDissolve')
            : t('registry.forms.change.reason')
        }
        multiline
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
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
  const add = useFoldedForm(onDone);
  const end = useFoldedForm(onDone);
  const [communityId, setCommunityId] = useState('');
  const [since, setSince] = useState('');
  const [endingId, setEndingId] = useState('');
  const endingCommunityId = endingId || registry.servedCommunities.find((s) => s.until === null)?.communityId || '';
  const [until, setUntil] = useState(today);
  const current = registry.servedCommunities.filter((s) => s.until === null);
  const servedNow = new Set(current.map((s) => s.communityId));
  return (
    <>
      <FoldedForm
        title={t('registry.forms.served.title')}
        testId="served-add-form"
        state={add}
        onSubmit={() =>
          add.send(
            servedCommunityInputSchema,
            { communityId, since: optional(since) },
            `/api/organizations/${organizationId}/served-communities`,
            () => setCommunityId(''),
          )
        }
      >
        <SelectField
          label={t('registry.forms.served.community')}
          value={communityId}
          onChange={setCommunityId}
          placeholder={t('registry.forms.choose')}
          options={communities
            .filter((c) => !servedNow.has(c.id))
            .map((c) => ({ value: c.id, label: `${c.name}（${c.streetName}）` }))}
          error={add.errors.communityId}
          required
          testId="served-community"
        />
        <TextField
          label={t('registry.forms.served.since')}
          type="date"
          value={since}
          onChange={setSince}
          error={add.errors.since}
        />
      </FoldedForm>
      {current.length > 0 && (
        <FoldedForm
          title={t('registry.forms.served.endTitle')}
          testId="served-end-form"
          state={end}
          onSubmit={() =>
            end.send(
              servedCommunityEndInputSchema,
              { until },
              `/api/organizations/${organizationId}/served-communities/${encodeURIComponent(endingCommunityId)}/end`,
              () => setEndingId(''),
            )
          }
        >
          <SelectField
            label={t('registry.forms.served.community')}
            value={endingCommunityId}
            onChange={setEndingId}
            options={current.map((s) => ({ value: s.communityId, label: s.name }))}
            required
            testId="served-end-community"
          />
          <TextField
            label={t('registry.forms.served.until')}
            type="date"
            value={until}
            onChange={setUntil}
            error={end.errors.until}
            required
          />
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
  const form = useFoldedForm(onDone);
  const others = useOrganizationOptions(streetId, organizationId);
  const [relatedOrganizationId, setRelated] = useState('');
  const [kind, setKind] = useState<string>('partner');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [note, setNote] = useState('');
  const submit = () =>
    form.send(
      relationInputSchema,
      { relatedOrganizationId, kind, since: optional(since), until: optional(until), note: optional(note) },
      `/api/organizations/${organizationId}/relations`,
      () => {
        setRelated('');
        setNote('');
      },
    );
  return (
    <FoldedForm title={t('registry.forms.relation.title')} testId="relation-form" state={form} onSubmit={submit}>
      <SelectField
        label={t('registry.forms.relation.organization')}
        value={relatedOrganizationId}
        onChange={setRelated}
        placeholder={t('registry.forms.choose')}
        options={others.map((o) => ({ value: o.id, label: `${o.name}（${o.homeCommunityName}）` }))}
        error={form.errors.relatedOrganizationId}
        required
        testId="relation-organization"
      />
      <SelectField
        label={t('registry.forms.relation.kind')}
        value={kind}
        onChange={setKind}
        options={relationKinds.map((k) => ({ value: k, label: t(`registry.relations.kind.${k}`) }))}
        testId="relation-kind"
      />
      <TextField
        label={t('registry.forms.relation.since')}
        type="date"
        value={since}
        onChange={setSince}
        error={form.errors.since}
      />
      <TextField
        label={t('registry.forms.relation.until')}
        type="date"
        value={until}
        onChange={setUntil}
        error={form.errors.until}
      />
      <TextField
        label={t('registry.forms.relation.note')}
        value={note}
        onChange={setNote}
        error={form.errors.note}
        maxLength={200}
      />
    </FoldedForm>
  );
}
