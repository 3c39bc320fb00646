import type { ActivitySummary } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../shared/api';
import type { ActivityFormValues } from './form-values';
import { shanghaiInstant } from './form-values';

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: string) => /^\d{2}:\d{2}$/.test(value);

/**
 * Issue 16: before the leader sends a record, the team's records on the same day whose time
 * overlaps — what staff would later list as suspected duplicates — are named with a link, so the
 * leader can open the one already there (a resident's scan may have made it from the plan). It
 * never blocks: "不是同一次" hides it and the form goes on. Offline, or when the check fails, it
 * says nothing: the form must work without the server.
 */
export function DuplicateWarning({
  organizationId,
  values,
  exceptId,
}: {
  organizationId: string;
  values: Pick<ActivityFormValues, 'date' | 'startTime' | 'endTime'>;
  exceptId?: string | undefined;
}) {
  const { t } = useTranslation();
  const { date, startTime, endTime } = values;
  const [found, setFound] = useState<{ query: string; items: ActivitySummary[] }>({ query: '', items: [] });
  const [dismissed, setDismissed] = useState('');
  const isComplete = isDate(date) && isTime(startTime) && isTime(endTime);
  const query = isComplete
    ? new URLSearchParams({
        organizationId,
        startsAt: shanghaiInstant(date, startTime),
        endsAt: shanghaiInstant(date, endTime),
        ...(exceptId ? { exceptId } : {}),
      }).toString()
    : '';

  useEffect(() => {
    if (!query || globalThis.navigator?.onLine === false) return;
    const controller = new AbortController();
    api
      .get<{ items: ActivitySummary[] }>(`/api/activities/possible-duplicates?${query}`, { signal: controller.signal })
      .then((answer) => setFound({ query, items: answer.items }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [query]);

  if (!query || found.query !== query || found.items.length === 0 || dismissed === query) return null;
  return (
    <div className="notice notice--warning" role="status" data-testid="duplicate-warning">
      {found.items.map((activity) => (
        <p key={activity.id}>
          {t('activities.duplicateWarning.found')}
          <strong>{activity.title}</strong> ·{' '}
          <Link to={`/activities/${encodeURIComponent(activity.id)}`} data-testid="duplicate-warning-see">
            {t('activities.duplicateWarning.see')}
          </Link>
        </p>
      ))}
      <button
        type="button"
        className="button button--secondary"
        data-testid="duplicate-warning-continue"
        onClick={() => setDismissed(query)}
      >
        {t('activities.duplicateWarning.continue')}
      </button>
    </div>
  );
}
