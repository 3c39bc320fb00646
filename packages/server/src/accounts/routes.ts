import { randomUUID } from 'node:crypto';
import {
  addDaysToInstant,
  auditEntrySchema,
  can,
  fail,
  inviteAcceptInputSchema,
  inviteCreatedSchema,
  inviteCreateInputSchema,
  inviteInfoSchema,
  inviteScopeOf,
  loginInputSchema,
  loginResultSchema,
  minutesToTell,
  ok,
  type Role,
  type ScopeKind,
  sessionMaxDays,
} from '@seedbed/core';
import {
  acceptInvite,
  createInvite,
  createSession,
  deleteAllSessions,
  deleteSession,
  findInvite,
  findUserById,
  findUserByLogin,
  listAuditFor,
} from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { answer } from '../http/answer';
import type { AppEnv } from '../http/env';
import { errorResponse, failWith } from '../http/errors';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { clearSessionCookie, hashToken, newToken, setSessionCookie } from '../http/session';
import { inviteDays, inviteLink, newInviteCode, normaliseInviteCode } from './invite-codes';
import { guardLogin, wrongPasswordAnswer } from './login-guard';
import { hashPassword, verifyLoginPassword } from './passwords';
import { toSessionUser } from './session-user';

const route = routesOf('accounts');

const login = route({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Log in with a phone number or username and a password',
  request: jsonBody(loginInputSchema),
  responses: {
    200: jsonOk(loginResultSchema, 'signed in; sets the session cookie (and the device cookie)'),
    429: {
      description:
        'too many failed logins from this client, or for this account from unknown clients: try again after Retry-After seconds',
      headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'seconds to wait' } },
    },
  },
});

const logout = route({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Log out (this session)',
  responses: { 200: jsonOk(z.object({ ok: z.literal(true) }), 'signed out') },
});

const logoutAll = route({
  method: 'post',
  path: '/api/auth/logout-all',
  summary: 'Sign out everywhere: end every session of the signed-in user and forget their known devices',
  responses: { 200: jsonOk(z.object({ ok: z.literal(true) }), 'every session ended') },
});

const me = route({
  method: 'get',
  path: '/api/auth/me',
  summary: 'The signed-in user',
  responses: { 200: jsonOk(loginResultSchema, 'the user and the CSRF token') },
});

const createInviteRoute = route({
  method: 'post',
  path: '/api/invites',
  summary:
    'Invite someone to a role at a scope: a leader or member into an organization, any other role at a street, community or the deployment (a one-time link and its QR code)',
  request: jsonBody(inviteCreateInputSchema),
  responses: { 201: jsonOk(inviteCreatedSchema, 'the code and link') },
});

const codeParams = z.object({ code: z.string().min(4).max(40) });

const showInvite = route({
  method: 'get',
  path: '/api/invites/{code}',
  summary: 'What an invite is for (no sign-in needed)',
  request: { params: codeParams },
  responses: { 200: jsonOk(inviteInfoSchema, 'the invite') },
});

const acceptInviteRoute = route({
  method: 'post',
  path: '/api/invites/{code}/accept',
  summary: 'Accept an invite: set phone and password, and sign in',
  request: { params: codeParams, ...jsonBody(inviteAcceptInputSchema) },
  responses: {
    200: jsonOk(loginResultSchema, 'account created and signed in'),
    409: { description: 'used or taken' },
  },
});

const auditRoute = route({
  method: 'get',
  path: '/api/audit/{table}/{id}',
  summary: 'The audit trail of one record',
  request: { params: z.object({ table: z.enum(['organizations', 'users', 'invites']), id: z.uuid() }) },
  responses: { 200: jsonOk(z.object({ items: z.array(auditEntrySchema) }), 'newest first') },
});

/** A fresh session for `userId`: the cookie is set, the CSRF token returned for the answer. */
export async function startSession(c: Context<AppEnv>, userId: string) {
  const { db, now } = c.get('deps');
  const token = newToken();
  const csrfToken = newToken();
  const started = now();
  await createSession(db, {
    idHash: hashToken(token),
    userId,
    csrfToken,
    now: started,
    expiresAt: addDaysToInstant(started, sessionMaxDays),
  });
  setSessionCookie(c, token);
  return csrfToken;
}

export const accountRoutes = newRouter()
  .openapi(login, async (c) => {
    const input = c.req.valid('json');
    const user = await findUserByLogin(c.get('deps').db, input.login);
    const guard = await guardLogin(c, input.login, user?.id ?? null);
    if (guard.secondsToWait > 0) {
      c.header('Retry-After', String(guard.secondsToWait));
      return failWith(c, 'auth.login_throttled', { minutes: minutesToTell(guard.secondsToWait) });
    }
    // Always hashed, known login or not: the same answer in the same time (passwords.ts).
    if (!(await verifyLoginPassword(user?.password_hash, input.password)) || !user) {
      guard.failed();
      return wrongPasswordAnswer(c, guard);
    }
    // Said only to whoever typed the right password, so it tells strangers nothing.
    if (user.deactivated_at) {
      guard.failed();
      return failWith(c, 'account.deactivated');
    }
    const csrfToken = await startSession(c, user.id);
    await guard.succeeded();
    return c.json({ user: toSessionUser(user), csrfToken }, 200);
  })
  .openapi(logout, async (c) => {
    const caller = c.get('caller');
    const { db, now } = c.get('deps');
    if (caller) await deleteSession(db, caller.sessionIdHash, { userId: caller.userId, now: now() });
    clearSessionCookie(c);
    return c.json({ ok: true as const }, 200);
  })
  .openapi(logoutAll, async (c) => {
    const caller = c.get('caller');
    if (!caller) return failWith(c, 'auth.required');
    const { db, now } = c.get('deps');
    await deleteAllSessions(db, { userId: caller.userId, now: now() });
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
  .openapi(createInviteRoute, (c) =>
    answer(c, 'invite.create', 201, async (call) => {
      const { personId, organizationId, scopeKind, scopeId, ...input } = c.req.valid('json');
      const scope = inviteScopeOf({ role: input.role, organizationId, scopeKind, scopeId });
      if (!scope.ok) return scope;
      const code = newInviteCode();
      const expiresAt = addDaysToInstant(call.actor.now, inviteDays);
      const invite = { ...input, ...scope.value, personId: personId ?? null, codeHash: hashToken(code), expiresAt };
      const created = await createInvite(call, invite);
      return created.ok ? ok(await inviteLink(c, code, expiresAt)) : created;
    }),
  )
  .openapi(showInvite, async (c) => {
    const { db, now } = c.get('deps');
    const invite = await findInvite(db, hashToken(normaliseInviteCode(c.req.valid('param').code)));
    if (!invite || invite.expires_at.getTime() <= now().getTime()) return failWith(c, 'invite.invalid');
    if (invite.used_at) return failWith(c, 'invite.used');
    return c.json(
      {
        displayName: invite.display_name,
        organizationName: invite.organization_name,
        role: invite.role as Role,
        scopeKind: invite.scope_kind as ScopeKind,
        scopeName: invite.scope_name,
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
      phone: input.phone ?? null,
      username: input.username ?? null,
      passwordHash: await hashPassword(input.password),
      locale: input.locale ?? c.get('locale'),
    });
    if (!result.ok) return errorResponse(c, result.error);
    const user = await findUserById(db, result.value.userId);
    if (!user) return failWith(c, 'auth.required');
    const csrfToken = await startSession(c, user.id);
    return c.json({ user: toSessionUser(user), csrfToken }, 200);
  })
  .openapi(auditRoute, (c) =>
    answer(c, 'audit.read', 200, (call) => {
      const { table, id } = c.req.valid('param');
      // An organization's trail goes by the caller's scope (the store); an account's by role.
      if (table !== 'organizations' && !can(call.caller, 'audit.accounts.read')) return fail('auth.forbidden');
      return listAuditFor(call, table, id);
    }),
  );
