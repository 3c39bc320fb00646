import { newRouter } from '../http/router';

/** Volunteer service hours and numbered certificates (志愿服务证明). Registered in app.ts. */
export const volunteeringRoutes = newRouter();
