import {
  cultivationProgrammeInputSchema,
  cultivationProgrammeSchema,
  cultivationProgrammeSummarySchema,
  cultivationProgrammeUpdateSchema,
  idParamSchema,
  idSchema,
  ok,
  programmeListQuerySchema,
  programmeParticipantsInputSchema,
} from '@seedbed/core';
import {
  addProgrammeParticipants,
  createProgramme,
  listProgrammes,
  readProgramme,
  removeProgrammeParticipant,
  updateProgramme,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** Cultivation programmes (seed 002: 民生议题讨论会, 供需协商会): staff run them; officials and funders read. */
const route = routesOf('coaching');

const list = route({
  method: 'get',
  path: '/api/cultivation-programmes',
  summary: 'The cultivation programmes of the streets the caller sees, newest first',
  request: { query: programmeListQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(cultivationProgrammeSummarySchema) }), 'programmes') },
});

const show = route({
  method: 'get',
  path: '/api/cultivation-programmes/{id}',
  summary:
    'A programme with its participating organizations (newcomers marked) and its outputs computed from their activities in its period',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(cultivationProgrammeSchema, 'the programme') },
});

const create = route({
  method: 'post',
  path: '/api/cultivation-programmes',
  summary: 'Make a cultivation programme in a street (staff)',
  request: jsonBody(cultivationProgrammeInputSchema),
  responses: { 201: jsonOk(cultivationProgrammeSchema, 'made') },
});

const update = route({
  method: 'patch',
  path: '/api/cultivation-programmes/{id}',
  summary: 'Change a programme’s name, kind, stages, period or description (staff)',
  request: { params: idParamSchema, ...jsonBody(cultivationProgrammeUpdateSchema) },
  responses: { 200: jsonOk(cultivationProgrammeSchema, 'changed') },
});

const addParticipants = route({
  method: 'post',
  path: '/api/cultivation-programmes/{id}/participants',
  summary:
    'Add organizations of the programme’s street, joining on a date (its start when none); adding twice changes nothing',
  request: { params: idParamSchema, ...jsonBody(programmeParticipantsInputSchema) },
  responses: { 200: jsonOk(cultivationProgrammeSchema, 'the programme with them') },
});

const removeParticipant = route({
  method: 'delete',
  path: '/api/cultivation-programmes/{id}/organizations/{organizationId}',
  summary: 'Take an organization out of the programme (added by mistake); its activities stay its own',
  request: { params: z.object({ id: idSchema, organizationId: idSchema }) },
  responses: { 200: jsonOk(cultivationProgrammeSchema, 'the programme without it') },
});

export const coachingProgrammeRoutes = newRouter()
  .openapi(list, (c) =>
    answer(c, 'coaching.programme.read', 200, async (call) =>
      ok({ items: await listProgrammes(call, c.req.valid('query')) }),
    ),
  )
  .openapi(show, (c) =>
    answer(c, 'coaching.programme.read', 200, (call) => readProgramme(call, c.req.valid('param').id)),
  )
  .openapi(create, (c) =>
    answer(c, 'coaching.programme.write', 201, (call) => createProgramme(call, c.req.valid('json'))),
  )
  .openapi(update, (c) =>
    answer(c, 'coaching.programme.write', 200, (call) =>
      updateProgramme(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(addParticipants, (c) =>
    answer(c, 'coaching.programme.write', 200, (call) =>
      addProgrammeParticipants(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(removeParticipant, (c) =>
    answer(c, 'coaching.programme.write', 200, (call) => {
      const { id, organizationId } = c.req.valid('param');
      return removeProgrammeParticipant(call, id, organizationId);
    }),
  );
