import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff pages, loaded on demand. A round's public page /r/:code is no page of this app: the server
// renders it (server/src/grants/round-page.ts).
const RoundListPage = lazyPage(() => import('./round-list-page').then((m) => m.RoundListPage), ['grants']);
const RoundFormPage = lazyPage(() => import('./round-form-page').then((m) => m.RoundFormPage), ['grants']);
const RoundPage = lazyPage(() => import('./round-page').then((m) => m.RoundPage), ['grants']);
// A grant's money: the team's pages are opened on phones.
const AgreementPage = lazyPage(() => import('./agreement-page').then((m) => m.AgreementPage), ['grants']);
const ClaimFormPage = lazyPage(() => import('./claim-form-page').then((m) => m.ClaimFormPage), ['grants']);
const TeamAgreementsPage = lazyPage(
  () => import('./team-agreements-page').then((m) => m.TeamAgreementsPage),
  ['grants'],
);

/** This capability's pages (micro-grant rounds), placed by app.tsx inside the signed-in area. Static paths first. */
export function grantRoutes() {
  return (
    <>
      <Route path="/grants/rounds" element={<RoundListPage />} />
      <Route path="/grants/rounds/new" element={<RoundFormPage />} />
      <Route path="/grants/rounds/:id/edit" element={<RoundFormPage />} />
      <Route path="/grants/rounds/:id" element={<RoundPage />} />
      <Route path="/grants/agreements/:id/claims/new" element={<ClaimFormPage />} />
      <Route path="/grants/agreements/:id" element={<AgreementPage />} />
      <Route path="/organizations/:id/grants" element={<TeamAgreementsPage />} />
    </>
  );
}
