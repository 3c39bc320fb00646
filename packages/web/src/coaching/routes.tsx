import { lazy } from 'react';
import { Route } from 'react-router';

// Staff pages, loaded on demand.
const SessionFormPage = lazy(() => import('./session-form-page').then((m) => ({ default: m.SessionFormPage })));
const SessionEditPage = lazy(() => import('./session-edit-page').then((m) => ({ default: m.SessionEditPage })));
const SessionListPage = lazy(() => import('./session-list-page').then((m) => ({ default: m.SessionListPage })));
const WorkloadPage = lazy(() => import('./workload-page').then((m) => ({ default: m.WorkloadPage })));

/**
 * This capability's pages (coaching sessions, cultivation plans and the workload view). `coachingRoutes()` is placed by app.tsx inside the signed-in
 * area. Static paths before any with parameters.
 */
export function coachingRoutes() {
  return (
    <>
      <Route path="/coaching/sessions/new" element={<SessionFormPage />} />
      <Route path="/coaching/sessions/:id/edit" element={<SessionEditPage />} />
      <Route path="/coaching/sessions" element={<SessionListPage />} />
      <Route path="/coaching/workload" element={<WorkloadPage />} />
    </>
  );
}
