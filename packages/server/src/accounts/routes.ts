import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  afterFailedLogin,
  auditEntrySchema,
  inviteAcceptInputSchema,
  inviteCreatedSchema,
  inviteCreateInputSchema,
  inviteInfoSchema,
  isLocked,
  loginInputSchema,
  loginResultSchema,
  minutesLeft,
} from '@seedbed/core';
import {
  acceptInvite,
  createInvite,
  createSession,
  deleteSession,
  findInvite,
  findOrganization,
  findUserById,
  findUserByLogin,
  listAuditFor,
  saveLockState,
} from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { clientAddress } from '../http/client-address';
import type { AppEnv } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize, clearSessionCookie, hashToken, newToken, sessionDays, setSessionCookie } from '../http/session';
import { inviteDays, newInviteCode, normaliseInviteCode } from './invite-codes';
import { hashPassword, verifyPassword } from './passwords';
import { toSessionUser } from './session-user';

const tags = ['accounts'];

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags,
  summary: 'Log in with a phone number or username and a password',
  request: jsonBody(loginInputSchema),
  responses: {
    200: jsonOk(loginResultSchema, 'signed in; sets the session cookie'),
    ...errorResponses,
    423: { description: 'locked' },
    429: { description: 'rate limited' },
  },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags,
  summary: 'Log out',
  responses: { 200: jsonOk(z.object({ ok: z.literal(true) }), 'signed out') },
});

const me = createRoute({
  method: 'get',
  path: '/api/auth/me',
  tags,
  summary: 'The signed-in user',
  responses: { 200: jsonOk(loginResultSchema, 'the user and the CSRF token'), ...errorResponses },
});

const createInviteRoute = createRoute({
  method: 'post',
  path: '/api/invites',
  tags,
  summary: 'Invite a leader or member of an organization (a one-time link for a phone)',
  request: jsonBody(inviteCreateInputSchema),
  responses: { 201: jsonOk(inviteCreatedSchema, 'the code and link'), ...errorResponses },
});

const codeParams = z.object({ code: z.string().min(4).max(40) });

const showInvite = createRoute({
  method: 'get',
  path: '/api/invites/{code}',
  tags,
  summary: 'What an invite is for (no sign-in needed)',
  request: { params: codeParams },
  responses: { 200: jsonOk(inviteInfoSchema, 'the invite'), ...errorResponses },
});

const acceptInviteRoute = createRoute({
  method: 'post',
  path: '/api/invites/{code}/accept',
  tags,
  summary: 'Accept an invite: set phone and password, and sign in',
  request: { params: codeParams, ...jsonBody(inviteAcceptInputSchema) },
  responses: {
    200: jsonOk(loginResultSchema, 'account created and signed in'),
    ...errorResponses,
    409: { description: 'used or taken' },
  },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/api/audit/{table}/{id}',
  tags,
  summary: 'The audit trail of one record',
  request: { params: z.object({ table: z.enum(['organizations', 'users', 'invites']), id: z.uuid() }) },
  responses: { 200: jsonOk(z.object({ items: z.array(auditEntrySchema) }), 'newest first'), ...errorResponses },
});

async function startSession(c: Context<AppEnv>, userId: string) {
  const { db, now } = c.get('deps');
  const token = newToken();
  const csrfToken = newToken();
  const started = now();
  await createSession(db, {
    idHash: hashToken(token),
    userId,
    csrfToken,
    now: started,
    expiresAt: new Date(started.getTime() + sessionDays * 86_400_000),
  });
  setSessionCookie(c, token);
  return csrfToken;
}

export const accountRoutes = newRouter()
  .openapi(login, async (c) => {
    const { db, now, loginLimiter } = c.get('deps');
    const input = c.req.valid('json');
    const at = now();
    // Failed tries per client address, on top of the per-account lock-out. Only failures count: a
    // street office's staff share one address, and a morning of good logins must not lock them out.
    const address = clientAddress(c);
    if (loginLimiter.exhausted(address, at.getTime())) return failWith(c, 'auth.rate_limited');
    const countFailure = () => loginLimiter.take(address, at.getTime());
    const user = await findUserByLogin(db, input.login);
    if (!user) {
      countFailure();
      return failWith(c, 'auth.invalid_credentials');
    }
    const state = { failedLogins: user.failed_logins, lockedUntil: user.locked_until };
    if (isLocked(state, at)) return failWith(c, 'auth.locked', { minutes: minutesLeft(state, at) });
    if (!(await verifyPassword(user.password_hash, input.password))) {
      const next = afterFailedLogin(state, at);
      await saveLockState(db, user.id, next, at);
      countFailure();
      if (isLocked(next, at)) return failWith(c, 'auth.locked', { minutes: minutesLeft(next, at) });
      return failWith(c, 'auth.invalid_credentials');
    }
    if (state.failedLogins > 0 || state.lockedUntil)
      await saveLockState(db, user.id, { failedLogins: 0, lockedUntil: null }, at);
    const csrfToken = await startSession(c, user.id);
    return c.json({ user: toSessionUser(user), csrfToken }, 200);
  })
  .openapi(logout, async (c) => {
    const caller = c.get('caller');
    const { db, now } = c.get('deps');
    if (caller) await deleteSession(db, caller.sessionIdHash, { userId: caller.userId, now: now() });
    clearSessionCookie(c);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(me, async (c) => {
    const caller = c.get('caller');
    if (!caller) return failWith(c, 'auth.required');
    const user = await findUserById(c.get('deps').db, caller.userId);
    if (!user) return failWith(c, 'auth.required');
    return c.json({ user: toSessionUser(user), csrfToken: caller.csrfToken }, 200);
  })
  .openapi(createInviteRoute, async (c) => {
    const caller = authorize(c, 'invite.create');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const input = c.req.valid('json');
    const organization = await findOrganization(db, caller.scope, input.organizationId);
    if (!organization.ok) return errorResponse(c, organization.error);
    const code = newInviteCode();
    const at = now();
    const expiresAt = new Date(at.getTime() + inviteDays * 86_400_000);
    await createInvite(
      db,
      { userId: caller.userId, now: at },
      {
        id: randomUUID(),
        codeHash: hashToken(code),
        organizationId: input.organizationId,
        role: input.role,
        displayName: input.displayName,
        personId: input.personId ?? null,
        expiresAt,
      },
    );
    return c.json({ code, path: `/invite/${code}`, expiresAt: expiresAt.toISOString() }, 201);
  })
  .openapi(showInvite, async (c) => {
    const { db, now } = c.get('deps');
    const invite = await findInvite(db, hashToken(normaliseInviteCode(c.req.valid('param').code)));
    if (!invite || invite.expires_at.getTime() <= now().getTime()) return failWith(c, 'invite.invalid');
    if (invite.used_at) return failWith(c, 'invite.used');
    return c.json(
      {
        displayName: invite.display_name,
        organizationName: invite.organization_name,
        role: invite.role as 'organization_leader',
        expiresAt: invite.expires_at.toISOString(),
      },
      200,
    );
  })
  .openapi(acceptInviteRoute, async (c) => {
    const { db, now } = c.get('deps');
    const input = c.req.valid('json');
    const result = await acceptInvite(db, now(), {
      codeHash: hashToken(normaliseInviteCode(c.req.valid('param').code)),
      userId: randomUUID(),
      phone: input.phone,
      passwordHash: await hashPassword(input.password),
      locale: input.locale ?? c.get('locale'),
    });
    if (!result.ok) return errorResponse(c, result.error);
    const user = await findUserById(db, result.value.userId);
    if (!user) return failWith(c, 'auth.required');
    const csrfToken = await startSession(c, user.id);
    return c.json({ user: toSessionUser(user), csrfToken }, 200);
  })
  .openapi(auditRoute, async (c) => {
    const caller = authorize(c, 'audit.read');
    if (caller instanceof Response) return caller;
    const { table, id } = c.req.valid('param');
    const { db } = c.get('deps');
    // The trail is shown only for records the caller can see; organizations are the case today.
    if (table === 'organizations') {
      const visible = await findOrganization(db, caller.scope, id);
      if (!visible.ok) return errorResponse(c, visible.error);
    } else if (caller.role !== 'admin') {
      return failWith(c, 'auth.forbidden');
    }
    const rows = await listAuditFor(db, table, id);
    return c.json(
      {
        items: rows.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          actorName: row.actor_name,
          action: row.action,
          tableName: row.table_name,
          recordId: row.record_id,
          before: row.before ?? null,
          after: row.after ?? null,
        })),
      },
      200,
    );
  });
