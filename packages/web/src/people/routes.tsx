import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Staff registers: loaded on demand, so a leader's phone never downloads them.
const PeopleListPage = lazyPage(() => import('./people-list-page').then((m) => m.PeopleListPage));
const NewPersonPage = lazyPage(() => import('./new-person-page').then((m) => m.NewPersonPage));
const DuplicatesPage = lazyPage(() => import('./duplicates-page').then((m) => m.DuplicatesPage));
const PersonPage = lazyPage(() => import('./person-page').then((m) => m.PersonPage));

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
