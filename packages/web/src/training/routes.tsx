import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff pages, loaded on demand.
const TrainingProgrammesPage = lazyPage(() => import('./programmes-page').then((m) => m.TrainingProgrammesPage));
const TrainingCohortPage = lazyPage(() => import('./cohort-page').then((m) => m.TrainingCohortPage));

/** This capability's pages (training programmes and cohorts), placed by app.tsx inside the signed-in area. */
export function trainingRoutes() {
  return (
    <>
      <Route path="/training" element={<TrainingProgrammesPage />} />
      <Route path="/training/cohorts/:id" element={<TrainingCohortPage />} />
    </>
  );
}
