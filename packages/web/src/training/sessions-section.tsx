import type { TrainingCohortDetail, TrainingSession } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';
import { SessionSignIns } from './session-sign-ins';
import { useTicks } from './use-ticks';

type Accepted = { id: string; name: string }[];

/**
 * 课程与签到: each session with its roll call. Attendance is ticked by staff, a name a tap and
 * counts only accepted applicants; an applicant whose phone signed in at the linked activity
 * (/s/{code}) is present without a tick and says so on the roll call.
 */
export function SessionsSection({
  detail,
  mayManage,
  mayTick,
  onChange,
}: {
  detail: TrainingCohortDetail;
  mayManage: boolean;
  mayTick: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const accepted: Accepted = (detail.applications ?? [])
    .filter((a) => a.status === 'accepted')
    .map((a) => ({ id: a.id, name: a.person.name }));
  const acceptedNames = new Set(accepted.map((a) => a.name));
  const figures = new Map(detail.cohort.figures.attendedPerSession.map((s) => [s.number, s.attended]));
  return (
    <section className="training-section" data-testid="training-sessions">
      <h2>{t('training.sections.sessions')}</h2>
      {detail.sessions.length === 0 && <p className="muted">{t('training.session.none')}</p>}
      <ul className="training-session-list">
        {detail.sessions.map((session) => (
          <li key={session.id} className="training-session" data-testid="training-session">
            <div>
              <strong>
                {t('training.session.title', {
                  number: session.number,
                  date: formatDate(session.heldOn, currentLocale()),
                  topic: session.topic,
                })}
              </strong>
              {session.isOpeningCeremony && <span className="training-status"> {t('training.session.opening')}</span>}{' '}
              <span className="muted" data-testid="training-session-present">
                {t('training.session.present', { count: figures.get(session.number) ?? 0 })}
              </span>
            </div>
            {detail.applications && (
              <SessionSignIns session={session} acceptedNames={acceptedNames} mayLink={mayManage} onChange={onChange} />
            )}
            {mayTick && detail.applications && <RollCall session={session} accepted={accepted} onSaved={onChange} />}
          </li>
        ))}
      </ul>
      {mayManage && !detail.cohort.graduatedOn && (
        <NewSessionForm cohortId={detail.cohort.id} next={detail.sessions.length + 1} onMade={onChange} />
      )}
    </section>
  );
}

function RollCall({
  session,
  accepted,
  onSaved,
}: {
  session: TrainingSession;
  accepted: Accepted;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [present, toggle] = useTicks(session.presentApplicationIds);
  const signedIn = new Set(session.signedInApplicationIds);
  const write = useWrite(onSaved);
  if (accepted.length === 0) return <p className="muted">{t('training.session.noAccepted')}</p>;
  return (
    <div className="training-roll-call">
      <p className="muted">{t('training.session.rollCall')}</p>
      <div className="training-names">
        {accepted.map((a) => (
          <button
            key={a.id}
            type="button"
            aria-pressed={present.has(a.id)}
            className={
              present.has(a.id) ? 'button button--primary training-name' : 'button button--secondary training-name'
            }
            onClick={() => toggle(a.id)}
            data-testid="training-roll-name"
          >
            {present.has(a.id) || signedIn.has(a.id) ? '✓ ' : ''}
            {a.name}
            {signedIn.has(a.id) && t('training.session.signedIn')}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="button button--primary"
        disabled={write.busy}
        onClick={() =>
          void write.run(() =>
            api.put(`/api/training/sessions/${session.id}/attendance`, { applicationIds: [...present] }),
          )
        }
        data-testid="training-roll-save"
      >
        {t('training.session.saveRollCall')}
      </button>
      {write.error && <ErrorNotice message={write.error} />}
    </div>
  );
}

function NewSessionForm({ cohortId, next, onMade }: { cohortId: string; next: number; onMade: () => void }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState('');
  const [topic, setTopic] = useState('');
  const [isOpeningCeremony, setOpening] = useState(next === 1);
  const write = useWrite(() => {
    setTopic('');
    setOpening(false);
    onMade();
  });
  return (
    <form
      className="training-form"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(() =>
          api.post(`/api/training/cohorts/${cohortId}/sessions`, { number: next, heldOn, topic, isOpeningCeremony }),
        );
      }}
    >
      <h3>
        {t('training.session.add')}（{t('training.session.number')}：{next}）
      </h3>
      <TextField
        label={t('training.session.heldOn')}
        type="date"
        value={heldOn}
        onChange={setHeldOn}
        required
        testId="training-session-date"
      />
      <TextField
        label={t('training.session.topic')}
        value={topic}
        onChange={setTopic}
        maxLength={200}
        required
        testId="training-session-topic"
      />
      <label className="training-tick">
        <input type="checkbox" checked={isOpeningCeremony} onChange={(event) => setOpening(event.target.checked)} />{' '}
        {t('training.session.opening')}
      </label>
      {write.error && <ErrorNotice message={write.error} />}
      <button
        type="submit"
        className="button button--primary"
        disabled={write.busy}
        data-testid="training-session-save"
      >
        {t('training.session.add')}
      </button>
    </form>
  );
}
