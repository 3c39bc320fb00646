import { createRoute } from '@hono/zod-openapi';
import {
  addDays,
  checkCoachingPeriod,
  coachingMaxPeriodDays,
  coachingSessionsToCsv,
  idParamSchema,
  shanghaiDate,
  staffHoursQuerySchema,
  staffHoursSchema,
  workloadQuerySchema,
  workloadSchema,
} from '@seedbed/core';
import { coachingWorkload, listCoachingSessions, organizationStaffHours } from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

const tags = ['coaching'];

const staffHours = createRoute({
  method: 'get',
  path: '/api/organizations/{id}/staff-hours',
  tags,
  summary:
    'Staff minutes on the organization per month (coaching sessions + tracking-log observation) and the trend; default: the last 12 months',
  request: { params: idParamSchema, query: staffHoursQuerySchema },
  responses: { 200: jsonOk(staffHoursSchema, 'per month'), ...errorResponses },
});

const workload = createRoute({
  method: 'get',
  path: '/api/coaching/workload',
  tags,
  summary:
    'Coaching workload over a period: totals, and per organization, staff member, kind, online/offline and month',
  request: { query: workloadQuerySchema },
  responses: { 200: jsonOk(workloadSchema, 'figures'), ...errorResponses },
});

const workloadCsv = createRoute({
  method: 'get',
  path: '/api/coaching/workload.csv',
  tags,
  summary: 'The period’s coaching sessions as CSV (UTF-8 with BOM, for Excel); no outcome notes',
  request: { query: workloadQuerySchema },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' },
    ...errorResponses,
  },
});

export const coachingFigureRoutes = newRouter()
  .openapi(staffHours, async (c) => {
    const caller = authorize(c, 'coaching.staff_hours.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const query = c.req.valid('query');
    const today = shanghaiDate(now());
    const to = query.to ?? today;
    // Twelve whole months ending with the month of `to`.
    const from = query.from ?? `${addDays(`${to.slice(0, 7)}-01`, -334).slice(0, 7)}-01`;
    const period = checkCoachingPeriod({ from, to }, coachingMaxPeriodDays);
    if (!period.ok) return errorResponse(c, period.error);
    const hours = await organizationStaffHours(db, caller.scope, c.req.valid('param').id, period.value);
    if (!hours.ok) return errorResponse(c, hours.error);
    return c.json(hours.value, 200);
  })
  .openapi(workload, async (c) => {
    const caller = authorize(c, 'coaching.workload.read');
    if (caller instanceof Response) return caller;
    const query = c.req.valid('query');
    const period = checkCoachingPeriod(query, coachingMaxPeriodDays);
    if (!period.ok) return errorResponse(c, period.error);
    return c.json(await coachingWorkload(c.get('deps').db, caller.scope, query), 200);
  })
  .openapi(workloadCsv, async (c) => {
    const caller = authorize(c, 'coaching.workload.read');
    if (caller instanceof Response) return caller;
    const query = c.req.valid('query');
    const period = checkCoachingPeriod(query, coachingMaxPeriodDays);
    if (!period.ok) return errorResponse(c, period.error);
    const sessions = await listCoachingSessions(c.get('deps').db, caller.scope, query, { withNotes: false });
    // Oldest first reads like a log.
    const csv = coachingSessionsToCsv([...sessions].reverse(), c.get('locale') ?? 'zh-CN');
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="coaching-sessions-${query.from}-${query.to}.csv"`,
    });
  });
