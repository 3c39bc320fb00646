import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

const groups = ['chat', 'chatGroups'] as const;
const ChatGroupFormPage = lazyPage(() => import('./group-form-page').then((m) => m.ChatGroupFormPage), groups);
const ChatAgreementPage = lazyPage(() => import('./agreement-page').then((m) => m.ChatAgreementPage), groups);
const ChatSendersPage = lazyPage(
  () => import('./senders-page').then((m) => m.ChatSendersPage),
  [...groups, 'chatRoster'],
);

/** The chat trail's staff forms (issue 19, part F): a group's record, its agreement, its senders. */
export function chatFormRoutes() {
  return (
    <>
      <Route path="/chat-groups/new" element={<ChatGroupFormPage />} />
      <Route path="/chat-groups/:id/edit" element={<ChatGroupFormPage />} />
      <Route path="/chat-groups/:id/agreement" element={<ChatAgreementPage />} />
      <Route path="/chat-groups/:id/senders" element={<ChatSendersPage />} />
    </>
  );
}
