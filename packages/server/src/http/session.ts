import { createHash, randomBytes } from 'node:crypto';
import { type Action, can, type Role, scopeFrom, scopeKindSchema, sessionMaxDays, teamRoleFrom } from '@seedbed/core';
import { findLiveSession } from '@seedbed/db';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { CookieOptions } from 'hono/utils/cookie';
import type { AppEnv, Caller } from './env';
import { failWith } from './errors';
import { publicOrigin } from './public-origin';

export const sessionCookieName = 'seedbed_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** How Seedbed's own cookies are set: script cannot read them, other sites do not send them. */
export function cookieOptions(c: Context<AppEnv>, maxAgeDays: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'Lax',
    // Behind the documented TLS proxy Seedbed itself is reached over http; the public address says
    // how phones reach it, so its scheme decides (else the request's own).
    secure: new URL(publicOrigin(c)).protocol === 'https:',
    path: '/',
    maxAge: maxAgeDays * 24 * 60 * 60,
  };
}

/** The cookie lives as long as a session may (core's session-lifetime.ts); the idle limit is the server's. */
export function setSessionCookie(c: Context<AppEnv>, token: string) {
  setCookie(c, sessionCookieName, token, cookieOptions(c, sessionMaxDays));
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, sessionCookieName, { path: '/' });
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Loads the caller from the session cookie, and guards writes against cross-site requests:
 * a foreign Origin is refused outright, and a signed-in write must echo the session's CSRF token
 * in `x-csrf-token` (SameSite=Lax cookies plus the token: belt and braces).
 */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('caller', null);
  const unsafe = unsafeMethods.has(c.req.method);
  if (unsafe && !isSameOrigin(c)) return failWith(c, 'auth.csrf');
  const token = getCookie(c, sessionCookieName);
  if (token) {
    const { db, now } = c.get('deps');
    const session = await findLiveSession(db, hashToken(token), now());
    if (session) {
      const caller: Caller = {
        userId: session.id,
        displayName: session.display_name,
        role: session.role as Role,
        teamRole: teamRoleFrom(session.team_role),
        scope: scopeFrom(scopeKindSchema.parse(session.scope_kind), session.scope_id),
        sessionIdHash: session.sessionId,
        csrfToken: session.csrfToken,
      };
      if (unsafe && c.req.header('x-csrf-token') !== caller.csrfToken) return failWith(c, 'auth.csrf');
      c.set('caller', caller);
    }
  }
  await next();
});

function isSameOrigin(c: Context<AppEnv>): boolean {
  const origin = c.req.header('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/**
 * The caller, if signed in and allowed to take the action at all (scope is checked by the store).
 * Answers 401/403 itself otherwise, so routes read: `const caller = authorize(c, 'x'); if (caller instanceof Response) return caller;`
 */
export function authorize(c: Context<AppEnv>, action: Action): Caller | Response {
  const caller = c.get('caller');
  if (!caller) return failWith(c, 'auth.required');
  if (!can(caller, action)) return failWith(c, 'auth.forbidden');
  return caller;
}
