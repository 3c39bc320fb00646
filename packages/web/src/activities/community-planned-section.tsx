import { addDays, type PlannedOccurrence, shanghaiDate } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './activities.css';

/** Five weeks always hold the next date of a monthly plan ("every first Saturday"). */
const aheadDays = 34;

/**
 * Every activity the organizations announced in this community for the next five weeks, members-only
 * ones included: seed 003 asks that the residents' committee knows of each service before it
 * happens (确保对方对于每次服务的知情). The public "what's on" page shows only the open ones.
 */
export function CommunityPlannedSection({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const today = shanghaiDate(new Date());
  const query = new URLSearchParams({ communityId, from: today, to: addDays(today, aheadDays) });
  const { resource, reload } = useResource<{ items: PlannedOccurrence[] }>(`/api/planned-activities?${query}`);
  return (
    <section aria-labelledby="community-planned-title" data-testid="community-planned">
      <h2 id="community-planned-title">{t('activities.community.plannedTitle')}</h2>
      <p className="muted">{t('activities.community.plannedIntro')}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('activities.community.noPlanned')}</p>
          ) : (
            <ul className="planned__list">
              {items.map((occurrence) => (
                <li
                  key={`${occurrence.plannedActivityId}/${occurrence.on}`}
                  className="planned__item"
                  data-testid="community-planned-occurrence"
                >
                  <span>
                    <strong>{occurrence.title}</strong>
                    <span className="muted">
                      {' '}
                      {formatDateTime(occurrence.startsAt, locale)}
                      {occurrence.placeText && ` · ${occurrence.placeText}`}
                    </span>
                  </span>
                  <span className="muted">
                    <Link to={`/organizations/${occurrence.organizationId}`}>{occurrence.organizationName}</Link>
                    {' · '}
                    {t(`activities.opennessLabel.${occurrence.openness}`)}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
    </section>
  );
}
