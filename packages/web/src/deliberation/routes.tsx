import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

const MeetingsPage = lazyPage(() => import('./meetings-page').then((m) => m.MeetingsPage), ['deliberation']);
const MeetingPage = lazyPage(() => import('./meeting-page').then((m) => m.MeetingPage), ['deliberation']);

/** This capability's pages (meetings and votes 议事协商), placed by app.tsx inside the signed-in area. */
export function deliberationRoutes() {
  return (
    <>
      <Route path="/meetings" element={<MeetingsPage />} />
      <Route path="/meetings/:id" element={<MeetingPage />} />
    </>
  );
}
