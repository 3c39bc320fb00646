import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

const MeetingsPage = lazyPage(() => import('./meetings-page').then((m) => m.MeetingsPage), ['deliberation']);
const NewMeetingPage = lazyPage(() => import('./meeting-form-page').then((m) => m.NewMeetingPage), ['deliberation']);
const EditMeetingPage = lazyPage(() => import('./meeting-form-page').then((m) => m.EditMeetingPage), ['deliberation']);
const MeetingPage = lazyPage(() => import('./meeting-page').then((m) => m.MeetingPage), ['deliberation']);
const CouncilTermsPage = lazyPage(
  () => import('./council-terms-page').then((m) => m.CouncilTermsPage),
  ['deliberation'],
);
const CouncilTermPage = lazyPage(() => import('./council-term-page').then((m) => m.CouncilTermPage), ['deliberation']);

/** This capability's pages (meetings and votes 议事协商), placed by app.tsx inside the signed-in area. */
export function deliberationRoutes() {
  return (
    <>
      <Route path="/meetings" element={<MeetingsPage />} />
      <Route path="/meetings/new" element={<NewMeetingPage />} />
      <Route path="/meetings/:id" element={<MeetingPage />} />
      <Route path="/organizations/:id/council-terms" element={<CouncilTermsPage />} />
      <Route path="/council-terms/:id" element={<CouncilTermPage />} />
      <Route path="/meetings/:id/edit" element={<EditMeetingPage />} />
    </>
  );
}
