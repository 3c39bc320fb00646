import {
  applicationStatusSchema,
  idParamSchema,
  trainingApplicationInputSchema,
  trainingCommitmentInputSchema,
  trainingDecisionInputSchema,
  trainingInterviewInputSchema,
} from '@seedbed/core';
import {
  addTrainingApplication,
  decideTrainingApplication,
  recordTrainingInterview,
  signTrainingCommitment,
} from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('training');
const stepTaken = z.object({ id: z.uuid(), status: applicationStatusSchema });

const apply = route({
  method: 'post',
  path: '/api/training/cohorts/{id}/applications',
  summary: 'An application to a cohort: the applicant (any person) and a guarantor 担保人 who is someone else',
  request: { params: idParamSchema, ...jsonBody(trainingApplicationInputSchema) },
  responses: { 201: jsonOk(z.object({ id: z.uuid() }), 'applied') },
});

const interview = route({
  method: 'post',
  path: '/api/training/applications/{id}/interview',
  summary: '面试: the date, result (pass, fail, wait) and notes; the caller is the interviewer',
  request: { params: idParamSchema, ...jsonBody(trainingInterviewInputSchema) },
  responses: { 200: jsonOk(stepTaken, 'interviewed') },
});

const commitment = route({
  method: 'post',
  path: '/api/training/applications/{id}/commitment',
  summary: '自我承诺 signed, after a passed interview: the cohort’s text is kept with the signature',
  request: { params: idParamSchema, ...jsonBody(trainingCommitmentInputSchema) },
  responses: { 200: jsonOk(stepTaken, 'signed') },
});

const decision = route({
  method: 'post',
  path: '/api/training/applications/{id}/decision',
  summary: 'Accept (after the commitment) or decline (with a reason) an application',
  request: { params: idParamSchema, ...jsonBody(trainingDecisionInputSchema) },
  responses: { 200: jsonOk(stepTaken, 'decided') },
});

export const trainingApplicationRoutes = newRouter()
  .openapi(apply, (c) =>
    answer(c, 'training.manage', 201, (call) =>
      addTrainingApplication(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(interview, (c) =>
    answer(c, 'training.manage', 200, (call) =>
      recordTrainingInterview(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(commitment, (c) =>
    answer(c, 'training.manage', 200, (call) =>
      signTrainingCommitment(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(decision, (c) =>
    answer(c, 'training.manage', 200, (call) =>
      decideTrainingApplication(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  );
