import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Every page on demand: a resident opening a share link or what's on gets only that small page.
const DraftEditorPage = lazyPage(() => import('./draft-editor-page').then((m) => m.DraftEditorPage));
const FeedPage = lazyPage(() => import('./feed-page').then((m) => m.FeedPage));
const SharePage = lazyPage(() => import('./share-page').then((m) => m.SharePage), ['publicity']);
const WhatsOnPage = lazyPage(() => import('./whats-on-page').then((m) => m.WhatsOnPage), ['publicity']);

/**
 * This capability's pages (publicity drafts, share pages, posters, the feed and what is on). `publicityRoutes()` is placed by app.tsx inside the signed-in
 * area; `publicityPublicRoutes()` outside it (pages a resident opens without an account).
 */
export function publicityRoutes() {
  return (
    <>
      <Route path="/publicity/feed" element={<FeedPage />} />
      <Route path="/publicity/:id/edit" element={<DraftEditorPage />} />
    </>
  );
}

/** The public share page of a published draft, and what is on in a community. */
export function publicityPublicRoutes() {
  return (
    <>
      <Route path="/p/:code" element={<SharePage />} />
      <Route path="/whats-on/:communityId" element={<WhatsOnPage />} />
    </>
  );
}
