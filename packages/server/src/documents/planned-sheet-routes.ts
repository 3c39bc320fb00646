import { occurrenceParamSchema } from '@seedbed/core';
import { type OccurrenceSignInFacts, occurrenceSignIn } from '@seedbed/db';
import { newSignInCode } from '../activities';
import { answerBody } from '../http/answer';
import { routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import type { SignInSheetFacts } from './activity-facts';
import { pdfOk, signInSheetQuerySchema, signInSheetResponse } from './sheet-response';

/** A planned date's 活动签到表, printed before it is held (issue 16: QR before the activity). */
const route = routesOf('documents');

const plannedSignInSheet = route({
  method: 'get',
  path: '/api/planned-activities/{id}/occurrences/{date}/sign-in-sheet.pdf',
  summary:
    '活动签到表 of a planned date before it is held: the QR code of its reserved code (reserved now if nobody asked yet), numbered blank rows',
  request: { params: occurrenceParamSchema, query: signInSheetQuerySchema },
  responses: { 200: pdfOk('the PDF, in `lang` or the Accept-Language (zh-CN default)') },
});

/** The plan's facts as the sheet prints them: one organization, the place in words. */
function sheetFactsOf(occurrence: OccurrenceSignInFacts): SignInSheetFacts {
  return {
    title: occurrence.title,
    runBy: 'organizations',
    organizations: [{ name: occurrence.organizationName }],
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    place: occurrence.place ? { name: occurrence.place, text: null } : null,
  };
}

export const plannedSheetRoutes = newRouter().openapi(plannedSignInSheet, (c) => {
  const { id, date } = c.req.valid('param');
  // Whoever may announce the plan prints its sheet (asking for it may reserve the date's code).
  return answerBody(
    c,
    'activity.plan',
    (call) => occurrenceSignIn(call, { plannedActivityId: id, on: date }, newSignInCode),
    (occurrence) => signInSheetResponse(c, sheetFactsOf(occurrence), occurrence.code, c.req.valid('query')),
  );
});
