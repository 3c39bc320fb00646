import { idParamSchema, normaliseSignInCode, signInCodeParamSchema } from '@seedbed/core';
import { findActivity, findActivityBySignInCode } from '@seedbed/db';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { z } from 'zod';
import { signInLink } from '../activities';
import { answerBody } from '../http/answer';
import { answerPublicBody } from '../http/answer-public';
import type { AppEnv } from '../http/env';
import { routesOf } from '../http/openapi';
import { publicLinkCaching } from '../http/public-origin';
import { newRouter } from '../http/router';
import type { PrintableActivity } from './activity-facts';
import { plannedSheetRoutes } from './planned-sheet-routes';
import { renderRecordSheetPdf } from './record-sheet';
import {
  pdfOk,
  sheetLocale,
  sheetPdfResponse,
  sheetQuerySchema,
  signInSheetQuerySchema,
  signInSheetResponse,
} from './sheet-response';

/** Printable PDFs: the sign-in sheet and the activity record sheet, and the sign-in QR code. Registered in app.ts. */
const route = routesOf('documents');

const signInSheet = route({
  method: 'get',
  path: '/api/activities/{id}/sign-in-sheet.pdf',
  summary: '活动签到表: the printable sign-in sheet (A4, QR code of the self sign-in link, numbered blank rows)',
  request: { params: idParamSchema, query: signInSheetQuerySchema },
  responses: { 200: pdfOk('the PDF, in `lang` or the Accept-Language (zh-CN default)') },
});

const recordSheet = route({
  method: 'get',
  path: '/api/activities/{id}/record-sheet.pdf',
  summary: '活动记录表: the printable record sheet, known fields filled in, boxes to write the rest by hand',
  request: { params: idParamSchema, query: sheetQuerySchema },
  responses: { 200: pdfOk('the PDF, in `lang` or the Accept-Language (zh-CN default)') },
});

const signInQr = route({
  method: 'get',
  path: '/api/sign-in/{code}/qr.svg',
  summary: 'Public: the QR code (SVG) of the absolute self sign-in link {origin}/s/{code}',
  request: { params: signInCodeParamSchema },
  responses: {
    200: { content: { 'image/svg+xml': { schema: z.string() } }, description: 'the QR code' },
    429: { description: 'rate limited' },
  },
});

/** One of an activity's printed sheets, for a caller who may read the activity. */
function answerSheet(c: Context<AppEnv>, id: string, send: (activity: PrintableActivity) => Promise<Response>) {
  return answerBody(c, 'document.activity_sheets.print', (call) => findActivity(call, id), send);
}

export const documentRoutes = newRouter()
  .route('/', plannedSheetRoutes)
  .openapi(signInSheet, (c) =>
    answerSheet(c, c.req.valid('param').id, (activity) =>
      signInSheetResponse(c, activity, activity.signInCode, c.req.valid('query')),
    ),
  )
  .openapi(recordSheet, (c) =>
    answerSheet(c, c.req.valid('param').id, async (activity) => {
      const locale = sheetLocale(c, c.req.valid('query').lang);
      return sheetPdfResponse(c, await renderRecordSheetPdf(activity, locale), 'recordSheet', activity, locale);
    }),
  )
  .openapi(signInQr, (c) => {
    const code = normaliseSignInCode(c.req.valid('param').code);
    return answerPublicBody(
      c,
      (call) => findActivityBySignInCode(call, code),
      async () => {
        const svg = await QRCode.toString(signInLink(c, code), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        return c.body(svg, 200, {
          'content-type': 'image/svg+xml; charset=utf-8',
          ...publicLinkCaching(c, 'public, max-age=3600'),
        });
      },
    );
  });
