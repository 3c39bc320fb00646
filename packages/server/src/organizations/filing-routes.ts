import { can, changeDocumentParamsSchema, createdSchema, filingInputSchema, idSchema } from '@seedbed/core';
import { confirmFiling, recordFiling } from '@seedbed/db';
import { z } from 'zod';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/** 备案 with the residents' committee: recorded by the committee or staff, confirmed by the committee. */
const route = routesOf('organizations');

const record = route({
  method: 'post',
  path: '/api/organizations/{id}/filing',
  summary:
    'Record the organization’s filing 备案 (the residents’ committee of its home community: confirmed at once; staff: waiting for the committee)',
  request: { params: z.object({ id: idSchema }), ...jsonBody(filingInputSchema) },
  responses: {
    201: jsonOk(createdSchema, 'the filing change (attach its scan with PUT …/changes/{changeId}/document)'),
  },
});

const confirm = route({
  method: 'post',
  path: '/api/organizations/{id}/changes/{changeId}/confirm',
  summary: 'The residents’ committee confirms a filing staff recorded (who and when are kept)',
  request: { params: changeDocumentParamsSchema },
  responses: {
    200: jsonOk(createdSchema, 'confirmed'),
    409: { description: 'already confirmed (organization.filing_confirmed)' },
  },
});

export const filingRoutes = newRouter()
  .openapi(record, (c) =>
    answer(c, 'organization.filing.record', 201, (call) =>
      recordFiling(call, c.req.valid('param').id, c.req.valid('json'), {
        byCommittee: can(call.caller, 'organization.filing.confirm'),
      }),
    ),
  )
  .openapi(confirm, (c) =>
    answer(c, 'organization.filing.confirm', 200, (call) => {
      const { id, changeId } = c.req.valid('param');
      return confirmFiling(call, id, changeId);
    }),
  );
