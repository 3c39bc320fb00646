import type { ActivitySummary } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { useResource } from '../shared/use-resource';
import { shanghaiClock } from './form-values';

/** The organization's latest records, newest first, each one tap to open. */
export function RecentActivities({ organizationId, limit = 10 }: { organizationId: string; limit?: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { resource } = useResource<{ items: ActivitySummary[] }>(
    `/api/activities?organizationId=${encodeURIComponent(organizationId)}`,
  );
  if (resource.status !== 'ready') return null;
  const items = resource.data.items.slice(0, limit);
  return (
    <div className="recent" data-testid="recent-activities">
      <h3>{t('activities.section.recent')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('activities.section.none')}</p>
      ) : (
        <ul className="link-list">
          {items.map((activity) => (
            <li key={activity.id}>
              <Link to={`/activities/${activity.id}`} data-testid="recent-activity">
                <span className="link-list__title">{activity.title}</span>
                <span className="muted">{formatDate(shanghaiClock(new Date(activity.startsAt)).date, locale)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
