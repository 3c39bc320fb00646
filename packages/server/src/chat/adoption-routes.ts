import { chatAdoptionSuggestionSchema, idParamSchema } from '@seedbed/core';
import { findChatAdoptionSuggestion } from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * The adoption step suggested from a group's trail (issue 19, beyond the seed), for staff: the confirmed
 * step and who confirmed it, the suggestion and its evidence. Staff confirm it through
 * `PATCH /api/chat-groups/{id}` (group-routes.ts), which records who confirmed it.
 */
const route = routesOf('chat');

const suggestion = route({
  method: 'get',
  path: '/api/chat-groups/{id}/adoption-suggestion',
  summary:
    'The adoption step (seed 002’s five steps) suggested from the group’s last weeks of trail, with its evidence (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatAdoptionSuggestionSchema, 'the confirmed step, the suggestion and its evidence') },
});

export const chatAdoptionRoutes = newRouter().openapi(suggestion, (c) =>
  answer(c, 'chat.manage', 200, (call) => findChatAdoptionSuggestion(call, c.req.valid('param').id)),
);
