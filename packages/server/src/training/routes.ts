import { newRouter } from '../http/router';
import { trainingApplicationRoutes } from './application-routes';
import { trainingCohortRoutes } from './cohort-routes';
import { trainingRoundLinkRoutes } from './round-link-routes';
import { trainingSessionRoutes } from './session-routes';

/** Training programmes (issue 17): programmes, cohorts, applications, sessions, graduation. Registered in app.ts. */
export const trainingRoutes = newRouter()
  .route('/', trainingCohortRoutes)
  .route('/', trainingApplicationRoutes)
  .route('/', trainingSessionRoutes)
  .route('/', trainingRoundLinkRoutes);
