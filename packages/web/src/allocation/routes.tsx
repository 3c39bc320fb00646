import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Pages on demand; the leader's phone pages name their message group (the bundle budget).
const SpacesPage = lazyPage(() => import('./spaces-page').then((m) => m.SpacesPage), ['allocation']);
const SpaceWeekPage = lazyPage(() => import('./space-week-page').then((m) => m.SpaceWeekPage), ['allocation']);
const BookingFormPage = lazyPage(() => import('./booking-form-page').then((m) => m.BookingFormPage), ['allocation']);
const HoursEditorPage = lazyPage(() => import('./hours-editor-page').then((m) => m.HoursEditorPage), ['allocation']);
const DisputesPage = lazyPage(() => import('./disputes-page').then((m) => m.DisputesPage), ['allocation']);
const HonoursPage = lazyPage(() => import('./honours-page').then((m) => m.HonoursPage), ['allocation']);

/** This capability's pages (space booking, disputes, honours), placed by app.tsx inside the signed-in area. */
export function allocationRoutes() {
  return (
    <>
      <Route path="/communities/:id/spaces" element={<SpacesPage />} />
      <Route path="/communities/:id/disputes" element={<DisputesPage />} />
      <Route path="/communities/:id/honours" element={<HonoursPage />} />
      <Route path="/spaces/:id/book" element={<BookingFormPage />} />
      <Route path="/spaces/:id/hours" element={<HoursEditorPage />} />
      <Route path="/spaces/:id" element={<SpaceWeekPage />} />
    </>
  );
}
