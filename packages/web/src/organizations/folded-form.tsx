import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../shared/form-footer';
import type { SubmissionState } from '../shared/use-schema-form';
import './organizations.css';

/**
 * One staff form of the registry, folded in a <details> so the organization page stays short on a
 * phone. The form itself is a useSchemaForm: it validates with the core schema (field errors beside
 * the inputs), POSTs, then reloads the registry and clears what is typed anew for each record.
 */
export function FoldedForm({
  title,
  testId,
  form,
  children,
}: {
  title: string;
  testId: string;
  form: SubmissionState & { onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <details className="registry-details" data-testid={`${testId}-details`}>
      <summary>{title}</summary>
      <form className="form" data-testid={testId} noValidate onSubmit={form.onSubmit}>
        {children}
        <FormFooter state={form} label={t('organizations.forms.submit')} testId={`${testId}-submit`} />
      </form>
    </details>
  );
}
