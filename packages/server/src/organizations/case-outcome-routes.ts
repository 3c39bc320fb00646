import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  caseOutcomeCsvHeaders,
  caseOutcomeInputSchema,
  caseOutcomeQuerySchema,
  caseOutcomeSchema,
  caseOutcomesToCsv,
  checkNotInFuture,
  createdSchema,
  shanghaiDate,
} from '@seedbed/core';
import { listCaseOutcomes, recordCaseOutcome } from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

const tags = ['organizations'];

const list = createRoute({
  method: 'get',
  path: '/api/case-outcomes',
  tags,
  summary: 'The case outcome table 成效反馈表, newest first, optionally for one organization or person',
  request: { query: caseOutcomeQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(caseOutcomeSchema) }), 'entries'), ...errorResponses },
});

const exportCsv = createRoute({
  method: 'get',
  path: '/api/case-outcomes/export',
  tags,
  summary: 'The case outcome table as CSV (UTF-8 with BOM, for Excel)',
  request: { query: caseOutcomeQuerySchema },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' },
    ...errorResponses,
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/case-outcomes',
  tags,
  summary: 'Record a case outcome for an organization or a person (staff)',
  request: jsonBody(caseOutcomeInputSchema),
  responses: { 201: jsonOk(createdSchema, 'recorded'), ...errorResponses },
});

export const caseOutcomeRoutes = newRouter()
  .openapi(list, async (c) => {
    const caller = authorize(c, 'case_outcome.read');
    if (caller instanceof Response) return caller;
    const items = await listCaseOutcomes(c.get('deps').db, caller.scope, c.req.valid('query'));
    return c.json({ items }, 200);
  })
  .openapi(exportCsv, async (c) => {
    const caller = authorize(c, 'case_outcome.read');
    if (caller instanceof Response) return caller;
    const items = await listCaseOutcomes(c.get('deps').db, caller.scope, c.req.valid('query'));
    const csv = caseOutcomesToCsv(items, caseOutcomeCsvHeaders[c.get('locale') ?? 'zh-CN']);
    const day = shanghaiDate(c.get('deps').now());
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="case-outcomes-${day}.csv"`,
    });
  })
  .openapi(create, async (c) => {
    const caller = authorize(c, 'case_outcome.record');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const input = c.req.valid('json');
    const dated = checkNotInFuture([input.recordedOn], shanghaiDate(at));
    if (!dated.ok) return errorResponse(c, dated.error);
    const result = await recordCaseOutcome(db, { userId: caller.userId, now: at }, caller.scope, randomUUID(), input);
    return result.ok ? c.json(result.value, 201) : errorResponse(c, result.error);
  });
