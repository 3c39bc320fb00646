import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

const ChatImportPage = lazyPage(() => import('./import-page').then((m) => m.ChatImportPage), ['chatImport']);

/** The chat import page (issue 19, part B), placed by app.tsx inside the signed-in area. */
export function chatImportRoutes() {
  return <Route path="/chat-groups/:id/imports" element={<ChatImportPage />} />;
}
