import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';

const sandbox = "default-src 'none'; sandbox";
/** Marks a stored file's answer for `storedFileHeaders`, which runs after the app's secure headers. */
const marker = 'x-seedbed-stored-file';

/**
 * Bytes someone uploaded, answered so that they can never act as a page of ours: no type
 * guessing, no scripts, no plug-ins, no framing (a sandboxing CSP), private caching — and, for a
 * document (a PDF or a scanned picture), as a download rather than in the browser's viewer, since
 * a PDF can carry its own scripts. A picture shown in an <img> is not affected by either.
 */
export function storedFileResponse(
  c: Context<AppEnv>,
  bytes: Uint8Array,
  type: string,
  as: { download: string } | 'picture',
): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    [marker]: '1',
    'cache-control': 'private, max-age=300',
    'content-disposition': as === 'picture' ? 'inline' : `attachment; filename="${as.download}"`,
  });
}

/**
 * The app's secure headers give every answer the web app's policy; a stored file gets the sandbox
 * instead. Registered before `secureHeaders` in app.ts, so this runs after it on the way out.
 */
export const storedFileHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (!c.res.headers.has(marker)) return;
  c.res.headers.delete(marker);
  c.res.headers.set('content-security-policy', sandbox);
});
