import type { CommunitySurvey } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { SelectField as SharedSelectField } from '../shared/select-field';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer, type SchemaIssue } from '../shared/validation';

/** Pieces every survey form shares: a labelled select, and one way to validate, send and show the result. */

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
      placeholder={required ? t('survey.choose') : t('common.empty')}
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

type Parse = { success: true; data: unknown } | { success: false; error: { issues: readonly SchemaIssue[] } };

/**
 * Validates with the core schema, sends, and hands the fresh survey to the page. Field errors from
 * either side show beside their fields; anything else shows once above the button.
 */
export function useSurveySubmit(onSaved: (survey: CommunitySurvey) => void) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const [isSaved, setSaved] = useState(false);

  async function send(method: 'post' | 'patch', path: string, parsed: Parse): Promise<boolean> {
    setFailure(null);
    setSaved(false);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return false;
    }
    setErrors({});
    setSubmitting(true);
    try {
      const saved =
        method === 'post'
          ? await api.post<SavedSurvey>(path, parsed.data)
          : await api.patch<SavedSurvey>(path, parsed.data);
      onSaved(saved.survey);
      setSaved(true);
      return true;
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  const handler = (action: () => Promise<unknown>) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void action();
  };

  return { errors, failure, isSubmitting, isSaved, send, handler };
}

/** '' → undefined (left out), digits → a number, anything else stays as text so the schema refuses it. */
export function optionalNumber(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export function optionalText(value: string): string | undefined {
  return value.trim() || undefined;
}
