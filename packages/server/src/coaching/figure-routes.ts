import {
  coachingSessionsToCsv,
  idParamSchema,
  staffHoursQuerySchema,
  staffHoursSchema,
  workloadQuerySchema,
  workloadSchema,
} from '@seedbed/core';
import { coachingWorkload, organizationStaffHours, workloadSessions } from '@seedbed/db';
import { z } from 'zod';
import { answer, answerBody } from '../http/answer';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('coaching');

const staffHours = route({
  method: 'get',
  path: '/api/organizations/{id}/staff-hours',
  summary:
    'Staff minutes on the organization per month (coaching sessions + tracking-log observation) and the trend; default: the last 12 months',
  request: { params: idParamSchema, query: staffHoursQuerySchema },
  responses: { 200: jsonOk(staffHoursSchema, 'per month') },
});

const workload = route({
  method: 'get',
  path: '/api/coaching/workload',
  summary:
    'Coaching workload over a period: totals, and per organization, staff member, kind, online/offline and month',
  request: { query: workloadQuerySchema },
  responses: { 200: jsonOk(workloadSchema, 'figures') },
});

const workloadCsv = route({
  method: 'get',
  path: '/api/coaching/workload.csv',
  summary: 'The period’s coaching sessions as CSV (UTF-8 with BOM, for Excel); no outcome notes',
  request: { query: workloadQuerySchema },
  responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' } },
});

export const coachingFigureRoutes = newRouter()
  .openapi(staffHours, (c) =>
    answer(c, 'coaching.staff_hours.read', 200, (call) =>
      organizationStaffHours(call, c.req.valid('param').id, c.req.valid('query')),
    ),
  )
  .openapi(workload, (c) =>
    answer(c, 'coaching.workload.read', 200, (call) => coachingWorkload(call, c.req.valid('query'))),
  )
  .openapi(workloadCsv, (c) =>
    answerBody(
      c,
      'coaching.workload.read',
      (call) => workloadSessions(call, c.req.valid('query')),
      (sessions) => {
        const { from, to } = c.req.valid('query');
        // Oldest first reads like a log.
        const csv = coachingSessionsToCsv([...sessions].reverse(), c.get('locale') ?? 'zh-CN');
        return c.body(csv, 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="coaching-sessions-${from}-${to}.csv"`,
        });
      },
    ),
  );
