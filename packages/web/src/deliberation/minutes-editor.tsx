import { type Meeting, meetingUpdateSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, networkErrorCode } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { keepLocalDraft, personalDraftPrefix, readLocalDraft } from '../shared/local-draft';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';

/**
 * The minutes, typed by the chair on a phone during or after the meeting: one big box and one big
 * button. What is typed is kept on this phone as it is typed (localStorage, per meeting, like the
 * closing words of a grant), so a dropped network or a closed tab loses nothing; the draft comes
 * back until a save goes through, then it is forgotten. Only the chair's device keeps it, and only
 * until sign-out (minutes name residents: a personal draft). The draft remembers the minutes it
 * started from: if they were saved elsewhere since, it is not put back over them, only offered to copy.
 */
const draftKey = (meetingId: string) => `${personalDraftPrefix}meeting-minutes.${meetingId}`;

type MinutesDraft = { base: string; text: string };

function readMinutesDraft(meetingId: string): MinutesDraft | null {
  const kept = readLocalDraft(draftKey(meetingId));
  if (kept === null) return null;
  try {
    const draft = JSON.parse(kept) as Partial<MinutesDraft>;
    return typeof draft.base === 'string' && typeof draft.text === 'string'
      ? { base: draft.base, text: draft.text }
      : null;
  } catch {
    return null;
  }
}

export function MinutesEditor({ meeting, onSaved }: { meeting: Meeting; onSaved: (meeting: Meeting) => void }) {
  const { t } = useTranslation();
  const [draft] = useState(() => readMinutesDraft(meeting.id));
  const saved = meeting.minutes ?? '';
  const isDraftRestored = draft !== null && draft.base === saved && draft.text !== saved;
  const staleDraft = draft !== null && draft.base !== saved && draft.text !== saved ? draft.text : null;
  const form = useSchemaForm(
    meetingUpdateSchema,
    { minutes: isDraftRestored ? draft.text : saved },
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
      {staleDraft !== null && (
        <details className="muted" data-testid="meeting-minutes-stale-draft">
          <summary>{t('deliberation.minutes.staleDraft')}</summary>
          <p className="meeting-follow-up">{staleDraft}</p>
        </details>
      )}
      <TextField
        label={t('deliberation.minutes.label')}
        hint={t('deliberation.minutes.hint')}
        multiline
        {...minutes}
        onChange={(value) => {
          keepLocalDraft(draftKey(meeting.id), JSON.stringify({ base: saved, text: value } satisfies MinutesDraft));
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
