import { Route } from 'react-router';
import { NewOrganizationPage } from './new-organization-page';

/**
 * This capability's pages, placed by app.tsx inside the signed-in area. Return <Route> elements
 * (a fragment is fine: React Router reads through it).
 */
export function registryRoutes() {
  return <Route path="/organizations/new" element={<NewOrganizationPage />} />;
}
