import { newRouter } from '../http/router';

/** Staff tracking logs (追踪日志) and merging two records of one activity. Registered in app.ts. */
export const trackingRoutes = newRouter();
