import { lazy } from 'react';
import { Route } from 'react-router';

// Staff only: loaded on demand.
const NewOrganizationPage = lazy(() =>
  import('./new-organization-page').then((m) => ({ default: m.NewOrganizationPage })),
);

/**
 * This capability's pages, placed by app.tsx inside the signed-in area. Return <Route> elements
 * (a fragment is fine: React Router reads through it).
 */
export function registryRoutes() {
  return <Route path="/organizations/new" element={<NewOrganizationPage />} />;
}
