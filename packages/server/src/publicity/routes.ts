import { newRouter } from '../http/router';

/** Publicity drafts (活动信息稿), public share pages and the feed across organizations. Registered in app.ts. */
export const publicityRoutes = newRouter();
