import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSubmission } from '../shared/use-schema-form';

/**
 * The small forms of 地点管理: a few named text or number fields sent as one JSON body, and a
 * two-step archive button. The server checks every rule (twin names, another street) and its
 * message shows above the button; on success the caller gets the answer (the street's new tree).
 */

export interface PlaceField {
  name: string;
  label: string;
  kind?: 'text' | 'count' | 'choice';
  initial?: string;
  options?: readonly { value: string; label: string }[];
  required?: boolean;
}

/** Numbers go as numbers, an emptied number as null; empty optional text is left out. */
function bodyOf(fields: readonly PlaceField[], values: Record<string, string>, isEdit: boolean) {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = (values[field.name] ?? '').trim();
    if (field.kind === 'count') {
      if (value !== '') body[field.name] = Number(value);
      else if (isEdit && field.initial) body[field.name] = null;
    } else if (value !== '' && (!isEdit || value !== field.initial)) body[field.name] = value;
  }
  return body;
}

export function PlaceForm<T>({
  fields,
  method,
  path,
  submitLabel,
  testId,
  onSaved,
  onCancel,
}: {
  fields: readonly PlaceField[];
  method: 'post' | 'patch';
  path: string;
  submitLabel: string;
  testId: string;
  onSaved: (answer: T) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const initial = Object.fromEntries(fields.map((field) => [field.name, field.initial ?? '']));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const submission = useSubmission();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = bodyOf(fields, values, method === 'patch');
    let answer: T | undefined;
    const done = await submission.run(async () => {
      answer = method === 'post' ? await api.post<T>(path, body) : await api.patch<T>(path, body);
    });
    if (done && answer !== undefined) {
      if (method === 'post') setValues(initial);
      onSaved(answer);
    }
  }

  return (
    <form className="form form--inline" data-testid={testId} noValidate onSubmit={submit}>
      {fields.map((field) =>
        field.kind === 'choice' ? (
          <SelectField
            key={field.name}
            label={field.label}
            value={values[field.name] ?? ''}
            options={field.options ?? []}
            onChange={(value) => setValues({ ...values, [field.name]: value })}
            testId={`${testId}-${field.name}`}
          />
        ) : (
          <TextField
            key={field.name}
            label={field.label}
            value={values[field.name] ?? ''}
            inputMode={field.kind === 'count' ? 'numeric' : 'text'}
            required={field.required ?? false}
            onChange={(value) => setValues({ ...values, [field.name]: value })}
            testId={`${testId}-${field.name}`}
          />
        ),
      )}
      <FormFooter state={submission} label={submitLabel} testId={`${testId}-submit`}>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('communities.places.cancel')}
          </button>
        )}
      </FormFooter>
    </form>
  );
}

/** 归档, then 确认归档「…」: one click never archives a community by accident. */
export function ArchiveButton<T>({
  name,
  path,
  testId,
  onArchived,
}: {
  name: string;
  path: string;
  testId: string;
  onArchived: (answer: T) => void;
}) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  const submission = useSubmission();
  if (!isAsking)
    return (
      <button type="button" className="button button--secondary" data-testid={testId} onClick={() => setAsking(true)}>
        {t('communities.places.archive')}
      </button>
    );
  return (
    <span className="place-archive">
      <button
        type="button"
        className="button"
        data-testid={`${testId}-confirm`}
        disabled={submission.isSubmitting}
        title={t('communities.places.archiveHint')}
        onClick={async () => {
          let answer: T | undefined;
          if (await submission.run(async () => (answer = await api.post<T>(path)))) onArchived(answer as T);
        }}
      >
        {t('communities.places.confirmArchive', { name })}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        {t('communities.places.cancel')}
      </button>
      {submission.failure && <span role="alert">{submission.failure}</span>}
    </span>
  );
}
