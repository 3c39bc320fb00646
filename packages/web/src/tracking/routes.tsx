import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff pages, loaded on demand (a leader's phone never downloads them).
const TrackingListPage = lazyPage(() => import('./tracking-list-page').then((m) => m.TrackingListPage));
const TrackingVisitPage = lazyPage(() => import('./visit-page').then((m) => m.TrackingVisitPage));
const DuplicatesPage = lazyPage(() => import('./duplicates-page').then((m) => m.DuplicatesPage));

/**
 * This capability's pages (staff tracking logs (追踪日志) and merging suspected duplicates),
 * placed by app.tsx inside the signed-in area.
 */
export function trackingRoutes() {
  return (
    <>
      <Route path="/tracking" element={<TrackingListPage />} />
      <Route path="/tracking/new" element={<TrackingVisitPage />} />
      <Route path="/activities/duplicates" element={<DuplicatesPage />} />
    </>
  );
}
