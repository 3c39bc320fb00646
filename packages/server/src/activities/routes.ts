import { newRouter } from '../http/router';

/** Activities: the organization's record and the staff's tracking log of one activity. */
export const activityRoutes = newRouter();
