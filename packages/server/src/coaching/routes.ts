import { newRouter } from '../http/router';

/** Coaching sessions (辅导), cultivation plans and the workload view. Registered in app.ts. */
export const coachingRoutes = newRouter();
