import { lazy } from 'react';
import { Route } from 'react-router';

// Every page on demand: the form's chunk is measured against the phone's budget
// (tests/build/bundle-budget.test.ts), and residents opening the sign-in link get only that page.
const ActivityFormPage = lazy(() => import('./activity-form-page').then((m) => ({ default: m.ActivityFormPage })));
const ActivityEditPage = lazy(() => import('./activity-form-page').then((m) => ({ default: m.ActivityEditPage })));
const ActivityPage = lazy(() => import('./activity-page').then((m) => ({ default: m.ActivityPage })));
const PlanActivityPage = lazy(() => import('./plan-activity-page').then((m) => ({ default: m.PlanActivityPage })));
const SignInPage = lazy(() => import('./sign-in-page').then((m) => ({ default: m.SignInPage })));

/**
 * This capability's pages (activities: the leader's phone form, the activity page, planned
 * activities). Placed by app.tsx inside the signed-in area; static paths before /activities/:id.
 */
export function activityRoutes() {
  return (
    <>
      <Route path="/activities/new" element={<ActivityFormPage />} />
      <Route path="/activities/plan" element={<PlanActivityPage />} />
      <Route path="/activities/:id/edit" element={<ActivityEditPage />} />
      <Route path="/activities/:id" element={<ActivityPage />} />
    </>
  );
}

/** Pages a resident opens without an account: the self sign-in from the QR code. */
export function activityPublicRoutes() {
  return <Route path="/s/:code" element={<SignInPage />} />;
}
