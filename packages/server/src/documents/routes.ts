import { newRouter } from '../http/router';

/** Printable PDFs: the sign-in sheet and the activity record sheet. Registered in app.ts. */
export const documentRoutes = newRouter();
