import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

export type ContentEncoding = 'br' | 'gzip';

/**
 * The encoding to send for an Accept-Encoding header: brotli when taken, else gzip (WeChat's
 * browser sends "gzip, deflate"), else none. A coding listed with q=0 is refused.
 */
export function pickEncoding(acceptEncoding: string | undefined): ContentEncoding | null {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(coding.toLowerCase(), q ? Number(q.slice(2)) || 0 : 1);
  }
  if ((weights.get('br') ?? 0) > 0) return 'br';
  if ((weights.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

function compress(body: Buffer, encoding: ContentEncoding): Promise<Buffer> {
  // Quality 5: a page of a few kilobytes compresses in well under a millisecond, within a few
  // percent of brotli's best.
  return encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
    : gzipped(body, { level: 9 });
}

/**
 * A server-rendered page as it goes over the wire: compressed by Accept-Encoding (these pages are
 * built per request, so the static files' precompressed copies cannot serve them), and never kept
 * by a shared cache. `isPersonal` (a name typed or shown, a volunteer's own sign-in) makes it
 * `no-store`; otherwise the browser may keep it but asks again each time (`no-cache`), since it
 * changes when sign-in opens and closes. It varies with the language asked for and, for the
 * volunteer page, with the phone's own sign-out cookie.
 */
export async function sendPage(
  c: Context<AppEnv>,
  page: string | Promise<string>,
  status: ContentfulStatusCode,
  isPersonal: boolean,
): Promise<Response> {
  const body = Buffer.from(await page, 'utf8');
  const encoding = pickEncoding(c.req.header('accept-encoding'));
  const headers = new Headers({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': isPersonal ? 'no-store' : 'private, no-cache',
    vary: 'Accept-Encoding, Accept-Language, Cookie',
  });
  if (status === 429) headers.set('retry-after', '60');
  if (!encoding) return c.body(new Uint8Array(body), status, Object.fromEntries(headers));
  headers.set('content-encoding', encoding);
  return c.body(new Uint8Array(await compress(body, encoding)), status, Object.fromEntries(headers));
}
