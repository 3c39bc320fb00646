import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

// Pages on demand; the phone's pages name their message groups (the bundle budget).
const EntryFormPage = lazyPage(() => import('./entry-form-page').then((m) => m.EntryFormPage), ['books']);
const StatementPage = lazyPage(() => import('./statement-page').then((m) => m.StatementPage), ['books']);
const HandoverPage = lazyPage(() => import('./handover-page').then((m) => m.HandoverPage), ['books']);
const BookPage = lazyPage(() => import('./book-page').then((m) => m.BookPage), ['books']);

/** This capability's pages (a team's cash book 账本), placed by app.tsx inside the signed-in area. */
export function booksRoutes() {
  return (
    <>
      <Route path="/organizations/:id/books/new" element={<EntryFormPage />} />
      <Route path="/organizations/:id/books/statement" element={<StatementPage />} />
      <Route path="/organizations/:id/books/handover" element={<HandoverPage />} />
      <Route path="/organizations/:id/books" element={<BookPage />} />
    </>
  );
}
