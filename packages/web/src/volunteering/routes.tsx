import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Pages on demand: a volunteer opening /v/:code gets only that small page.
const VolunteerPage = lazyPage(() => import('./volunteer-page').then((m) => m.VolunteerPage), ['volunteering']);
const MyHoursPage = lazyPage(() => import('./my-hours-page').then((m) => m.MyHoursPage));

/**
 * This capability's pages (volunteer service hours and certificates). `volunteeringRoutes()` is placed by app.tsx inside the signed-in
 * area; `volunteeringPublicRoutes()` outside it (pages a resident opens without an account).
 */
export function volunteeringRoutes() {
  return <Route path="/me/volunteer-hours" element={<MyHoursPage />} />;
}

/** The volunteer sign-in/sign-out page from the link or QR code. */
export function volunteeringPublicRoutes() {
  return <Route path="/v/:code" element={<VolunteerPage />} />;
}
