import {
  can,
  chatActivityCorroborationSchema,
  chatAnalysisQuerySchema,
  chatBridgesSchema,
  chatGroupAnalysisSchema,
  chatKeptTextQuerySchema,
  chatKeptTextSchema,
  chatOrganizationCorroborationSchema,
  chatOrganizationFiguresSchema,
  chatPeriodQuerySchema,
  chatStreetFiguresQuerySchema,
  chatStreetFiguresSchema,
  idParamSchema,
} from '@seedbed/core';
import {
  findActivityChatCorroboration,
  findChatGroupAnalysis,
  findChatKeptText,
  findOrganizationChatCorroboration,
  findOrganizationChatFigures,
  findStreetChatBridges,
  findStreetChatFigures,
} from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * The chat trail's read side (issue 19 "Views"): a group's analysis (staff and the team's leader;
 * names only for roles that read residents' names), an organization's and a street's figures (counts,
 * for officials and funders too), and the street's bridges (staff). Every answer is for a period.
 */
const route = routesOf('chat');

const analysis = route({
  method: 'get',
  path: '/api/chat-groups/{id}/analysis',
  summary: 'A group’s network, trends, member table with marginalisation flags and topic shares for a period',
  request: { params: idParamSchema, query: chatAnalysisQuerySchema },
  responses: {
    200: jsonOk(chatGroupAnalysisSchema, 'the analysis'),
    409: { description: 'chat.no_agreement: no agreement of the organization in force' },
  },
});

const keptText = route({
  method: 'get',
  path: '/api/chat-groups/{id}/kept-text',
  summary:
    'The newest messages whose text the agreement keeps, with the day each is forgotten (staff; none when analysis only)',
  request: { params: idParamSchema, query: chatKeptTextQuerySchema },
  responses: {
    200: jsonOk(chatKeptTextSchema, 'the kept text'),
    409: { description: 'chat.no_agreement: no agreement of the organization in force' },
  },
});

/**
 * A route of its own rather than a field of the activity's read: the activity's read belongs to the
 * activities capability and reaches roles chat figures do not (members, assistants), and the mark reads
 * the chat trail, which the activity page asks for only when the caller may see chat counts.
 */
const corroboration = route({
  method: 'get',
  path: '/api/activities/{id}/chat-corroboration',
  summary:
    'An activity’s chat mark: photos and messages about it in its organizations’ groups that day and the next (counts only)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatActivityCorroborationSchema, 'the mark and its counts') },
});

const organizationCorroboration = route({
  method: 'get',
  path: '/api/organizations/{id}/chat-corroboration',
  summary:
    'An organization’s held and passed planned activities of a period with their chat marks; planned dates with a silent group are questions for staff',
  request: { params: idParamSchema, query: chatPeriodQuerySchema },
  responses: {
    200: jsonOk(chatOrganizationCorroborationSchema, 'the activities and their marks'),
    400: { description: 'chat.period_reversed / chat.period_too_long' },
  },
});

const organizationFigures = route({
  method: 'get',
  path: '/api/organizations/{id}/chat-figures',
  summary: 'An organization’s groups with their indicators for a period: counts, no people',
  request: { params: idParamSchema, query: chatPeriodQuerySchema },
  responses: { 200: jsonOk(chatOrganizationFiguresSchema, 'the groups’ figures') },
});

const streetFigures = route({
  method: 'get',
  path: '/api/streets/{id}/chat-figures',
  summary: 'The street’s groups, members, density and share of the population over time (seed 002 figures 6–8)',
  request: { params: idParamSchema, query: chatStreetFiguresQuerySchema },
  responses: { 200: jsonOk(chatStreetFiguresSchema, 'the street’s figures') },
});

const bridges = route({
  method: 'get',
  path: '/api/streets/{id}/chat-bridges',
  summary: 'People in several organizations’ groups, and the network of organizations they connect (staff)',
  request: { params: idParamSchema, query: chatPeriodQuerySchema },
  responses: { 200: jsonOk(chatBridgesSchema, 'the bridges') },
});

export const chatAnalysisRoutes = newRouter()
  .openapi(analysis, (c) =>
    answer(c, 'chat.read', 200, (call) =>
      findChatGroupAnalysis(call, c.req.valid('param').id, c.req.valid('query'), {
        namesShown: can(call.caller.role, 'person.read'),
      }),
    ),
  )
  .openapi(keptText, (c) =>
    answer(c, 'chat.text.read', 200, (call) =>
      findChatKeptText(call, c.req.valid('param').id, c.req.valid('query'), {
        namesShown: can(call.caller.role, 'person.read'),
      }),
    ),
  )
  .openapi(corroboration, (c) =>
    answer(c, 'chat.figures.read', 200, (call) => findActivityChatCorroboration(call, c.req.valid('param').id)),
  )
  .openapi(organizationCorroboration, (c) =>
    answer(c, 'chat.figures.read', 200, (call) =>
      findOrganizationChatCorroboration(call, c.req.valid('param').id, c.req.valid('query'), {
        questionsShown: can(call.caller.role, 'chat.manage'),
      }),
    ),
  )
  .openapi(organizationFigures, (c) =>
    answer(c, 'chat.figures.read', 200, (call) =>
      findOrganizationChatFigures(call, c.req.valid('param').id, c.req.valid('query')),
    ),
  )
  .openapi(streetFigures, (c) =>
    answer(c, 'chat.figures.read', 200, (call) =>
      findStreetChatFigures(call, c.req.valid('param').id, c.req.valid('query')),
    ),
  )
  .openapi(bridges, (c) =>
    answer(c, 'chat.manage', 200, (call) =>
      findStreetChatBridges(call, c.req.valid('param').id, c.req.valid('query'), {
        namesShown: can(call.caller.role, 'person.read'),
      }),
    ),
  );
