import {
  can,
  chatAgreementInputSchema,
  chatAgreementSchema,
  chatSenderAsSeenBy,
  chatSenderListSchema,
  chatSenderSuggestionListSchema,
  chatSenderUpdateSchema,
  chatTopicDictionarySchema,
  chatTopicWordInputSchema,
  chatTrailGroupAsSeenBy,
  chatTrailGroupInputSchema,
  chatTrailGroupListQuerySchema,
  chatTrailGroupListSchema,
  chatTrailGroupSchema,
  chatTrailGroupUpdateSchema,
  chatWithdrawalInputSchema,
  idParamSchema,
  mapResult,
} from '@seedbed/core';
import {
  addChatTopicWord,
  createChatTrailGroup,
  deleteChatTopicWord,
  findChatTopicDictionary,
  findChatTrailGroup,
  listChatSenders,
  listChatTrailGroups,
  recordChatAgreement,
  suggestChatSenderMatches,
  updateChatSender,
  updateChatTrailGroup,
  withdrawChatAgreement,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Chat groups 群 (issue 19 part A): the group record, the organization's agreement and its
 * withdrawal, the senders and their matches to people, the street's topic dictionary. Staff write
 * (chat.manage); staff and the team's leader read (chat.read), names of senders only with person.read.
 */
const route = routesOf('chat');

const list = route({
  method: 'get',
  path: '/api/chat-groups',
  summary: 'An organization’s or a street’s group chats, with the agreement in force, counts and the last message day',
  request: { query: chatTrailGroupListQuerySchema },
  responses: { 200: jsonOk(chatTrailGroupListSchema, 'the groups') },
});

const create = route({
  method: 'post',
  path: '/api/chat-groups',
  summary: 'Record a group chat: how it was built, its layer, whether staff are in it, its adoption step',
  request: jsonBody(chatTrailGroupInputSchema),
  responses: { 201: jsonOk(chatTrailGroupSchema, 'recorded') },
});

const show = route({
  method: 'get',
  path: '/api/chat-groups/{id}',
  summary: 'A group chat with its agreement in force, counts and warnings',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatTrailGroupSchema, 'the group') },
});

const edit = route({
  method: 'patch',
  path: '/api/chat-groups/{id}',
  summary: 'Change a group’s record (the adoption step records who confirmed it), or archive it',
  request: { params: idParamSchema, ...jsonBody(chatTrailGroupUpdateSchema) },
  responses: { 200: jsonOk(chatTrailGroupSchema, 'changed') },
});

const agree = route({
  method: 'post',
  path: '/api/chat-groups/{id}/agreements',
  summary: 'Record the organization’s agreement to analyse the group (one in force; a narrower one replaces it)',
  request: { params: idParamSchema, ...jsonBody(chatAgreementInputSchema) },
  responses: { 201: jsonOk(chatAgreementSchema, 'recorded'), 409: { description: 'chat.agreement_in_force' } },
});

const withdrawalSchema = z.object({
  agreement: chatAgreementSchema,
  messagesDeleted: z.number().int(),
  sendersDeleted: z.number().int(),
  importsCleared: z.number().int(),
});

const withdraw = route({
  method: 'post',
  path: '/api/chat-agreements/{id}/withdraw',
  summary: 'Withdraw the agreement: analysis stops; messages, senders’ names and matches, import problems are deleted',
  request: { params: idParamSchema, ...jsonBody(chatWithdrawalInputSchema) },
  responses: { 200: jsonOk(withdrawalSchema, 'withdrawn'), 409: { description: 'chat.agreement_withdrawn' } },
});

const senders = route({
  method: 'get',
  path: '/api/chat-groups/{id}/senders',
  summary: 'The group’s senders: pseudonym, counts, first and last seen; names and matches only with person.read',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatSenderListSchema, 'the senders') },
});

const suggestions = route({
  method: 'get',
  path: '/api/chat-groups/{id}/sender-suggestions',
  summary: 'People who may be each unmatched sender, by name (members of the organization first)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatSenderSuggestionListSchema, 'the suggestions') },
});

const matchSender = route({
  method: 'patch',
  path: '/api/chat-senders/{id}',
  summary: 'Confirm or undo a sender’s match to a person, or flag the sender as staff',
  request: { params: idParamSchema, ...jsonBody(chatSenderUpdateSchema) },
  responses: { 200: jsonOk(chatSenderListSchema, 'the group’s senders after the change') },
});

const dictionary = route({
  method: 'get',
  path: '/api/streets/{id}/chat-topic-words',
  summary: 'The street’s topic dictionary (core’s defaults apply while it has no words)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatTopicDictionarySchema, 'the dictionary') },
});

const addWord = route({
  method: 'post',
  path: '/api/streets/{id}/chat-topic-words',
  summary: 'Add a word to the street’s topic dictionary',
  request: { params: idParamSchema, ...jsonBody(chatTopicWordInputSchema) },
  responses: { 201: jsonOk(chatTopicDictionarySchema, 'the dictionary'), 409: { description: 'already there' } },
});

const deleteWord = route({
  method: 'delete',
  path: '/api/chat-topic-words/{id}',
  summary: 'Remove a word from its street’s topic dictionary',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(chatTopicDictionarySchema, 'the dictionary') },
});

export const chatGroupRoutes = newRouter()
  .openapi(list, (c) =>
    answer(c, 'chat.read', 200, async (call) =>
      mapResult(await listChatTrailGroups(call, c.req.valid('query')), ({ groups }) => ({
        groups: groups.map((group) => chatTrailGroupAsSeenBy(call.caller.role, group)),
      })),
    ),
  )
  .openapi(create, (c) => answer(c, 'chat.manage', 201, (call) => createChatTrailGroup(call, c.req.valid('json'))))
  .openapi(show, (c) =>
    answer(c, 'chat.read', 200, async (call) =>
      mapResult(await findChatTrailGroup(call, c.req.valid('param').id), (group) =>
        chatTrailGroupAsSeenBy(call.caller.role, group),
      ),
    ),
  )
  .openapi(edit, (c) =>
    answer(c, 'chat.manage', 200, (call) => updateChatTrailGroup(call, c.req.valid('param').id, c.req.valid('json'))),
  )
  .openapi(agree, (c) =>
    answer(c, 'chat.manage', 201, (call) => recordChatAgreement(call, c.req.valid('param').id, c.req.valid('json'))),
  )
  .openapi(withdraw, (c) =>
    answer(c, 'chat.manage', 200, (call) => withdrawChatAgreement(call, c.req.valid('param').id, c.req.valid('json'))),
  )
  .openapi(senders, (c) =>
    answer(c, 'chat.read', 200, async (call) =>
      mapResult(await listChatSenders(call, c.req.valid('param').id), (rows) => ({
        senders: rows.map((sender) => chatSenderAsSeenBy(call.caller.role, sender)),
        namesShown: can(call.caller.role, 'person.read'),
      })),
    ),
  )
  .openapi(suggestions, (c) =>
    answer(c, 'chat.manage', 200, async (call) =>
      mapResult(await suggestChatSenderMatches(call, c.req.valid('param').id), (found) => ({ suggestions: found })),
    ),
  )
  .openapi(matchSender, (c) =>
    answer(c, 'chat.manage', 200, async (call) => {
      const changed = await updateChatSender(call, c.req.valid('param').id, c.req.valid('json'));
      if (!changed.ok) return changed;
      return mapResult(await listChatSenders(call, changed.value.groupId), (rows) => ({
        senders: rows.map((sender) => chatSenderAsSeenBy(call.caller.role, sender)),
        namesShown: can(call.caller.role, 'person.read'),
      }));
    }),
  )
  .openapi(dictionary, (c) =>
    answer(c, 'chat.manage', 200, (call) => findChatTopicDictionary(call, c.req.valid('param').id)),
  )
  .openapi(addWord, (c) =>
    answer(c, 'chat.manage', 201, (call) => addChatTopicWord(call, c.req.valid('param').id, c.req.valid('json'))),
  )
  .openapi(deleteWord, (c) =>
    answer(c, 'chat.manage', 200, (call) => deleteChatTopicWord(call, c.req.valid('param').id)),
  );
