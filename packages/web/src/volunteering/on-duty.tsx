import type { ActivityVolunteerHours } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useSubmission } from '../shared/use-schema-form';

type OnDuty = ActivityVolunteerHours['onDuty'][number];

/**
 * Volunteers signed in and not yet out. Only the phone that signed in holds the sign-out token; a
 * volunteer who lost it (a new phone, a cleared browser) is signed out here by the leader or staff.
 */
export function OnDutyVolunteers({
  onDuty,
  canSignOut,
  onChanged,
}: {
  onDuty: readonly OnDuty[];
  canSignOut: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  if (onDuty.length === 0) return null;
  return (
    <div data-testid="volunteers-on-duty">
      <p>{t('volunteering.activity.onDuty', { names: onDuty.map((v) => v.name).join('、') })}</p>
      {canSignOut && (
        <>
          <p className="muted">{t('volunteering.activity.signOutForHint')}</p>
          <ul className="inline-list">
            {onDuty.map((volunteer) => (
              <SignOutFor key={volunteer.id} volunteer={volunteer} onChanged={onChanged} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SignOutFor({ volunteer, onChanged }: { volunteer: OnDuty; onChanged: () => void }) {
  const { t } = useTranslation();
  const submission = useSubmission();
  async function signOut() {
    if (await submission.run(() => api.post(`/api/volunteer-attendances/${volunteer.id}/sign-out`))) onChanged();
  }
  return (
    <li>
      <button
        type="button"
        className="button button--secondary"
        disabled={submission.isSubmitting}
        onClick={signOut}
        data-testid="volunteer-sign-out-for"
      >
        {t('volunteering.activity.signOutFor', { name: volunteer.name })}
      </button>
      {submission.failure && (
        <p className="field__error" role="alert">
          {submission.failure}
        </p>
      )}
    </li>
  );
}
