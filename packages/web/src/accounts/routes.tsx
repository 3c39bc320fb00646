import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

const AccountsPage = lazyPage(() => import('./accounts-page').then((m) => m.AccountsPage));

/**
 * This capability's signed-in pages (the login and invite pages are open, placed by app.tsx).
 * `accountRoutes()` is placed by app.tsx inside the signed-in area.
 */
export function accountRoutes() {
  return <Route path="/accounts" element={<AccountsPage />} />;
}
