import { type Meeting, meetingUpdateSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, networkErrorCode } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { keepLocalDraft, readLocalDraft } from '../shared/local-draft';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * The minutes, typed by the chair on a phone during or after the meeting: one big box and one big
 * button. What is typed is kept on this phone as it is typed (localStorage, per meeting, like the
 * closing words of a grant), so a dropped network or a closed tab loses nothing; the draft comes
 * back until a save goes through, then it is forgotten. Only the chair's device keeps it.
 */
const draftKey = (meetingId: string) => `seedbed.meeting-minutes.${meetingId}`;

export function MinutesEditor({ meeting, onSaved }: { meeting: Meeting; onSaved: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const [draft] = useState(() => readLocalDraft(draftKey(meeting.id)));
  const saved = meeting.minutes ?? '';
  const isDraftRestored = draft !== null && draft !== saved;
  const form = useSchemaForm(
    meetingUpdateSchema,
    { minutes: isDraftRestored ? draft : saved },
    {
      send: (input) => api.patch<Meeting>(`/api/meetings/${encodeURIComponent(meeting.id)}`, input),
      onSaved: (answer) => {
        keepLocalDraft(draftKey(meeting.id), null);
        onSaved(answer);
      },
    },
  );
  const minutes = form.field('minutes');
  return (
    <form className="form card" noValidate onSubmit={form.onSubmit} data-testid="meeting-minutes-form">
      <h2>{t('deliberation.minutes.label')}</h2>
      {isDraftRestored && (
        <p className="muted" data-testid="meeting-minutes-draft">
          {t('deliberation.minutes.draft')}
        </p>
      )}
      <TextField
        label={t('deliberation.minutes.label')}
        hint={t('deliberation.minutes.hint')}
        multiline
        {...minutes}
        onChange={(value) => {
          keepLocalDraft(draftKey(meeting.id), value);
          minutes.onChange(value);
        }}
        testId="meeting-minutes"
      />
      {form.failureCode === networkErrorCode && (
        <p className="muted" data-testid="meeting-minutes-kept">
          {t('deliberation.minutes.kept')}
        </p>
      )}
      <FormFooter
        state={form}
        label={t('deliberation.minutes.save')}
        savedLabel={t('deliberation.minutes.saved')}
        isBlock
        statusTestId="meeting-minutes-saved"
        testId="meeting-minutes-save"
      />
    </form>
  );
}
