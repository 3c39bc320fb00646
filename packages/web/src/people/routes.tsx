import { lazy } from 'react';
import { Route } from 'react-router';

// Staff registers: loaded on demand, so a leader's phone never downloads them.
const PeopleListPage = lazy(() => import('./people-list-page').then((m) => ({ default: m.PeopleListPage })));
const NewPersonPage = lazy(() => import('./new-person-page').then((m) => ({ default: m.NewPersonPage })));
const DuplicatesPage = lazy(() => import('./duplicates-page').then((m) => ({ default: m.DuplicatesPage })));
const PersonPage = lazy(() => import('./person-page').then((m) => ({ default: m.PersonPage })));

/**
 * This capability's pages, placed by app.tsx inside the signed-in area. Return <Route> elements
 * (a fragment is fine: React Router reads through it). Static paths come before /people/:id.
 */
export function peopleRoutes() {
  return (
    <>
      <Route path="/people" element={<PeopleListPage />} />
      <Route path="/people/new" element={<NewPersonPage />} />
      <Route path="/people/duplicates" element={<DuplicatesPage />} />
      <Route path="/people/:id" element={<PersonPage />} />
    </>
  );
}
