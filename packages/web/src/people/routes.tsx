import { Route } from 'react-router';
import { DuplicatesPage } from './duplicates-page';
import { NewPersonPage } from './new-person-page';
import { PeopleListPage } from './people-list-page';
import { PersonPage } from './person-page';

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
