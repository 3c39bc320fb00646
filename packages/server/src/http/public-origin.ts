import type { Context } from 'hono';
import type { AppEnv } from './env';

/**
 * The address residents' phones use, for links that leave the app: QR codes on printed sheets and
 * posters, share pages' preview tags. Behind a reverse proxy that terminates TLS, the request Seedbed
 * sees is `http://127.0.0.1:3000/…`, so the deployment names its public address
 * (SEEDBED_PUBLIC_URL, e.g. https://miaopu.example.org); without it, the request's own origin —
 * which its Host header decides, so anyone can forge it: see `publicLinkCaching`.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  return c.get('deps').publicOrigin ?? new URL(c.req.url).origin;
}

/**
 * Cache headers for an answer that carries `publicOrigin(c)`. With SEEDBED_PUBLIC_URL the origin is
 * the deployment's and `shared` (e.g. 'public, max-age=300') holds. Without it the origin came from
 * the Host header: such an answer is for its requester alone (`private, no-store`, and `Vary: Host`
 * for caches that ignore that), so a request with a forged Host cannot leave a QR code or a link
 * pointing elsewhere in a proxy's or CDN's cache for the next resident. Seedbed itself keeps nothing
 * made from the origin. The listening address was the other choice, but it is 127.0.0.1 or 0.0.0.0
 * in every deployment we know of, which no phone can open; the Host is right for honest requests.
 */
export function publicLinkCaching(c: Context<AppEnv>, shared: string | null): Record<string, string> {
  if (c.get('deps').publicOrigin) return shared ? { 'cache-control': shared } : {};
  return { 'cache-control': 'private, no-store', vary: 'Host' };
}

/** 'https://miaopu.example.org/' → 'https://miaopu.example.org'; refuses anything but http(s) URLs. */
export function normalisePublicUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new Error(`SEEDBED_PUBLIC_URL must be an http(s) address, not ${url}`);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}
