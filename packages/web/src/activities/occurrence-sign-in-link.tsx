import { addDays, can, type PlannedOccurrence } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';

/**
 * 签到码 beside a planned date not held yet (issue 16, QR before the activity): opens the date's
 * QR code and printable sheet — still after the first resident's scan made its record, while the
 * leader shows the code at the door until 举办了. Dates more than a day past are left out: their
 * sign-in has closed.
 */
export function OccurrenceSignInLink({ occurrence, today }: { occurrence: PlannedOccurrence; today: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const isHeld = occurrence.activityId !== null && !occurrence.awaitsHeld;
  if (isHeld || occurrence.on < addDays(today, -1) || !can(user, 'activity.plan')) return null;
  return (
    <Link
      className="button button--secondary"
      to={`/activities/planned/${encodeURIComponent(occurrence.plannedActivityId)}/${occurrence.on}`}
      data-testid="planned-sign-in-code"
    >
      {t('activities.plannedSignIn.open')}
    </Link>
  );
}
