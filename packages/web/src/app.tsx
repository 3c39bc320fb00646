import { BrowserRouter, Route, Routes } from 'react-router';
import { InvitePage, LoginPage } from './accounts';
import { activityPublicRoutes, activityRoutes } from './activities/routes';
import { trackingRoutes } from './activities/tracking/routes';
import { coachingRoutes } from './coaching/routes';
import { CommunityPage, HomePage } from './communities';
import { surveyRoutes } from './communities/routes';
import { documentsRoutes } from './documents/routes';
import { OrganizationPage } from './organizations';
import { registryRoutes } from './organizations/routes';
import { peopleRoutes } from './people/routes';
import { publicityPublicRoutes, publicityRoutes } from './publicity/routes';
import { StreetOverviewPage } from './reports';
import { Layout, RequireUser } from './shared/layout';
import { SessionProvider } from './shared/session';
import { NotFoundPage } from './shared/status-pages';
import { volunteeringPublicRoutes, volunteeringRoutes } from './volunteering/routes';

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
            {activityPublicRoutes()}
            {volunteeringPublicRoutes()}
            {publicityPublicRoutes()}
            <Route element={<RequireUser />}>
              <Route index element={<HomePage />} />
              <Route path="/streets/:id" element={<StreetOverviewPage />} />
              <Route path="/communities/:id" element={<CommunityPage />} />
              <Route path="/organizations/:id" element={<OrganizationPage />} />
              {surveyRoutes()}
              {peopleRoutes()}
              {registryRoutes()}
              {activityRoutes()}
              {trackingRoutes()}
              {coachingRoutes()}
              {volunteeringRoutes()}
              {publicityRoutes()}
              {documentsRoutes()}
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
