import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff pages, loaded on demand.
const SessionFormPage = lazyPage(() => import('./session-form-page').then((m) => m.SessionFormPage));
const SessionEditPage = lazyPage(() => import('./session-edit-page').then((m) => m.SessionEditPage));
const SessionListPage = lazyPage(() => import('./session-list-page').then((m) => m.SessionListPage));
const ProgrammeListPage = lazyPage(() => import('./programme-list-page').then((m) => m.ProgrammeListPage));
const ProgrammePage = lazyPage(() => import('./programme-page').then((m) => m.ProgrammePage));
const WorkloadPage = lazyPage(() => import('./workload-page').then((m) => m.WorkloadPage));

/**
 * This capability's pages (coaching sessions, cultivation plans and programmes, the workload view). `coachingRoutes()` is placed by app.tsx inside the signed-in
 * area. Static paths before any with parameters.
 */
export function coachingRoutes() {
  return (
    <>
      <Route path="/coaching/sessions/new" element={<SessionFormPage />} />
      <Route path="/coaching/sessions/:id/edit" element={<SessionEditPage />} />
      <Route path="/coaching/sessions" element={<SessionListPage />} />
      <Route path="/coaching/workload" element={<WorkloadPage />} />
      <Route path="/coaching/programmes" element={<ProgrammeListPage />} />
      <Route path="/coaching/programmes/:id" element={<ProgrammePage />} />
    </>
  );
}
