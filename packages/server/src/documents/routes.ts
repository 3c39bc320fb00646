import { createRoute } from '@hono/zod-openapi';
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
import { clientAddress } from '../http/client-address';
import type { AppEnv } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses } from '../http/openapi';
import { publicOrigin } from '../http/public-origin';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { inlineContentDisposition } from './content-disposition';
import { renderRecordSheetPdf } from './record-sheet';
import { defaultSignInRows, renderSignInSheetPdf } from './sign-in-sheet';

/** Printable PDFs: the sign-in sheet and the activity record sheet, and the sign-in QR code. Registered in app.ts. */
const tags = ['documents'];

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

const signInSheet = createRoute({
  method: 'get',
  path: '/api/activities/{id}/sign-in-sheet.pdf',
  tags,
  summary: '活动签到表: the printable sign-in sheet (A4, QR code of the self sign-in link, numbered blank rows)',
  request: { params: idParamSchema, query: signInSheetQuerySchema },
  responses: { 200: pdfOk('the PDF, in `lang` or the Accept-Language (zh-CN default)'), ...errorResponses },
});

const recordSheet = createRoute({
  method: 'get',
  path: '/api/activities/{id}/record-sheet.pdf',
  tags,
  summary: '活动记录表: the printable record sheet, known fields filled in, boxes to write the rest by hand',
  request: { params: idParamSchema, query: sheetQuerySchema },
  responses: { 200: pdfOk('the PDF, in `lang` or the Accept-Language (zh-CN default)'), ...errorResponses },
});

const signInQr = createRoute({
  method: 'get',
  path: '/api/sign-in/{code}/qr.svg',
  tags,
  summary: 'Public: the QR code (SVG) of the absolute self sign-in link {origin}/s/{code}',
  request: { params: signInCodeParamSchema },
  responses: {
    200: { content: { 'image/svg+xml': { schema: z.string() } }, description: 'the QR code' },
    429: { description: 'rate limited' },
    ...errorResponses,
  },
});

/** The absolute link residents open, on the public address (SEEDBED_PUBLIC_URL or the request's). */
function signInUrl(c: Context<AppEnv>, code: string): string {
  return `${publicOrigin(c)}/s/${encodeURIComponent(code)}`;
}

function sheetLocale(c: Context<AppEnv>, lang: Locale | undefined): Locale {
  return lang ?? c.get('locale') ?? 'zh-CN';
}

function pdfResponse(c: Context<AppEnv>, pdf: Buffer, name: string, asciiName: string) {
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': inlineContentDisposition(name, asciiName),
    'cache-control': 'private, no-store',
  });
}

export const documentRoutes = newRouter()
  .openapi(signInSheet, async (c) => {
    const caller = authorize(c, 'document.activity_sheets.print');
    if (caller instanceof Response) return caller;
    const found = await findActivity({ db: c.get('deps').db, scope: caller.scope }, c.req.valid('param').id);
    if (!found.ok) return errorResponse(c, found.error);
    const activity = found.value;
    const locale = sheetLocale(c, c.req.valid('query').lang);
    const rows = c.req.valid('query').rows ?? defaultSignInRows;
    const pdf = await renderSignInSheetPdf(activity, signInUrl(c, activity.signInCode), locale, rows);
    const day = shanghaiDateOf(activity.startsAt);
    const title = documentLabels(locale).signInSheet.title;
    return pdfResponse(c, pdf, `${title}-${activity.title}-${day}.pdf`, `sign-in-sheet-${day}.pdf`);
  })
  .openapi(recordSheet, async (c) => {
    const caller = authorize(c, 'document.activity_sheets.print');
    if (caller instanceof Response) return caller;
    const found = await findActivity({ db: c.get('deps').db, scope: caller.scope }, c.req.valid('param').id);
    if (!found.ok) return errorResponse(c, found.error);
    const activity = found.value;
    const locale = sheetLocale(c, c.req.valid('query').lang);
    const pdf = await renderRecordSheetPdf(activity, locale);
    const day = shanghaiDateOf(activity.startsAt);
    const title = documentLabels(locale).recordSheet.title;
    return pdfResponse(c, pdf, `${title}-${activity.title}-${day}.pdf`, `record-sheet-${day}.pdf`);
  })
  .openapi(signInQr, async (c) => {
    const { db, now } = c.get('deps');
    const at = now();
    if (!c.get('deps').publicWriteLimiter.take(clientAddress(c), at.getTime())) return failWith(c, 'auth.rate_limited');
    const code = normaliseSignInCode(c.req.valid('param').code);
    const found = await findActivityBySignInCode({ db, actor: { userId: null, now: at } }, code);
    if (!found.ok) return errorResponse(c, found.error);
    const svg = await QRCode.toString(signInUrl(c, code), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    return c.body(svg, 200, {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    });
  });
