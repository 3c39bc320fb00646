import { type Dispute, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';
import { useMeetingChoices } from './choices';

/**
 * The mediators' forms on one dispute: while open, link a deliberation meeting held about it (one
 * of the community's meetings the caller can read), or record one by date and title, and resolve
 * it; open or resolved, write down or correct the rule applied and the outcome.
 */
export function DisputeForms({ dispute, onChanged }: { dispute: Dispute; onChanged: (dispute: Dispute) => void }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const isUnresolved = dispute.status === 'open';
  return (
    <details open={isOpen} onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary data-testid="dispute-forms">
        {isUnresolved ? t('allocation.disputes.workOn') : t('allocation.disputes.correct')}
      </summary>
      {isOpen && isUnresolved && <MeetingLinkForm dispute={dispute} onChanged={onChanged} />}
      {isOpen && isUnresolved && <DatedMeetingForm dispute={dispute} onChanged={onChanged} />}
      {isOpen && <RuleForm dispute={dispute} onChanged={onChanged} />}
    </details>
  );
}

type FormProps = { dispute: Dispute; onChanged: (dispute: Dispute) => void };

function MeetingLinkForm({ dispute, onChanged }: FormProps) {
  const { t } = useTranslation();
  const linked = new Set(dispute.meetings.map((m) => m.meetingId));
  const meetings = useMeetingChoices(dispute.communityId, true).filter((m) => !linked.has(m.value));
  const [meetingId, setMeetingId] = useState('');
  const [notes, setNotes] = useState('');
  const write = useWrite(() => {
    setMeetingId('');
    setNotes('');
  });
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(async () =>
          onChanged(
            await api.post<Dispute>(`/api/disputes/${dispute.id}/meeting-links`, {
              meetingId,
              notes: notes.trim() || undefined,
            }),
          ),
        );
      }}
    >
      <h3>{t('allocation.disputes.linkMeeting')}</h3>
      {meetings.length === 0 ? (
        <p className="muted">{t('allocation.disputes.noMeetings')}</p>
      ) : (
        <>
          <SelectField
            label={t('allocation.disputes.whichMeeting')}
            value={meetingId}
            onChange={setMeetingId}
            options={meetings}
            placeholder={t('allocation.disputes.chooseMeeting')}
            required
            testId="dispute-meeting"
          />
          <TextField
            label={t('allocation.disputes.linkNotes')}
            value={notes}
            onChange={setNotes}
            multiline
            maxLength={5000}
          />
          <button
            type="submit"
            className="button button--secondary"
            disabled={meetingId === '' || write.busy}
            data-testid="dispute-meeting-link"
          >
            {t('allocation.disputes.linkMeeting')}
          </button>
        </>
      )}
      {write.error && <ErrorNotice message={write.error} />}
    </form>
  );
}

function DatedMeetingForm({ dispute, onChanged }: FormProps) {
  const { t } = useTranslation();
  const empty = { title: '', heldOn: shanghaiDate(new Date()), notes: '' };
  const [meeting, setMeeting] = useState(empty);
  const write = useWrite(() => setMeeting(empty));
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(async () =>
          onChanged(
            await api.post<Dispute>(`/api/disputes/${dispute.id}/meetings`, {
              ...meeting,
              notes: meeting.notes || undefined,
            }),
          ),
        );
      }}
    >
      <h3>{t('allocation.disputes.addMeeting')}</h3>
      <p className="muted">{t('allocation.disputes.addMeetingHint')}</p>
      <TextField
        label={t('allocation.disputes.meetingTitle')}
        value={meeting.title}
        onChange={(value) => setMeeting({ ...meeting, title: value })}
        maxLength={100}
        required
      />
      <TextField
        label={t('allocation.disputes.meetingDate')}
        value={meeting.heldOn}
        onChange={(value) => setMeeting({ ...meeting, heldOn: value })}
        type="date"
        required
      />
      <TextField
        label={t('allocation.disputes.meetingNotes')}
        value={meeting.notes}
        onChange={(value) => setMeeting({ ...meeting, notes: value })}
        multiline
        maxLength={5000}
      />
      <button type="submit" className="button button--secondary" disabled={write.busy}>
        {t('allocation.disputes.addMeeting')}
      </button>
      {write.error && <ErrorNotice message={write.error} />}
    </form>
  );
}

/** The rule and the outcome: saved as they are (PATCH), and — while open — resolving with the day. */
function RuleForm({ dispute, onChanged }: FormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    ruleApplied: dispute.ruleApplied ?? '',
    outcome: dispute.outcome ?? '',
    resolvedOn: shanghaiDate(new Date()),
  });
  const write = useWrite(() => undefined);
  const path = `/api/disputes/${dispute.id}`;
  const rule = values.ruleApplied.trim();
  const outcome = values.outcome.trim();
  const save = () =>
    write.run(async () =>
      onChanged(
        await api.patch<Dispute>(path, {
          ...(rule && { ruleApplied: rule }),
          ...(outcome && { outcome }),
        }),
      ),
    );
  const resolve = () =>
    write.run(async () =>
      onChanged(
        await api.post<Dispute>(`${path}/resolve`, { ruleApplied: rule, outcome, resolvedOn: values.resolvedOn }),
      ),
    );
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>{t('allocation.disputes.ruleAndOutcome')}</h3>
      <TextField
        label={t('allocation.disputes.rule')}
        value={values.ruleApplied}
        onChange={(value) => setValues({ ...values, ruleApplied: value })}
        multiline
        maxLength={2000}
        testId="dispute-rule"
      />
      <TextField
        label={t('allocation.disputes.outcome')}
        value={values.outcome}
        onChange={(value) => setValues({ ...values, outcome: value })}
        multiline
        maxLength={2000}
        testId="dispute-outcome"
      />
      <button
        type="submit"
        className="button button--secondary"
        disabled={(!rule && !outcome) || write.busy}
        data-testid="dispute-save"
      >
        {t('allocation.disputes.save')}
      </button>
      {dispute.status === 'open' && (
        <>
          <TextField
            label={t('allocation.disputes.resolvedOn')}
            value={values.resolvedOn}
            onChange={(value) => setValues({ ...values, resolvedOn: value })}
            type="date"
            required
          />
          <button
            type="button"
            className="button button--primary"
            disabled={!rule || !outcome || write.busy}
            onClick={() => void resolve()}
            data-testid="dispute-resolve"
          >
            {t('allocation.disputes.resolve')}
          </button>
        </>
      )}
      {write.error && <ErrorNotice message={write.error} />}
    </form>
  );
}
