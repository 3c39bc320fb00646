import { Route } from 'react-router';
import { loadMessages } from '../i18n';
import { fetchEarly } from '../shared/api';
import { lazyPage } from '../shared/lazy-page';

// Every page on demand: the form's chunk is measured against the phone's budget
// (tests/build/bundle-budget.test.ts). The residents' sign-in /s/:code is no page of this app: the
// server renders it (server/src/activities/sign-in-page.ts).
const ActivityFormPage = lazyPage(() => import('./activity-form-page').then((m) => m.ActivityFormPage), ['activities']);
const ActivityEditPage = lazyPage(() => import('./activity-form-page').then((m) => m.ActivityEditPage), ['activities']);
const ActivityPage = lazyPage(() => import('./activity-page').then((m) => m.ActivityPage));
const PlanActivityPage = lazyPage(() => import('./plan-activity-page').then((m) => m.PlanActivityPage));
const OccurrenceSignInPage = lazyPage(() => import('./occurrence-sign-in-page').then((m) => m.OccurrenceSignInPage));

/**
 * This capability's pages (activities: the leader's phone form, the activity page, planned
 * activities). Placed by app.tsx inside the signed-in area; static paths before /activities/:id.
 */
export function activityRoutes() {
  return (
    <>
      <Route path="/activities/new" element={<ActivityFormPage />} />
      <Route path="/activities/plan" element={<PlanActivityPage />} />
      <Route path="/activities/planned/:id/:date" element={<OccurrenceSignInPage />} />
      <Route path="/activities/:id/edit" element={<ActivityEditPage />} />
      <Route path="/activities/:id" element={<ActivityPage />} />
    </>
  );
}

/**
 * A leader opening the form's link (shared in the group chat, or 记录活动 after a reload) waits for
 * the session check before the route renders; the form's chunk, its strings and its team are
 * fetched meanwhile (main.tsx), not after it — on slow 3G two round trips and the chunk's transfer
 * sooner (npm run bench). A failure is ignored: the route asks again when it renders.
 */
export function preloadActivityFormFor(where: { pathname: string; search: string }): void {
  if (where.pathname !== '/activities/new') return;
  import('./activity-form-page').catch(() => undefined);
  loadMessages(['activities']).catch(() => undefined);
  const organizationId = new URLSearchParams(where.search).get('organizationId');
  // The very path the form's useResource asks for (activity-form-page.tsx FormForOrganization).
  if (organizationId) fetchEarly(`/api/organizations/${encodeURIComponent(organizationId)}`);
}
