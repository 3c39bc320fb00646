import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

const PlacesPage = lazyPage(() => import('./places-page').then((m) => m.PlacesPage), ['communities']);

/**
 * This capability's pages, placed by app.tsx inside the signed-in area. Return <Route> elements
 * (a fragment is fine: React Router reads through it).
 */
export function surveyRoutes() {
  return <Route path="/places" element={<PlacesPage />} />;
}
