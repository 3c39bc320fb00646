import type { Context } from 'hono';
import type { AppEnv } from './env';

/**
 * Reads a raw upload body, or null when it is larger than `maxBytes` — judged first by the
 * declared length (nothing read), then by what actually arrived. The route answers its own
 * precise "too large" message; body-limits.ts only caps what is ever read.
 */
export async function readUpload(c: Context<AppEnv>, maxBytes: number): Promise<Uint8Array | null> {
  if (Number(c.req.header('content-length') ?? '0') > maxBytes) return null;
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  return bytes.length > maxBytes ? null : bytes;
}
