import type { PublicPublicityPage } from '@seedbed/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../shared/format';
import { Loading } from '../shared/loading';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './publicity.css';

const PosterDialog = lazy(() => import('./poster').then((m) => ({ default: m.PosterDialog })));

/**
 * /p/:code: the public share page of a published draft — no account, phone first, small. WeChat
 * (without the JS-SDK) shares the page's <title> and the first large image, so the title is set to
 * the share title and the cover photo comes first. The server also injects Open Graph tags.
 */
export function SharePage() {
  const { code = '' } = useParams();
  const { resource, reload } = useResource<PublicPublicityPage>(`/api/public/publicity/${encodeURIComponent(code)}`, {
    anonymous: true,
  });
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(page) => <ShareView page={page} />}
    </ResourceView>
  );
}

/** The page itself; `preview` (the editor's preview of a draft): no poster, the tab title left alone. */
export function ShareView({ page, preview = false }: { page: PublicPublicityPage; preview?: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [isPosterOpen, setPosterOpen] = useState(false);
  useEffect(() => {
    if (!preview) document.title = page.shareTitle;
  }, [page.shareTitle, preview]);
  const [cover, ...others] = page.photos;
  const { facts } = page;
  return (
    <article className="share-page" data-testid="share-page">
      {cover && (
        <img
          className="share-page__cover"
          src={cover.url}
          width={cover.width ?? undefined}
          height={cover.height ?? undefined}
          alt=""
          data-testid="share-cover"
        />
      )}
      <div className="share-page__body">
        <p className="share-page__organization" data-testid="share-organization">
          {facts.organizations.map((o) => o.name).join('、')}
          {facts.communityName && <span> · {facts.communityName}</span>}
        </p>
        <h1 data-testid="share-title">{page.title}</h1>
        <dl className="share-page__facts">
          <div>
            <dt>{t('publicity.share.time')}</dt>
            <dd>{formatDateTime(facts.startsAt, locale)}</dd>
          </div>
          {facts.placeName && (
            <div>
              <dt>{t('publicity.share.place')}</dt>
              <dd>{facts.placeName}</dd>
            </div>
          )}
        </dl>
        <p className="share-page__counts" data-testid="share-counts">
          {facts.organizerCount > 0 && <span>{t('publicity.share.organizers', { count: facts.organizerCount })}</span>}
          {facts.servedCount > 0 && <span>{t('publicity.share.served', { count: facts.servedCount })}</span>}
        </p>
        {page.lead && <p className="share-page__lead">{page.lead}</p>}
        {page.paragraphs.map((paragraph, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once and never reordered.
          <p key={index}>{paragraph}</p>
        ))}
        {others.length > 0 && (
          <div className="share-page__photos" data-testid="share-photos">
            {others.map((photo) => (
              <img key={photo.id} src={photo.url} alt="" loading="lazy" />
            ))}
          </div>
        )}
        {page.reflection && (
          <section className="share-page__reflection" data-testid="share-reflection">
            <h2>{t('publicity.share.reflection')}</h2>
            <p>{page.reflection}</p>
          </section>
        )}
        {page.quotes.length > 0 && (
          <section data-testid="share-quotes">
            <h2>{t('publicity.share.quotes')}</h2>
            {page.quotes.map((quote, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, shown once and never reordered.
              <blockquote key={index} className="share-page__quote">
                “{quote.text}”{quote.saidBy && <cite>—— {quote.saidBy}</cite>}
              </blockquote>
            ))}
          </section>
        )}
        {page.names.length > 0 && (
          <section data-testid="share-names">
            <h2>{t('publicity.share.names')}</h2>
            <p>{page.names.join('、')}</p>
          </section>
        )}
        {!preview && (
          <button
            type="button"
            className="button button--primary button--block"
            onClick={() => setPosterOpen(true)}
            data-testid="share-poster"
          >
            {t('publicity.share.poster')}
          </button>
        )}
        <footer className="share-page__footer">{t('publicity.share.footer')}</footer>
      </div>
      {isPosterOpen && (
        <Suspense fallback={<Loading />}>
          <PosterDialog page={page} onClose={() => setPosterOpen(false)} />
        </Suspense>
      )}
    </article>
  );
}
