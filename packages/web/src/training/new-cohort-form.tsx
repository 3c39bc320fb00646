import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';

const defaultCommitment =
  '我自愿参加培训，承诺：按时上课，不无故缺席；认真完成课后实践；结业后在社区里牵头或参与一件公共的事。';

/** Opens a cohort of a programme: few required fields (name, start, commitment text); the rule defaults. */
export function NewCohortForm({ programmeId, onMade }: { programmeId: string; onMade: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [place, setPlace] = useState('');
  const [plannedSessions, setPlannedSessions] = useState('8');
  const [minimum, setMinimum] = useState('');
  const [commitmentText, setCommitmentText] = useState(defaultCommitment);
  const write = useWrite(() => {
    setOpen(false);
    onMade();
  });
  if (!open)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setOpen(true)}
        data-testid="training-new-cohort"
      >
        {t('training.list.newCohort')}
      </button>
    );
  return (
    <form
      className="training-form"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(() =>
          api.post(`/api/training/programmes/${programmeId}/cohorts`, {
            name,
            startsOn,
            place,
            plannedSessions: Number(plannedSessions),
            ...(minimum.trim() && { minimumSessionsAttended: Number(minimum) }),
            commitmentText,
          }),
        );
      }}
    >
      <TextField
        label={t('training.cohort.name')}
        value={name}
        onChange={setName}
        maxLength={60}
        required
        testId="training-cohort-name"
      />
      <TextField
        label={t('training.cohort.startsOn')}
        type="date"
        value={startsOn}
        onChange={setStartsOn}
        required
        testId="training-cohort-starts"
      />
      <TextField label={t('training.cohort.place')} value={place} onChange={setPlace} maxLength={200} />
      <TextField
        label={t('training.cohort.plannedSessions')}
        inputMode="numeric"
        value={plannedSessions}
        onChange={setPlannedSessions}
        testId="training-cohort-planned"
      />
      <TextField
        label={t('training.cohort.minimum')}
        hint={t('training.cohort.minimumHint')}
        inputMode="numeric"
        value={minimum}
        onChange={setMinimum}
        testId="training-cohort-minimum"
      />
      <TextField
        label={t('training.cohort.commitmentText')}
        multiline
        value={commitmentText}
        onChange={setCommitmentText}
        maxLength={2000}
        required
      />
      {write.error && <ErrorNotice message={write.error} />}
      <button type="submit" className="button button--primary" disabled={write.busy} data-testid="training-cohort-save">
        {t('training.cohort.save')}
      </button>
    </form>
  );
}
