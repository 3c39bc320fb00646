import { interviewInputSchema, shanghaiDate } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { FoldedForm, optional, useFoldedForm } from './folded-form';

const today = () => shanghaiDate(new Date());

const interviewTopics = ['origin', 'development', 'activities', 'difficulties', 'hopes', 'notes'] as const;

/** Baseline interview: date, interviewer, and the six topics of seed 002's first-months interviews. */
export function InterviewForm({ organizationId, onDone }: { organizationId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useFoldedForm(onDone);
  const [interviewedOn, setInterviewedOn] = useState(today);
  const [interviewer, setInterviewer] = useState('');
  const [topics, setTopics] = useState<Record<(typeof interviewTopics)[number], string>>({
    origin: '',
    development: '',
    activities: '',
    difficulties: '',
    hopes: '',
    notes: '',
  });
  const submit = () =>
    form.send(
      interviewInputSchema,
      {
        interviewedOn,
        interviewer,
        ...Object.fromEntries(interviewTopics.map((key) => [key, optional(topics[key])])),
      },
      `/api/organizations/${organizationId}/interviews`,
      () => setTopics({ origin: '', development: '', activities: '', difficulties: '', hopes: '', notes: '' }),
    );
  return (
    <FoldedForm title={t('registry.forms.interview.title')} testId="interview-form" state={form} onSubmit={submit}>
      <TextField
        label={t('registry.forms.interview.interviewedOn')}
        type="date"
        value={interviewedOn}
        onChange={setInterviewedOn}
        error={form.errors.interviewedOn}
        required
        testId="interview-date"
      />
      <TextField
        label={t('registry.forms.interview.interviewer')}
        value={interviewer}
        onChange={setInterviewer}
        error={form.errors.interviewer}
        required
        maxLength={60}
        testId="interview-interviewer"
      />
      {interviewTopics.map((key) => (
        <TextField
          key={key}
          label={t(`registry.interviews.${key}`)}
          multiline
          value={topics[key]}
          onChange={(next) => setTopics((previous) => ({ ...previous, [key]: next }))}
          error={form.errors[key]}
          testId={`interview-${key}`}
        />
      ))}
    </FoldedForm>
  );
}
