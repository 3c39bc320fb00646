import { documentLabels, type Locale, locales, shanghaiDateOf } from '@seedbed/core';
import type { Context } from 'hono';
import { z } from 'zod';
import { signInLink } from '../activities';
import { inlineContentDisposition } from '../http/content-disposition';
import type { AppEnv } from '../http/env';
import type { SignInSheetFacts } from './activity-facts';
import { defaultSignInRows, renderSignInSheetPdf } from './sign-in-sheet';

/** What every printed sheet's route shares: its query, its answer's declaration and headers, its file name. */

export const pdfOk = (description: string) =>
  ({ content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } }, description }) as const;

/**
 * A PDF opens in a new tab by a plain link, which sends the browser's Accept-Language rather than the
 * app's language switch: `lang` lets the page ask for the language the user chose.
 */
export const sheetQuerySchema = z.object({ lang: z.enum(locales).optional() });

export const signInSheetQuerySchema = sheetQuerySchema.extend({
  /** Numbered blank rows to print: 20 fill one page; a big event may ask for more pages. */
  rows: z.coerce.number().int().min(1).max(200).optional(),
});

const sheetFileNames = { signInSheet: 'sign-in-sheet', recordSheet: 'record-sheet' } as const;
export type Sheet = keyof typeof sheetFileNames;

/** The sheet's language: `lang`, else the Accept-Language (zh-CN by default). */
export function sheetLocale(c: Context<AppEnv>, lang: Locale | undefined): Locale {
  return lang ?? c.get('locale') ?? 'zh-CN';
}

/** A sheet as a PDF answer, named "<sheet title>-<activity>-<day>.pdf", never cached. */
export function sheetPdfResponse(
  c: Context<AppEnv>,
  pdf: Buffer,
  sheet: Sheet,
  activity: { title: string; startsAt: string },
  locale: Locale,
) {
  const day = shanghaiDateOf(activity.startsAt);
  const title = documentLabels(locale)[sheet].title;
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': inlineContentDisposition(
      `${title}-${activity.title}-${day}.pdf`,
      `${sheetFileNames[sheet]}-${day}.pdf`,
    ),
    'cache-control': 'private, no-store',
  });
}

/** 活动签到表 of a record or of a planned date: the QR code and link of `code`, blank rows to write in. */
export async function signInSheetResponse(
  c: Context<AppEnv>,
  activity: SignInSheetFacts,
  code: string,
  query: z.infer<typeof signInSheetQuerySchema>,
) {
  const locale = sheetLocale(c, query.lang);
  const pdf = await renderSignInSheetPdf(activity, signInLink(c, code), locale, query.rows ?? defaultSignInRows);
  return sheetPdfResponse(c, pdf, 'signInSheet', activity, locale);
}
