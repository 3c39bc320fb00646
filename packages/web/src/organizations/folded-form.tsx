import type { FormEvent, ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { type FieldErrors, fieldErrorsFromIssues, fieldErrorsFromServer } from '../shared/validation';
import './organizations.css';

/**
 * One staff form of the registry, folded in a <details> so the organization page stays short on a
 * phone. `send` validates with the core schema (field errors beside the inputs), POSTs, then
 * `onDone` reloads the registry and `reset` clears the inputs.
 */
/** Any core schema: only its safeParse is used (the web package does not import zod itself). */
interface Schema {
  safeParse(
    value: unknown,
  ):
    | { success: true; data: unknown }
    | { success: false; error: { issues: Parameters<typeof fieldErrorsFromIssues>[0] } };
}

export function useFoldedForm(onDone: () => void) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const [isSaved, setSaved] = useState(false);

  async function send(schema: Schema, value: unknown, path: string, reset: () => void) {
    setFailure(null);
    setSaved(false);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues, t));
      return;
    }
    setErrors({});
    setSubmitting(true);
    try {
      await api.post(path, parsed.data);
      reset();
      setSaved(true);
      onDone();
    } catch (error) {
      const apiError = asApiError(error);
      setErrors(fieldErrorsFromServer(apiError.fields));
      setFailure(apiError.message);
    } finally {
      setSubmitting(false);
    }
  }
  return { errors, failure, isSubmitting, isSaved, send };
}

export function FoldedForm({
  title,
  testId,
  state,
  onSubmit,
  children,
}: {
  title: string;
  testId: string;
  state: Pick<ReturnType<typeof useFoldedForm>, 'failure' | 'isSubmitting' | 'isSaved'>;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <details className="registry-details" data-testid={`${testId}-details`}>
      <summary>{title}</summary>
      <form className="form" data-testid={testId} noValidate onSubmit={submit}>
        {children}
        {state.failure && <ErrorNotice message={state.failure} />}
        {state.isSaved && (
          <p className="muted" role="status">
            {t('registry.forms.done')}
          </p>
        )}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid={`${testId}-submit`}
            disabled={state.isSubmitting}
          >
            {state.isSubmitting ? t('registry.saving') : t('registry.forms.submit')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** An optional text: undefined when blank, so the schema sees "not given". */
export const optional = (value: string) => (value.trim() ? value.trim() : undefined);
