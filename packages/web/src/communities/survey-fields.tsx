import type { CommunitySurvey } from '@seedbed/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SelectField as SharedSelectField } from '../shared/select-field';
import type { SubmissionState } from '../shared/use-schema-form';

/** Pieces every survey form shares: a labelled select, enum options, and how a record is sent. */

export interface SavedSurvey {
  id: string;
  survey: CommunitySurvey;
}

/** The shared select with the survey's empty first choice ("choose…" when required, "—" when not). */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  error,
  required = false,
  testId,
}: {
  label: string;
  value: T | '';
  options: readonly { value: T; label: string }[];
  onChange: (value: T | '') => void;
  error?: string | undefined;
  required?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <SharedSelectField
      label={label}
      value={value}
      options={options}
      onChange={(next) => onChange(next as T | '')}
      placeholder={required ? t('communities.choose') : t('common.empty')}
      error={error}
      required={required}
      {...(testId !== undefined && { testId })}
    />
  );
}

/** Options of an enum, labelled from a catalogue group. */
export function useOptions<T extends string>(values: readonly T[], group: string) {
  const { t } = useTranslation();
  return values.map((value) => ({ value, label: t(`${group}.${value}` as never) as string }));
}

/** The `send` of a survey form (useSchemaForm): POST a new record or PATCH one, then the fresh survey. */
export function sendSurvey(method: 'post' | 'patch', path: string) {
  return async (data: unknown): Promise<CommunitySurvey> => {
    const saved =
      method === 'post' ? await api.post<SavedSurvey>(path, data) : await api.patch<SavedSurvey>(path, data);
    return saved.survey;
  };
}

/** Props of a form that adds a record (no `record`) or edits one in place (then `onDone` closes it). */
export interface RecordFormProps<T> {
  survey: CommunitySurvey;
  record?: T;
  onSaved: (survey: CommunitySurvey) => void;
  onDone?: () => void;
}

/**
 * Where a record form sends (POST to `createPath` when adding, PATCH to `editPath` when editing) and
 * what follows a save: the page gets the fresh survey, and an edit form closes.
 */
export function savesRecord<T extends { id: string }>(
  { record, onSaved, onDone }: RecordFormProps<T>,
  createPath: string,
  editPath: (id: string) => string,
) {
  return {
    send: record ? sendSurvey('patch', editPath(record.id)) : sendSurvey('post', createPath),
    onSaved: (fresh: CommunitySurvey) => {
      onSaved(fresh);
      onDone?.();
    },
  };
}

/** '' → undefined (left out), digits → a number, anything else stays as text so the schema refuses it. */
export function optionalNumber(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The frame of a record form: a card with its title under the table when adding ("add"), plain in
 * the row when editing ("save"). Test ids: `<prefix>-form`, `<prefix>-submit`.
 */
export function RecordFormFrame({
  form,
  isEdit,
  prefix,
  title,
  editTitle,
  children,
}: {
  form: SubmissionState & { onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  isEdit: boolean;
  prefix: string;
  title: string;
  editTitle?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form className={isEdit ? 'form' : 'form card'} data-testid={`${prefix}-form`} noValidate onSubmit={form.onSubmit}>
      {isEdit ? editTitle && <h4>{editTitle}</h4> : <h3>{title}</h3>}
      {children}
      <FormFooter
        state={form}
        label={isEdit ? t('communities.save') : t('communities.add')}
        testId={`${prefix}-submit`}
      />
    </form>
  );
}
