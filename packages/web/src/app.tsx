import { BrowserRouter, Route, Routes } from 'react-router';
import { passwordPublicRoutes, passwordRoutes } from './accounts/password-routes';
import { accountRoutes } from './accounts/routes';
import { activityRoutes } from './activities/routes';
import { allocationRoutes } from './allocation/routes';
import { booksRoutes } from './books/routes';
import { chatFormRoutes } from './chat/form-routes';
import { chatImportRoutes } from './chat/import-routes';
import { chatViewRoutes } from './chat/routes';
import { coachingRoutes } from './coaching/routes';
import { surveyRoutes } from './communities/routes';
import { deliberationRoutes } from './deliberation/routes';
import { documentsRoutes } from './documents/routes';
import { evaluationRoutes } from './evaluation/routes';
import { grantRoutes } from './grants/routes';
import { registryRoutes } from './organizations/routes';
import { peopleRoutes } from './people/routes';
import { publicityPublicRoutes, publicityRoutes } from './publicity/routes';
import { Layout, RequireUser } from './shared/layout';
import { lazyPage } from './shared/lazy-page';
import { SessionProvider } from './shared/session';
import { NotFoundPage } from './shared/status-pages';
import { trackingRoutes } from './tracking/routes';
import { trainingRoutes } from './training/routes';
import { volunteeringRoutes } from './volunteering/routes';

// Every page is loaded on demand: the entry holds only the frame (router, session, language), so
// a leader's phone downloads the one screen it opens (tests/build/bundle-budget.test.ts).
const LoginPage = lazyPage(() => import('./accounts/login-page').then((m) => m.LoginPage), []);
const InvitePage = lazyPage(() => import('./accounts/invite-page').then((m) => m.InvitePage), []);
const HomePage = lazyPage(() => import('./communities/street-list-page').then((m) => m.HomePage));
const CommunityPage = lazyPage(() => import('./communities/community-page').then((m) => m.CommunityPage));
const OrganizationPage = lazyPage(() => import('./organizations/organization-page').then((m) => m.OrganizationPage));
const StreetOverviewPage = lazyPage(() => import('./reports/street-overview-page').then((m) => m.default));
const CommunityOverviewPage = lazyPage(() => import('./reports/community-overview-page').then((m) => m.default));

/**
 * Routes. Login and invitations are open; everything else needs a session. What a logged-in user
 * may see is the server's decision: a refused record renders the 403 screen, never partial data.
 */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route element={<Layout />}>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/invite/:code" element={<InvitePage />} />
            {passwordPublicRoutes()}
            {publicityPublicRoutes()}
            <Route element={<RequireUser />}>
              <Route index element={<HomePage />} />
              <Route path="/streets/:id" element={<StreetOverviewPage />} />
              <Route path="/communities/:id" element={<CommunityPage />} />
              <Route path="/communities/:id/overview" element={<CommunityOverviewPage />} />
              <Route path="/organizations/:id" element={<OrganizationPage />} />
              {accountRoutes()}
              {surveyRoutes()}
              {peopleRoutes()}
              {registryRoutes()}
              {activityRoutes()}
              {trackingRoutes()}
              {coachingRoutes()}
              {volunteeringRoutes()}
              {trainingRoutes()}
              {publicityRoutes()}
              {documentsRoutes()}
              {grantRoutes()}
              {evaluationRoutes()}
              {passwordRoutes()}
              {booksRoutes()}
              {chatViewRoutes()}
              {chatImportRoutes()}
              {chatFormRoutes()}
              {allocationRoutes()}
              {deliberationRoutes()}
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
