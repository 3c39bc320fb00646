import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AppEnv } from './env';

/**
 * The caller's address, for login throttling and the public-write limit. Without a trusted proxy
 * (SEEDBED_TRUST_PROXY unset or 0) it is the socket's peer: X-Forwarded-For is anyone's to write,
 * and believing it would let a guesser claim a fresh address for every try. Behind the documented
 * TLS proxy every socket comes from the proxy, so there SEEDBED_TRUST_PROXY=1 (the number of proxies
 * in front of Seedbed) reads the address the proxy appended. 'unknown' where there is no socket
 * (in-process tests).
 */
export function clientAddress(c: Context<AppEnv>): string {
  return addressBehindProxies(socketAddress(c), c.req.header('x-forwarded-for'), c.get('deps').trustProxyHops);
}

/**
 * Each proxy appends the address it was reached from to X-Forwarded-For, so with `hops` proxies
 * the client is the `hops`-th entry from the right; anything to its left was written by the
 * client and is ignored (Express's `trust proxy` count works the same way). A shorter list than
 * promised means a proxy was skipped, and its leftmost entry is the best there is.
 */
export function addressBehindProxies(socket: string, forwardedFor: string | undefined, hops: number): string {
  if (hops <= 0 || !forwardedFor) return socket;
  const chain = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  return chain[chain.length - hops] ?? chain[0] ?? socket;
}

function socketAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
