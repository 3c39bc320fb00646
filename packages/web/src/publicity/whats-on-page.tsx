import type { WhatsOn } from '@seedbed/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDate, formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { FeedCard } from './feed-page';
import './publicity.css';

/**
 * /whats-on/:communityId: what is on in a community, for residents (public, no account): open
 * planned activities of the next four weeks, and the latest published activities. Nothing personal.
 */
export function WhatsOnPage() {
  const { communityId = '' } = useParams();
  const { resource, reload } = useResource<WhatsOn>(
    `/api/public/communities/${encodeURIComponent(communityId)}/whats-on`,
    { anonymous: true },
  );
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(data) => <WhatsOnView data={data} />}
    </ResourceView>
  );
}

function WhatsOnView({ data }: { data: WhatsOn }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = t('publicity.whatsOn.title', { community: data.community.name });
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="page page--narrow whats-on" data-testid="whats-on">
      <header className="page-header">
        <h1>{title}</h1>
        <p>{data.community.streetName}</p>
      </header>
      <section data-testid="whats-on-upcoming">
        <h2>{t('publicity.whatsOn.upcoming')}</h2>
        <p className="muted">
          {t('publicity.whatsOn.upcomingRange', {
            from: formatDate(data.from, locale),
            to: formatDate(data.to, locale),
          })}
        </p>
        {data.upcoming.length === 0 ? (
          <p className="muted">{t('publicity.whatsOn.noUpcoming')}</p>
        ) : (
          <ul className="whats-on__list">
            {data.upcoming.map((item) => (
              <li key={`${item.title}|${item.startsAt}`} className="whats-on__item" data-testid="whats-on-item">
                <span className="whats-on__when">{formatDateTime(item.startsAt, locale)}</span>
                <strong>{item.title}</strong>
                <span className="whats-on__who">
                  {item.organizationName}
                  {item.placeName && ` · ${item.placeName}`}
                </span>
                <span className={`whats-on__openness whats-on__openness--${item.openness}`}>
                  {item.openness === 'open_to_all' ? t('publicity.whatsOn.openToAll') : t('publicity.whatsOn.invited')}
                </span>
                {item.content && <span className="whats-on__content">{item.content}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section data-testid="whats-on-recent">
        <h2>{t('publicity.whatsOn.recent')}</h2>
        {data.recent.length === 0 ? (
          <p className="muted">{t('publicity.whatsOn.noRecent')}</p>
        ) : (
          <ul className="publicity-cards">
            {data.recent.map((item) => (
              <li key={item.code}>
                <FeedCard item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="muted whats-on__footer">{t('publicity.whatsOn.footer')}</p>
    </div>
  );
}
