import type { TrainingSession } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';

/**
 * The residents' self sign-ins of the activity linked to a session (its QR code at the door,
 * /s/{code}), beside the roll call: a sign-in holds a name and phone, not a person, so it is shown
 * for staff to compare and does not tick anyone by itself. Staff link an activity of that day.
 */
export function SessionSignIns({
  session,
  acceptedNames,
  mayLink,
  onChange,
}: {
  session: TrainingSession;
  acceptedNames: ReadonlySet<string>;
  mayLink: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const [linking, setLinking] = useState(false);
  return (
    <div className="training-sign-ins" data-testid="training-session-sign-ins">
      {session.activityId && (
        <p>
          {t('training.session.signIns', { count: session.signInNames.length })}
          {session.signInNames
            .map((name) => (acceptedNames.has(name) ? `${name}${t('training.session.isStudent')}` : name))
            .join('、')}
        </p>
      )}
      {mayLink &&
        (linking ? (
          <LinkActivity session={session} onDone={onChange} />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setLinking(true)}
            data-testid="training-link-activity"
          >
            {t('training.session.linkActivity')}
          </button>
        ))}
    </div>
  );
}

function LinkActivity({ session, onDone }: { session: TrainingSession; onDone: () => void }) {
  const { t } = useTranslation();
  const { resource } = useResource<{ items: { id: string; title: string }[] }>(
    `/api/activities?from=${session.heldOn}&to=${session.heldOn}`,
  );
  const [activityId, setActivityId] = useState(session.activityId ?? '');
  const write = useWrite(onDone);
  const options = resource.status === 'ready' ? resource.data.items.map((a) => ({ value: a.id, label: a.title })) : [];
  return (
    <form
      className="training-form"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(() =>
          api.put(`/api/training/sessions/${session.id}/activity`, { activityId: activityId || null }),
        );
      }}
    >
      <SelectField
        label={t('training.session.activity')}
        hint={options.length === 0 ? t('training.session.noActivities') : undefined}
        value={activityId}
        onChange={setActivityId}
        options={options}
        placeholder={t('training.session.noActivity')}
      />
      {write.error && <ErrorNotice message={write.error} />}
      <button type="submit" className="button button--primary" disabled={write.busy}>
        {t('training.session.saveActivity')}
      </button>
    </form>
  );
}
