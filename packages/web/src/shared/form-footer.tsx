import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './error-notice';
import type { SubmissionState } from './use-schema-form';

/**
 * The end of a form: what went wrong (once, above the button), the submit button — disabled and
 * saying "saving…" while the request is under way — and "saved" once it is done.
 */
export function FormFooter({
  state,
  label,
  testId,
  savingLabel,
  savedLabel,
  isBlock = false,
  statusTestId,
  isReady = true,
  children,
}: {
  state: Pick<SubmissionState, 'failure' | 'isSubmitting' | 'isSaved'>;
  label: string;
  testId: string;
  /** Defaults: the common "saving…" and "saved." */
  savingLabel?: string;
  savedLabel?: string;
  /** The button spans the form (a phone form's one big button). */
  isBlock?: boolean;
  statusTestId?: string;
  /** False while there is nothing to send yet (the choice is still the stored one). */
  isReady?: boolean;
  /** Other buttons beside the submit button ("cancel"). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {state.failure && <ErrorNotice message={state.failure} />}
      <div className="form__actions">
        <button
          type="submit"
          className={isBlock ? 'button button--primary button--block' : 'button button--primary'}
          data-testid={testId}
          disabled={state.isSubmitting || !isReady}
        >
          {state.isSubmitting ? (savingLabel ?? t('common.saving')) : label}
        </button>
        {children}
        <p className="success" role="status" data-testid={statusTestId}>
          {state.isSaved ? (savedLabel ?? t('common.saved')) : ''}
        </p>
      </div>
    </>
  );
}
