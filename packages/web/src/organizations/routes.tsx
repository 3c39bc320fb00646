import { lazy } from 'react';
import { Route } from 'react-router';

// Staff and admin only: loaded on demand.
const NewOrganizationPage = lazy(() =>
  import('./new-organization-page').then((m) => ({ default: m.NewOrganizationPage })),
);
const SettingsPage = lazy(() => import('./settings-page').then((m) => ({ default: m.SettingsPage })));

/**
 * This capability's pages, placed by app.tsx inside the signed-in area. Return <Route> elements
 * (a fragment is fine: React Router reads through it).
 */
export function registryRoutes() {
  return (
    <>
      <Route path="/organizations/new" element={<NewOrganizationPage />} />
      <Route path="/settings" element={<SettingsPage />} />
    </>
  );
}
