import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Pages on demand. The volunteer page /v/:code is no page of this app: the server renders it
// (server/src/volunteering/volunteer-page.ts).
const MyHoursPage = lazyPage(() => import('./my-hours-page').then((m) => m.MyHoursPage));

/** This capability's pages (volunteer service hours and certificates), placed by app.tsx inside the signed-in area. */
export function volunteeringRoutes() {
  return <Route path="/me/volunteer-hours" element={<MyHoursPage />} />;
}
