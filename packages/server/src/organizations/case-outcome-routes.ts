import {
  caseOutcomeCsvHeaders,
  caseOutcomeInputSchema,
  caseOutcomeQuerySchema,
  caseOutcomeSchema,
  caseOutcomesToCsv,
  createdSchema,
  ok,
} from '@seedbed/core';
import { listCaseOutcomes, recordCaseOutcome } from '@seedbed/db';
import { z } from 'zod';
import { answer, answerWith } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('organizations');

const list = route({
  method: 'get',
  path: '/api/case-outcomes',
  summary: 'The case outcome table 成效反馈表, newest first, optionally for one organization or person',
  request: { query: caseOutcomeQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(caseOutcomeSchema) }), 'entries') },
});

const exportCsv = route({
  method: 'get',
  path: '/api/case-outcomes/export',
  summary: 'The case outcome table as CSV (UTF-8 with BOM, for Excel)',
  request: { query: caseOutcomeQuerySchema },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' } },
});

const create = route({
  method: 'post',
  path: '/api/case-outcomes',
  summary: 'Record a case outcome for an organization or a person (staff)',
  request: jsonBody(caseOutcomeInputSchema),
  responses: { 201: jsonOk(createdSchema, 'recorded') },
});

export const caseOutcomeRoutes = newRouter()
  .openapi(list, (c) =>
    answer(c, 'case_outcome.read', 200, async (call) =>
      ok({ items: await listCaseOutcomes(call, c.req.valid('query')) }),
    ),
  )
  .openapi(exportCsv, (c) =>
    answerWith(c, 'case_outcome.read', async (call) => {
      const items = await listCaseOutcomes(call, c.req.valid('query'));
      const csv = caseOutcomesToCsv(items, caseOutcomeCsvHeaders[c.get('locale') ?? 'zh-CN']);
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="case-outcomes-${call.today}.csv"`,
      });
    }),
  )
  .openapi(create, (c) =>
    answer(c, 'case_outcome.record', 201, (call) => recordCaseOutcome(call, c.req.valid('json'))),
  );
