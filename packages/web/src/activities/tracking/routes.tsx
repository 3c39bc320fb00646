import { lazy } from 'react';
import { Route } from 'react-router';

// Staff pages, loaded on demand (a leader's phone never downloads them).
const TrackingListPage = lazy(() => import('./tracking-list-page').then((m) => ({ default: m.TrackingListPage })));
const TrackingVisitPage = lazy(() => import('./visit-page').then((m) => ({ default: m.TrackingVisitPage })));
const DuplicatesPage = lazy(() => import('./duplicates-page').then((m) => ({ default: m.DuplicatesPage })));

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
