import { attendeeInputSchema, decisionInputSchema, type Meeting, motionInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { SearchSelect } from '../shared/search-select';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';
import { blankToUndefined } from './form-values';
import { usePeopleToAdd } from './people-options';

/**
 * The chair's forms for a meeting's record, each folded under its section so the page stays short on
 * a phone: add an attendee (a child only with the guardian's tick — the server refuses one without,
 * and its message shows here), take the attendees from the activity's sign-ins, add a motion or an
 * amendment, record a decision. Each write answers the whole meeting, which replaces the page's.
 */
type OnChanged = (meeting: Meeting) => void;
const meetingPath = (meeting: Meeting, rest: string) => `/api/meetings/${encodeURIComponent(meeting.id)}/${rest}`;

export function AttendeeForms({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const people = usePeopleToAdd(meeting);
  const form = useSchemaForm(
    attendeeInputSchema,
    { personId: '', guardianAgreed: false },
    {
      send: (input) => api.post<Meeting>(meetingPath(meeting, 'attendees'), input),
      afterSave: 'reset',
      onSaved: onChanged,
    },
  );
  const chosen = people.find((p) => p.value === form.values.personId);
  return (
    <>
      <FoldedForm
        title={t('deliberation.record.attendeeAdd')}
        testId="meeting-attendee-form"
        form={form}
        submitLabel={t('deliberation.record.attendeeSave')}
      >
        <SearchSelect
          label={t('deliberation.record.attendeePerson')}
          placeholder=""
          options={people.map((p) => ({
            value: p.value,
            label: p.isChild ? `${p.label}（${t('deliberation.meeting.child')}）` : p.label,
          }))}
          {...form.field('personId')}
          testId="meeting-attendee-person"
        />
        <label className="meeting-tick">
          <input
            type="checkbox"
            checked={form.values.guardianAgreed}
            onChange={(event) => form.set('guardianAgreed', event.target.checked)}
            data-testid="meeting-attendee-guardian"
          />{' '}
          {t('deliberation.record.attendeeGuardian')}
          {chosen?.isChild && !form.values.guardianAgreed ? ' *' : ''}
        </label>
      </FoldedForm>
      {meeting.activityId && <FromSignInsButton meeting={meeting} onChanged={onChanged} />}
    </>
  );
}

function FromSignInsButton({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const submission = useSubmission();
  return (
    <div className="meeting-record-actions">
      <button
        type="button"
        className="button button--secondary"
        disabled={submission.isSubmitting}
        onClick={() =>
          void submission.run(async () =>
            onChanged(await api.post<Meeting>(meetingPath(meeting, 'attendees/from-sign-ins'))),
          )
        }
        data-testid="meeting-from-sign-ins"
      >
        {t('deliberation.record.fromSignIns')}
      </button>
      <p className="success" role="status">
        {submission.isSaved ? t('deliberation.record.fromSignInsDone') : ''}
      </p>
      {submission.failure && <p className="field__error">{submission.failure}</p>}
    </div>
  );
}

export function MotionForm({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    motionInputSchema,
    { text: '', amendsId: '' },
    {
      toInput: (values) => ({ text: values.text, amendsId: blankToUndefined(values.amendsId) }),
      send: (input) => api.post<Meeting>(meetingPath(meeting, 'motions'), input),
      afterSave: 'reset',
      onSaved: onChanged,
    },
  );
  return (
    <FoldedForm
      title={t('deliberation.record.motionAdd')}
      testId="meeting-motion-form"
      form={form}
      submitLabel={t('deliberation.record.motionSave')}
    >
      <TextField
        label={t('deliberation.record.motionText')}
        multiline
        {...form.field('text')}
        testId="meeting-motion-text"
      />
      {meeting.motions.length > 0 && (
        <SelectField
          label={t('deliberation.record.motionAmends')}
          placeholder={t('deliberation.record.motionAmendsNone')}
          options={meeting.motions.map((m) => ({ value: m.id, label: m.text }))}
          {...form.field('amendsId')}
          testId="meeting-motion-amends"
        />
      )}
    </FoldedForm>
  );
}

export function DecisionForm({ meeting, onChanged }: { meeting: Meeting; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    decisionInputSchema,
    { text: '', motionId: '' },
    {
      toInput: (values) => ({ text: values.text, motionId: blankToUndefined(values.motionId) }),
      send: (input) => api.post<Meeting>(meetingPath(meeting, 'decisions'), input),
      afterSave: 'reset',
      onSaved: onChanged,
    },
  );
  return (
    <FoldedForm
      title={t('deliberation.record.decisionAdd')}
      testId="meeting-decision-form"
      form={form}
      submitLabel={t('deliberation.record.decisionSave')}
    >
      <TextField
        label={t('deliberation.record.decisionText')}
        multiline
        {...form.field('text')}
        testId="meeting-decision-text"
      />
      {meeting.motions.length > 0 && (
        <SelectField
          label={t('deliberation.record.decisionFrom')}
          placeholder={t('deliberation.record.decisionFromNone')}
          options={meeting.motions.map((m) => ({ value: m.id, label: m.text }))}
          {...form.field('motionId')}
          testId="meeting-decision-motion"
        />
      )}
    </FoldedForm>
  );
}
