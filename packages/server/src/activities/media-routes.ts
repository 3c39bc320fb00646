import { newRouter } from '../http/router';

/** Photos, the video clip and sheet photos of activities: upload, list, serve, remove. Registered in app.ts. */
export const mediaRoutes = newRouter();
