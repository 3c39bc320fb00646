import type { PlannedOccurrence } from '@seedbed/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The key of one planned date: its plan and its day. */
export const occurrenceKey = (occurrence: PlannedOccurrence) => `${occurrence.plannedActivityId}/${occurrence.on}`;

/**
 * Where 举办了 on a planned date leads: the activity form, prefilled from the plan and linked to the
 * date (activity-form-page.tsx), so its members, counts and photos make — or complete — that
 * date's one record.
 */
export function heldFormPath(
  occurrence: Pick<PlannedOccurrence, 'organizationId' | 'plannedActivityId' | 'on'>,
): string {
  const organization = encodeURIComponent(occurrence.organizationId);
  const plan = encodeURIComponent(occurrence.plannedActivityId);
  return `/activities/new?organizationId=${organization}&planned=${plan}&on=${occurrence.on}`;
}

/**
 * 举办了 on one planned date: a link to the form, carrying the occurrence so the form is filled at
 * once (with no signal too: the form's chunk was fetched when the team's page opened).
 */
export function HeldButton({
  occurrence,
  testId,
  className = 'button button--primary',
  children,
}: {
  occurrence: PlannedOccurrence;
  testId: string;
  className?: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Link className={className} to={heldFormPath(occurrence)} state={{ occurrence }} data-testid={testId}>
      {children ?? t('activities.section.held')}
    </Link>
  );
}
