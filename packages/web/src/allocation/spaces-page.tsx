import { type BookableSpace, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { hoursLines, weekdayKey } from './hours-text';
import './allocation.css';

/**
 * A community's spaces 活动场地: each with its opening hours and a big button to its week and to
 * book it (a leader on a phone, two taps to the form); the residents' page to print for the door;
 * disputes and honours for those who keep them.
 */
export function SpacesPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  useDocumentTitle(t('allocation.spacesTitle'));
  const { resource, reload } = useResource<{ spaces: BookableSpace[] }>(
    `/api/communities/${encodeURIComponent(id)}/bookable-spaces`,
  );
  const weekdayName = (weekday: number) => t(`allocation.weekday.${weekdayKey(weekday)}`);
  return (
    <article className="page page--narrow" data-testid="spaces-page">
      <header className="page-header">
        <h1>{t('allocation.spacesTitle')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {({ spaces }) =>
          spaces.length === 0 ? (
            <p className="muted">{t('allocation.noSpaces')}</p>
          ) : (
            <ul className="allocation-list">
              {spaces.map((space) => (
                <li key={space.id} className="card" data-testid="space-card">
                  <h2>{space.name}</h2>
                  {space.capacity !== null && (
                    <p className="muted">{t('allocation.capacity', { n: space.capacity })}</p>
                  )}
                  {space.intervals.length === 0 ? (
                    <p className="muted">{t('allocation.noHours')}</p>
                  ) : (
                    <ul className="allocation-hours">
                      {hoursLines(space.intervals, weekdayName, '、').map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  )}
                  <div className="allocation-actions">
                    {can(user, 'allocation.booking.create') && (
                      <Link className="button button--primary button--block" to={`/spaces/${space.id}/book`}>
                        {t('allocation.book')}
                      </Link>
                    )}
                    <Link className="button button--secondary button--block" to={`/spaces/${space.id}`}>
                      {t('allocation.openWeek')}
                    </Link>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      <p className="allocation-links">
        <a href={`/h/${encodeURIComponent(id)}`}>{t('allocation.publicPage')}</a>
        {can(user, 'allocation.dispute.read') && (
          <Link to={`/communities/${encodeURIComponent(id)}/disputes`}>{t('allocation.disputesLink')}</Link>
        )}
        <Link to={`/communities/${encodeURIComponent(id)}/honours`}>{t('allocation.honoursLink')}</Link>
      </p>
    </article>
  );
}
