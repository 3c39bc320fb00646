import type { CoachingSession, OrganizationSummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import { SessionDetailsSection, SessionOrganizationsSection, SessionWhenSection } from './session-form-sections';
import { useSessionForm } from './use-session-form';
import './coaching.css';

/**
 * The session form, shared by "record" (POST) and "change" (PATCH, `session` given: every field
 * prefilled from it); the values and the save are useSessionForm's, the inputs its sections'.
 */
export function SessionForm({
  organizations,
  initialIds,
  session,
  onSaved,
}: {
  organizations: readonly OrganizationSummary[];
  initialIds: string[];
  session?: CoachingSession;
  onSaved: (session: CoachingSession) => void;
}) {
  const { t } = useTranslation();
  const form = useSessionForm({ session, initialIds, onSaved });
  return (
    <form className="form card" data-testid="coaching-session-form" noValidate onSubmit={form.onSubmit}>
      <SessionWhenSection form={form} />
      <SessionOrganizationsSection form={form} organizations={organizations} session={session} />
      <TextField label={t('coaching.form.topic')} {...form.field('topic')} testId="coaching-topic" />
      <SessionDetailsSection form={form} />
      <FormFooter
        state={form}
        label={session ? t('coaching.edit.submit') : t('coaching.form.submit')}
        testId="coaching-submit"
        isBlock
      />
    </form>
  );
}
