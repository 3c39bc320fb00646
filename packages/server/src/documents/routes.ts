import {
  documentLabels,
  idParamSchema,
  type Locale,
  locales,
  normaliseSignInCode,
  shanghaiDateOf,
  signInCodeParamSchema,
} from '@seedbed/core';
import { findActivity, findActivityBySignInCode } from '@seedbed/db';
import type { Context } from 'hono';
import QRCode from 'qrcode';
import { z } from 'zod';
import { answerBody } from '../http/answer';
import { answerPublicBody } from '../http/answer-public';
import { inlineContentDisposition } from '../http/content-disposition';
import type { AppEnv } from '../http/env';
import { routesOf } from '../http/openapi';
import { publicLinkCaching, publicOrigin } from '../http/public-origin';
import { newRouter } from '../http/router';
import type { PrintableActivity } from './activity-facts';
import { renderRecordSheetPdf } from './record-sheet';
import { defaultSignInRows, renderSignInSheetPdf } from './sign-in-sheet';

/** Printable PDFs: the sign-in sheet and the activity record sheet, and the sign-in QR code. Registered in app.ts. */
const route = routesOf('documents');

const pdfOk = (description: string) =>
  ({ content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } }, description }) as const;

/**
 * A PDF opens in a new tab by a plain link, which sends the browser's Accept-Language rather than the
 * app's language switch: `lang` lets the page ask for the language the user chose.
 */
const sheetQuerySchema = z.object({ lang: z.enum(locales).optional() });

const signInSheetQuerySchema = sheetQuerySchema.extend({
  /** Numbered blank rows to print: 20 fill one page; a big event may ask for more pages. */
  rows: z.coerce.number().int().min(1).max(200).optional(),
});

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

/** The absolute link residents open, on the public address (SEEDBED_PUBLIC_URL or the request's). */
function signInUrl(c: Context<AppEnv>, code: string): string {
  return `${publicOrigin(c)}/s/${encodeURIComponent(code)}`;
}

function pdfResponse(c: Context<AppEnv>, pdf: Buffer, name: string, asciiName: string) {
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': inlineContentDisposition(name, asciiName),
    'cache-control': 'private, no-store',
  });
}

const sheetFileNames = { signInSheet: 'sign-in-sheet', recordSheet: 'record-sheet' } as const;

/**
 * One of an activity's printed sheets, for a caller who may read the activity: in `lang`, else the
 * Accept-Language; named "<sheet title>-<activity>-<day>.pdf".
 */
function answerSheet(
  c: Context<AppEnv>,
  request: { id: string; lang?: Locale | undefined },
  sheet: keyof typeof sheetFileNames,
  render: (activity: PrintableActivity, locale: Locale) => Promise<Buffer>,
) {
  return answerBody(
    c,
    'document.activity_sheets.print',
    (call) => findActivity(call, request.id),
    async (activity) => {
      const locale = request.lang ?? c.get('locale') ?? 'zh-CN';
      const pdf = await render(activity, locale);
      const day = shanghaiDateOf(activity.startsAt);
      const title = documentLabels(locale)[sheet].title;
      return pdfResponse(c, pdf, `${title}-${activity.title}-${day}.pdf`, `${sheetFileNames[sheet]}-${day}.pdf`);
    },
  );
}

export const documentRoutes = newRouter()
  .openapi(signInSheet, (c) =>
    answerSheet(c, { ...c.req.valid('param'), ...c.req.valid('query') }, 'signInSheet', (activity, locale) =>
      renderSignInSheetPdf(
        activity,
        signInUrl(c, activity.signInCode),
        locale,
        c.req.valid('query').rows ?? defaultSignInRows,
      ),
    ),
  )
  .openapi(recordSheet, (c) =>
    answerSheet(c, { ...c.req.valid('param'), ...c.req.valid('query') }, 'recordSheet', renderRecordSheetPdf),
  )
  .openapi(signInQr, (c) => {
    const code = normaliseSignInCode(c.req.valid('param').code);
    return answerPublicBody(
      c,
      (call) => findActivityBySignInCode(call, code),
      async () => {
        const svg = await QRCode.toString(signInUrl(c, code), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        return c.body(svg, 200, {
          'content-type': 'image/svg+xml; charset=utf-8',
          ...publicLinkCaching(c, 'public, max-age=3600'),
        });
      },
    );
  });
