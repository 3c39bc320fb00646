import {
  applicationStepError,
  type InterviewResult,
  interviewResults,
  shanghaiDate,
  type TrainingApplication,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';

/**
 * The next steps of one application, offered only where core's state machine allows them:
 * interview (面试), the commitment tick (自我承诺), accept, decline with a reason.
 */
export function ApplicationSteps({
  application,
  onChange,
}: {
  application: TrainingApplication;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'interview' | 'decline' | null>(null);
  const write = useWrite(() => {
    setForm(null);
    onChange();
  });
  const state = { status: application.status, interviewResult: application.interview?.result ?? null };
  const allowed = (step: Parameters<typeof applicationStepError>[1]) => applicationStepError(state, step) === null;
  const base = `/api/training/applications/${application.id}`;
  if (!allowed('decline')) return null;
  return (
    <div className="training-steps">
      <div className="record-actions">
        {allowed('interview') && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setForm('interview')}
            data-testid="training-interview"
          >
            {t('training.application.interview')}
          </button>
        )}
        {allowed('commitment') && (
          <button
            type="button"
            className="button button--secondary"
            disabled={write.busy}
            onClick={() => void write.run(() => api.post(`${base}/commitment`, {}))}
            data-testid="training-commitment"
          >
            ☐ {t('training.application.commitment')}
          </button>
        )}
        {allowed('accept') && (
          <button
            type="button"
            className="button button--primary"
            disabled={write.busy}
            onClick={() => void write.run(() => api.post(`${base}/decision`, { decision: 'accepted' }))}
            data-testid="training-accept"
          >
            {t('training.application.accept')}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setForm('decline')}
          data-testid="training-decline"
        >
          {t('training.application.decline')}
        </button>
      </div>
      {form === 'interview' && (
        <InterviewForm onSave={(body) => void write.run(() => api.post(`${base}/interview`, body))} busy={write.busy} />
      )}
      {form === 'decline' && (
        <DeclineForm
          onSave={(reason) => void write.run(() => api.post(`${base}/decision`, { decision: 'declined', reason }))}
          busy={write.busy}
        />
      )}
      {write.error && <ErrorNotice message={write.error} />}
    </div>
  );
}

function InterviewForm({
  onSave,
  busy,
}: {
  onSave: (body: { interviewedOn: string; result: InterviewResult; notes: string }) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [interviewedOn, setInterviewedOn] = useState(() => shanghaiDate(new Date()));
  const [result, setResult] = useState<InterviewResult>('pass');
  const [notes, setNotes] = useState('');
  return (
    <form
      className="training-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ interviewedOn, result, notes });
      }}
    >
      <TextField
        label={t('training.application.interviewedOn')}
        type="date"
        value={interviewedOn}
        onChange={setInterviewedOn}
        required
      />
      <SelectField
        label={t('training.application.result')}
        value={result}
        onChange={setResult}
        options={interviewResults.map((r) => ({ value: r, label: t(`training.results.${r}`) }))}
        testId="training-interview-result"
      />
      <TextField
        label={t('training.application.notes')}
        multiline
        value={notes}
        onChange={setNotes}
        maxLength={2000}
        testId="training-interview-notes"
      />
      <button type="submit" className="button button--primary" disabled={busy} data-testid="training-interview-save">
        {t('training.application.saveInterview')}
      </button>
    </form>
  );
}

function DeclineForm({ onSave, busy }: { onSave: (reason: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <form
      className="training-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(reason);
      }}
    >
      <TextField
        label={t('training.application.reason')}
        value={reason}
        onChange={setReason}
        maxLength={500}
        required
        testId="training-decline-reason"
      />
      <button type="submit" className="button button--primary" disabled={busy} data-testid="training-decline-save">
        {t('training.application.confirmDecline')}
      </button>
    </form>
  );
}
