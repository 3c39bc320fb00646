import type { FormEvent, ReactNode } from 'react';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import type { SubmissionState } from '../shared/use-schema-form';
import { type InviteCreated, InviteLink } from './invite-link';

/**
 * The frame every invitation form shares — a leader's on the organization page, any role's on the
 * accounts page: the name of the person invited, the form's own fields, the button, and once made
 * the link and QR code to hand over. Test ids follow `testId`: `<testId>-name`, `<testId>-submit`.
 */
export function InviteCard({
  testId,
  title,
  intro,
  nameLabel,
  nameField,
  form,
  submitLabel,
  submittingLabel,
  created,
  lead,
  children,
}: {
  testId: string;
  title: string;
  intro: string;
  nameLabel: string;
  /** `form.field('displayName')`. */
  nameField: { value: string; onChange: (value: string) => void; error?: string | undefined; required?: boolean };
  form: Pick<SubmissionState, 'failure' | 'isSubmitting' | 'isSaved'> & {
    onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  };
  submitLabel: string;
  submittingLabel: string;
  created: InviteCreated | null;
  /** Fields before the name (a member picker that fills the name in). */
  lead?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className="card" aria-labelledby={`${testId}-title`} data-testid={testId}>
      <h2 id={`${testId}-title`}>{title}</h2>
      <p className="muted">{intro}</p>
      <form className="form" noValidate onSubmit={form.onSubmit}>
        {lead}
        <TextField label={nameLabel} name="displayName" autoComplete="off" {...nameField} testId={`${testId}-name`} />
        {children}
        {/* The link below is what a save leaves: no "saved" beside the button. */}
        <FormFooter
          state={form}
          label={submitLabel}
          savingLabel={submittingLabel}
          savedLabel=""
          testId={`${testId}-submit`}
        />
      </form>
      {created && <InviteLink invite={created} />}
    </section>
  );
}
