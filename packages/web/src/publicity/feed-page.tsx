import type { PublicityFeed, PublicityFeedItem } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './publicity.css';

/**
 * /publicity/feed: the published drafts of the caller's street, newest first (seed 002: records
 * shared in the leaders' group so organizations learn from each other). Cursor pages of twenty.
 */
export function FeedPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('publicity.feed.title'));
  const { resource, reload } = useResource<PublicityFeed>('/api/publicity/feed');
  return (
    <div className="page page--narrow publicity-feed" data-testid="publicity-feed">
      <header className="page-header">
        <h1>{t('publicity.feed.title')}</h1>
        <p>{t('publicity.feed.intro')}</p>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {(first) => <FeedList first={first} />}
      </ResourceView>
    </div>
  );
}

function FeedList({ first }: { first: PublicityFeed }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<PublicityFeedItem[]>(first.items);
  const [cursor, setCursor] = useState(first.nextCursor);
  const [isLoading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function more() {
    if (!cursor) return;
    setLoading(true);
    setFailure(null);
    try {
      const page = await api.get<PublicityFeed>(`/api/publicity/feed?cursor=${encodeURIComponent(cursor)}`);
      setItems((old) => [...old, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setFailure(asApiError(error).message);
    }
    setLoading(false);
  }
  if (items.length === 0) return <p className="muted">{t('publicity.feed.empty')}</p>;
  return (
    <>
      <ul className="publicity-cards">
        {items.map((item) => (
          <li key={item.id}>
            <FeedCard item={feedCardItem(item)} />
          </li>
        ))}
      </ul>
      {failure && (
        <p className="publicity-error" role="alert">
          {failure}
        </p>
      )}
      {cursor && (
        <button
          type="button"
          className="button button--secondary button--block"
          onClick={more}
          disabled={isLoading}
          data-testid="publicity-feed-more"
        >
          {isLoading ? t('publicity.feed.loading') : t('publicity.feed.more')}
        </button>
      )}
    </>
  );
}

export function FeedCard({
  item,
}: {
  item: Pick<PublicityFeedItem, 'sharePath' | 'title' | 'lead' | 'coverThumbnailUrl' | 'publishedAt'> & {
    organizationNames: string[];
    communityName?: string | null;
  };
}) {
  const { t } = useTranslation();
  return (
    <Link className="publicity-card" to={item.sharePath} data-testid="publicity-card">
      {item.coverThumbnailUrl ? (
        <img className="publicity-card__cover" src={item.coverThumbnailUrl} alt="" loading="lazy" />
      ) : (
        <span className="publicity-card__cover publicity-card__cover--none" aria-hidden="true">
          {item.organizationNames[0]?.slice(0, 2) ?? '苗'}
        </span>
      )}
      <span className="publicity-card__text">
        <span className="publicity-card__organization">
          {item.organizationNames.join('、')}
          {item.communityName && ` · ${item.communityName}`}
        </span>
        <strong className="publicity-card__title">{item.title}</strong>
        <span className="publicity-card__lead">{item.lead}</span>
        <span className="publicity-card__date">
          {t('publicity.feed.published', { date: formatDate(item.publishedAt, currentLocale()) })}
        </span>
      </span>
    </Link>
  );
}

/** The feed's items as cards take them. */
export function feedCardItem(item: PublicityFeedItem) {
  return { ...item, organizationNames: item.organizations.map((o) => o.name) };
}
