import { newRouter } from '../http/router';
import { coachingFigureRoutes } from './figure-routes';
import { coachingPlanRoutes } from './plan-routes';
import { coachingProgrammeRoutes } from './programme-routes';
import { coachingSessionRoutes } from './session-routes';

/** Coaching sessions (辅导), cultivation plans and programmes, and the workload view. Registered in app.ts. */
export const coachingRoutes = newRouter()
  .route('/', coachingSessionRoutes)
  .route('/', coachingPlanRoutes)
  .route('/', coachingFigureRoutes)
  .route('/', coachingProgrammeRoutes);
