import type { Context } from 'hono';
import type { AppEnv } from './env';

/**
 * The address residents' phones use, for links that leave the app: QR codes on printed sheets and
 * posters, share pages' preview tags. Behind a reverse proxy that terminates TLS, the request Seedbed
 * sees is `http://127.0.0.1:3000/…`, so the deployment names its public address
 * (SEEDBED_PUBLIC_URL, e.g. https://miaopu.example.org); without it, the request's own origin.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.get('deps').publicOrigin ?? new URL(c.req.url).origin;
}

/** 'https://miaopu.example.org/' → 'https://miaopu.example.org'; refuses anything but http(s) URLs. */
export function normalisePublicUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`SEEDBED_PUBLIC_URL must be an http(s) address, not ${url}`);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
