import { chatRosterInputSchema, chatRosterOutcomeSchema, idParamSchema } from '@seedbed/core';
import { writeChatRoster } from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * A group's member list 成员名单 (issue 19: WeCom's group details, "for join times"): staff post the
 * WeCom API answer as it came back; its members become the group's senders with their join times.
 * Staff only (chat.manage), with the organization's agreement in force.
 */
const route = routesOf('chat');

const upload = route({
  method: 'post',
  path: '/api/chat-groups/{id}/roster',
  summary:
    'Staff post a WeCom member list (externalcontact/groupchat/get or msgaudit/groupchat/get); members become senders with join times',
  request: { params: idParamSchema, ...jsonBody(chatRosterInputSchema) },
  responses: {
    200: jsonOk(chatRosterOutcomeSchema, 'counts of members read, senders added and updated'),
    409: { description: 'chat.no_agreement, chat.other_group_export' },
  },
});

export const chatRosterRoutes = newRouter().openapi(upload, (c) =>
  answer(c, 'chat.manage', 200, (call) => writeChatRoster(call, c.req.valid('param').id, c.req.valid('json'))),
);
