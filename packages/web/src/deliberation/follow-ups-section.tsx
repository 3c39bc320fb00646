import { followUpInputSchema, type Meeting } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { FoldedForm } from '../shared/folded-form';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';
import { blankToUndefined } from './form-values';

/**
 * A meeting's follow-up actions: what, its owner and due day, done or not. The chair (`mayRun`) adds
 * one — the owner picked among the attendees — and marks each done or back; others read the list.
 */
type OnChanged = (meeting: Meeting) => void;

export function FollowUpsSection({
  meeting,
  mayRun,
  onChanged,
}: {
  meeting: Meeting;
  mayRun: boolean;
  onChanged: OnChanged;
}) {
  const { t } = useTranslation();
  const marking = useSubmission();
  const mark = (id: string, done: boolean) =>
    marking.run(async () =>
      onChanged(
        await api.put<Meeting>(
          `/api/meetings/${encodeURIComponent(meeting.id)}/follow-ups/${encodeURIComponent(id)}/done`,
          { done },
        ),
      ),
    );
  return (
    <section className="card" data-testid="meeting-follow-ups">
      <h2>{t('deliberation.meeting.followUps')}</h2>
      {meeting.followUps.length === 0 && <p className="muted">{t('deliberation.meeting.none')}</p>}
      {meeting.followUps.map((f) => (
        <div key={f.id} className="meeting-follow-up" data-testid="meeting-follow-up">
          <p>
            {[
              f.what,
              f.ownerName ? t('deliberation.meeting.owner', { name: f.ownerName }) : '',
              f.dueOn ? t('deliberation.meeting.due', { date: f.dueOn }) : '',
              f.doneOn ? t('deliberation.meeting.done') : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          {mayRun && (
            <button
              type="button"
              className="button button--secondary"
              disabled={marking.isSubmitting}
              onClick={() => void mark(f.id, f.doneOn === null)}
              data-testid="meeting-follow-up-done"
            >
              {f.doneOn ? t('deliberation.record.markUndone') : t('deliberation.record.markDone')}
            </button>
          )}
        </div>
      ))}
      {marking.failure && <ErrorNotice message={marking.failure} />}
      {mayRun && <FollowUpForm meeting={meeting} onChanged={onChanged} />}
    </section>
  );
}

function FollowUpForm({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    followUpInputSchema,
    { what: '', ownerPersonId: '', dueOn: '' },
    {
      toInput: (values) => ({
        what: values.what,
        ownerPersonId: blankToUndefined(values.ownerPersonId),
        dueOn: blankToUndefined(values.dueOn),
      }),
      send: (input) => api.post<Meeting>(`/api/meetings/${encodeURIComponent(meeting.id)}/follow-ups`, input),
      afterSave: 'reset',
      onSaved: onChanged,
    },
  );
  const owners = meeting.attendees.flatMap((a) => (a.personId ? [{ value: a.personId, label: a.name }] : []));
  return (
    <FoldedForm
      title={t('deliberation.record.followUpAdd')}
      testId="meeting-follow-up-form"
      form={form}
      submitLabel={t('deliberation.record.followUpSave')}
    >
      <TextField
        label={t('deliberation.record.followUpWhat')}
        {...form.field('what')}
        testId="meeting-follow-up-what"
      />
      <SelectField
        label={t('deliberation.record.followUpOwner')}
        placeholder={t('deliberation.record.followUpOwnerNone')}
        options={owners}
        {...form.field('ownerPersonId')}
        testId="meeting-follow-up-owner"
      />
      <TextField
        label={t('deliberation.record.followUpDue')}
        type="date"
        {...form.field('dueOn')}
        testId="meeting-follow-up-due"
      />
    </FoldedForm>
  );
}
