import { Route } from 'react-router';
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
