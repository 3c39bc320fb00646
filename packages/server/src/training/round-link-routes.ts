import {
  idParamSchema,
  mapResult,
  roundGraduateAsSeenBy,
  roundGraduatesSchema,
  trainingCohortRoundsInputSchema,
} from '@seedbed/core';
import { graduatesOfRound, linkTrainingCohortRounds } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('training');

const linkRounds = route({
  method: 'put',
  path: '/api/training/cohorts/{id}/rounds',
  summary: 'The micro-grant rounds of its street whose money the cohort’s graduates have priority for (replaces)',
  request: { params: idParamSchema, ...jsonBody(trainingCohortRoundsInputSchema) },
  responses: { 200: jsonOk(z.object({ id: z.uuid(), linkedRoundIds: z.array(z.uuid()) }), 'linked') },
});

const roundGraduates = route({
  method: 'get',
  path: '/api/grant-rounds/{id}/graduates',
  summary:
    'The graduates of the training cohorts linked to a round: person ids for all who read the round, names for the incubator team',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(roundGraduatesSchema, 'the graduates') },
});

/** Training's side of the grant rounds: which rounds a cohort feeds, and who graduated into them. */
export const trainingRoundLinkRoutes = newRouter()
  .openapi(linkRounds, (c) =>
    answer(c, 'training.manage', 200, (call) =>
      linkTrainingCohortRounds(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(roundGraduates, (c) =>
    answer(c, 'grants.round.read', 200, async (call) =>
      mapResult(await graduatesOfRound(call, c.req.valid('param').id), (graduates) => ({
        graduates: graduates.map((graduate) => roundGraduateAsSeenBy(call.caller.role, graduate)),
      })),
    ),
  );
