import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff and admin only: loaded on demand.
const NewOrganizationPage = lazyPage(() => import('./new-organization-page').then((m) => m.NewOrganizationPage));
const SettingsPage = lazyPage(() => import('./settings-page').then((m) => m.SettingsPage));
const OrganizationListPage = lazyPage(() => import('./organization-list-page').then((m) => m.OrganizationListPage));

/**
 * This capability's pages, placed by app.tsx inside the signed-in area. Return <Route> elements
 * (a fragment is fine: React Router reads through it).
 */
export function registryRoutes() {
  return (
    <>
      <Route path="/organizations" element={<OrganizationListPage />} />
      <Route path="/organizations/new" element={<NewOrganizationPage />} />
      <Route path="/settings" element={<SettingsPage />} />
    </>
  );
}
