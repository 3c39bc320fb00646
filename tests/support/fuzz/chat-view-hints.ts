/** The chat trail's read side (issue 19): a period that runs forward, so the base request is answered. */
const period = { from: '2026-03-01', to: '2026-03-31' };
export const chatViewQueryHints: Record<string, Record<string, string>> = {
  // the network settings too, so each is mutated (a bad value is a 400, never a 5xx)
  'GET /api/chat-groups/{id}/analysis': { ...period, gap: '10', reply: '1', mention: '2', response: '0.5' },
  'GET /api/organizations/{id}/chat-figures': period,
  'GET /api/organizations/{id}/chat-corroboration': period,
  'GET /api/streets/{id}/chat-figures': period,
  'GET /api/streets/{id}/chat-bridges': period,
};
