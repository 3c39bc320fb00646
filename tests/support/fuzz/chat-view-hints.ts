/** The chat trail's read side (issue 19): a period that runs forward, so the base request is answered. */
const period = { from: '2026-03-01', to: '2026-03-31' };
export const chatViewQueryHints: Record<string, Record<string, string>> = {
  'GET /api/chat-groups/{id}/analysis': period,
  'GET /api/organizations/{id}/chat-figures': period,
  'GET /api/streets/{id}/chat-figures': period,
  'GET /api/streets/{id}/chat-bridges': period,
};
