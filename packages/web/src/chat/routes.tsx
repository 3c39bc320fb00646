import { Route } from 'react-router';
import { lazyPage } from '../shared/lazy-page';

const ChatGroupPage = lazyPage(() => import('./group-page').then((m) => m.ChatGroupPage), ['chat', 'chatGroups']);
const ChatStreetPage = lazyPage(() => import('./street-page').then((m) => m.ChatStreetPage), ['chat', 'chatGroups']);
const ChatTopicWordsPage = lazyPage(
  () => import('./topic-words-page').then((m) => m.ChatTopicWordsPage),
  ['chatTopicWords'],
);

/** The chat trail's views (issue 19): a group's page and the street's page, placed by app.tsx. */
export function chatViewRoutes() {
  return (
    <>
      <Route path="/chat-groups/:id" element={<ChatGroupPage />} />
      <Route path="/streets/:id/chat" element={<ChatStreetPage />} />
      <Route path="/streets/:id/chat-topic-words" element={<ChatTopicWordsPage />} />
    </>
  );
}
