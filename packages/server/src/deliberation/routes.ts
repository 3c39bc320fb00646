import {
  attendeeInputSchema,
  decisionInputSchema,
  followUpDoneSchema,
  followUpInputSchema,
  idParamSchema,
  meetingInputSchema,
  meetingItemParamSchema,
  meetingListQuerySchema,
  meetingSchema,
  meetingShareSchema,
  meetingSummarySchema,
  meetingTypeInputSchema,
  meetingTypeSchema,
  meetingUpdateSchema,
  motionInputSchema,
} from '@seedbed/core';
import {
  addAttendee,
  addDecision,
  addFollowUp,
  addMeetingType,
  addMotion,
  attendeesFromSignIns,
  createMeeting,
  findMeeting,
  listMeetings,
  listMeetingTypes,
  setFollowUpDone,
  shareMeeting,
  updateMeeting,
} from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { answer, type Call, thenShow } from '../http/answer';
import type { AppEnv } from '../http/env';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newReadableCode } from '../http/readable-code';
import { newRouter } from '../http/router';

/**
 * Meetings 议事协商 (issue 18): types, meetings with their agenda, attendees, motions, decisions,
 * follow-ups and minutes. Votes: vote-routes.ts; minutes PDF and the public summary: minutes-routes.ts.
 * Each write answers the whole meeting as the caller then sees it.
 */
const route = routesOf('deliberation');

const types = route({
  method: 'get',
  path: '/api/meeting-types',
  summary:
    'Meeting types: the eight defaults (共识会, 居民议事会, 儿童议事会 …) and those staff added, with quorum and rule',
  responses: { 200: jsonOk(z.array(meetingTypeSchema), 'the types') },
});

const addType = route({
  method: 'post',
  path: '/api/meeting-types',
  summary: 'Add a meeting type with its quorum and majority rule (staff)',
  request: { ...jsonBody(meetingTypeInputSchema) },
  responses: { 201: jsonOk(meetingTypeSchema, 'added'), 409: { description: 'deliberation.duplicate_type' } },
});

const list = route({
  method: 'get',
  path: '/api/meetings',
  summary: 'Meetings the caller sees, newest first (of one organization or council term)',
  request: { query: meetingListQuerySchema },
  responses: { 200: jsonOk(z.array(meetingSummarySchema), 'the meetings') },
});

const create = route({
  method: 'post',
  path: '/api/meetings',
  summary: 'Make a meeting: type, community, organizer, day, place, agenda',
  request: { ...jsonBody(meetingInputSchema) },
  responses: { 201: jsonOk(meetingSchema, 'the meeting') },
});

const one = route({
  method: 'get',
  path: '/api/meetings/{id}',
  summary: 'A meeting whole: agenda, attendees, motions, decisions, follow-ups, minutes, votes',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(meetingSchema, 'the meeting') },
});

const update = route({
  method: 'patch',
  path: '/api/meetings/{id}',
  summary: 'Change a meeting’s title, day, place, agenda, minutes or public summary',
  request: { params: idParamSchema, ...jsonBody(meetingUpdateSchema) },
  responses: { 200: jsonOk(meetingSchema, 'the meeting') },
});

const attendee = route({
  method: 'post',
  path: '/api/meetings/{id}/attendees',
  summary: 'Add an attendee (a child with a guardian’s tick)',
  request: { params: idParamSchema, ...jsonBody(attendeeInputSchema) },
  responses: { 201: jsonOk(meetingSchema, 'the meeting'), 409: { description: 'already attending' } },
});

const fromSignIns = route({
  method: 'post',
  path: '/api/meetings/{id}/attendees/from-sign-ins',
  summary: 'Take attendees from the sign-ins of the activity the meeting is held as',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(meetingSchema, 'the meeting') },
});

const motion = route({
  method: 'post',
  path: '/api/meetings/{id}/motions',
  summary: 'Add a motion, or an amendment naming the motion it amends',
  request: { params: idParamSchema, ...jsonBody(motionInputSchema) },
  responses: { 201: jsonOk(meetingSchema, 'the meeting') },
});

const decision = route({
  method: 'post',
  path: '/api/meetings/{id}/decisions',
  summary: 'Record a decision (from a motion or a vote of the meeting)',
  request: { params: idParamSchema, ...jsonBody(decisionInputSchema) },
  responses: { 201: jsonOk(meetingSchema, 'the meeting') },
});

const followUp = route({
  method: 'post',
  path: '/api/meetings/{id}/follow-ups',
  summary: 'Add a follow-up action with an owner and a due day',
  request: { params: idParamSchema, ...jsonBody(followUpInputSchema) },
  responses: { 201: jsonOk(meetingSchema, 'the meeting') },
});

const done = route({
  method: 'put',
  path: '/api/meetings/{id}/follow-ups/{itemId}/done',
  summary: 'Mark a follow-up done (today) or not done',
  request: { params: meetingItemParamSchema, ...jsonBody(followUpDoneSchema) },
  responses: { 200: jsonOk(meetingSchema, 'the meeting') },
});

const share = route({
  method: 'post',
  path: '/api/meetings/{id}/share',
  summary:
    'Share the meeting’s public summary: the code of its page /m/{code} (no resident named there; again: the same code)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(meetingShareSchema, 'the page’s code') },
});

/** 10 characters of the alphabet without look-alikes, like a ballot slip: not guessable from another. */
const shareCodeLength = 10;

const localeOf = (c: Context<AppEnv>) => c.get('locale') ?? 'zh-CN';
const showMeeting = (c: Context<AppEnv>, call: Call, id: string) => () => findMeeting(call, id, localeOf(c));

export const deliberationRoutes = newRouter()
  .openapi(types, (c) => answer(c, 'deliberation.read', 200, (call) => listMeetingTypes(call)))
  .openapi(addType, (c) =>
    answer(c, 'deliberation.types.manage', 201, (call) => addMeetingType(call, c.req.valid('json'))),
  )
  .openapi(list, (c) =>
    answer(c, 'deliberation.read', 200, (call) => listMeetings(call, c.req.valid('query'), localeOf(c))),
  )
  .openapi(create, (c) =>
    answer(c, 'deliberation.manage', 201, (call) =>
      thenShow(createMeeting(call, c.req.valid('json')), (id) => findMeeting(call, id, localeOf(c))),
    ),
  )
  .openapi(one, (c) =>
    answer(c, 'deliberation.read', 200, (call) => findMeeting(call, c.req.valid('param').id, localeOf(c))),
  )
  .openapi(update, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 200, (call) =>
      thenShow(updateMeeting(call, id, c.req.valid('json')), showMeeting(c, call, id)),
    );
  })
  .openapi(attendee, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 201, (call) =>
      thenShow(addAttendee(call, id, c.req.valid('json')), showMeeting(c, call, id)),
    );
  })
  .openapi(fromSignIns, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 200, async (call) => {
      const added = await attendeesFromSignIns(call, id);
      return added.ok ? findMeeting(call, id, localeOf(c)) : added;
    });
  })
  .openapi(motion, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 201, (call) =>
      thenShow(addMotion(call, id, c.req.valid('json')), showMeeting(c, call, id)),
    );
  })
  .openapi(decision, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 201, (call) =>
      thenShow(addDecision(call, id, c.req.valid('json')), showMeeting(c, call, id)),
    );
  })
  .openapi(followUp, (c) => {
    const { id } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 201, (call) =>
      thenShow(addFollowUp(call, id, c.req.valid('json')), showMeeting(c, call, id)),
    );
  })
  .openapi(done, (c) => {
    const { id, itemId } = c.req.valid('param');
    return answer(c, 'deliberation.manage', 200, (call) =>
      thenShow(setFollowUpDone(call, id, itemId, c.req.valid('json').done), showMeeting(c, call, id)),
    );
  })
  .openapi(share, (c) =>
    answer(c, 'deliberation.manage', 200, (call) =>
      shareMeeting(call, c.req.valid('param').id, newReadableCode(shareCodeLength)),
    ),
  );
