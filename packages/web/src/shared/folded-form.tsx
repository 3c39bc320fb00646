import type { FormEvent, ReactNode } from 'react';
import { FormFooter } from './form-footer';
import type { SubmissionState } from './use-schema-form';
import './folded-form.css';

/**
 * A form folded in a <details>, so a page with several rarely used forms (the registry's staff
 * forms, a new cohort under each programme) stays short on a phone until one is opened. The form
 * itself is a useSchemaForm: it validates with the core schema (field errors beside the inputs)
 * and sends; what it reloads or clears afterwards is the form's own business.
 */
export function FoldedForm({
  title,
  testId,
  form,
  submitLabel,
  savedLabel,
  children,
}: {
  title: string;
  /** The form's; its <details> is `${testId}-details` and its button `${testId}-submit`. */
  testId: string;
  form: SubmissionState & { onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  submitLabel: string;
  /** Default: the common "saved." */
  savedLabel?: string;
  children: ReactNode;
}) {
  return (
    <details className="folded-form" data-testid={`${testId}-details`}>
      <summary>{title}</summary>
      <form className="form" data-testid={testId} noValidate onSubmit={form.onSubmit}>
        {children}
        <FormFooter state={form} label={submitLabel} savedLabel={savedLabel} testId={`${testId}-submit`} />
      </form>
    </details>
  );
}
