import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff on a desk; the expert on a desk; officials and funders the released results; the team's sheets and results on a phone (its strings only).
const CampaignListPage = lazyPage(() => import('./campaign-list-page').then((m) => m.CampaignListPage), ['evaluation']);
const CampaignPage = lazyPage(() => import('./campaign-page').then((m) => m.CampaignPage), ['evaluation']);
const TasksPage = lazyPage(() => import('./tasks-page').then((m) => m.TasksPage), ['evaluation']);
const SheetPage = lazyPage(() => import('./sheet-page').then((m) => m.SheetPage), ['evaluation']);
const ReleasedListPage = lazyPage(() => import('./released-page').then((m) => m.ReleasedListPage), ['evaluation']);
const ReleasedCampaignPage = lazyPage(
  () => import('./released-page').then((m) => m.ReleasedCampaignPage),
  ['evaluation'],
);
const TeamResultsPage = lazyPage(() => import('./team-results-page').then((m) => m.TeamResultsPage), ['evaluation']);

/** The four-dimension evaluation's pages, placed by app.tsx inside the signed-in area. Static paths first. */
export function evaluationRoutes() {
  return (
    <>
      <Route path="/evaluation" element={<CampaignListPage />} />
      <Route path="/evaluation/tasks" element={<TasksPage />} />
      <Route path="/evaluation/released" element={<ReleasedListPage />} />
      <Route path="/evaluation/released/:id" element={<ReleasedCampaignPage />} />
      <Route path="/evaluation/:id" element={<CampaignPage />} />
      <Route path="/evaluation/:id/sheet" element={<SheetPage />} />
      <Route path="/organizations/:id/evaluation" element={<TeamResultsPage />} />
    </>
  );
}
