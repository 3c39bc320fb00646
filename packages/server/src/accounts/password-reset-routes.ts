import {
  fail,
  groupedCode,
  loginResultSchema,
  maskedPhone,
  mayResetPasswordOf,
  minutesToTell,
  normaliseReadableCode,
  ok,
  passwordChangeInputSchema,
  passwordResetCodeLength,
  passwordResetExpiresAt,
  passwordResetInfoSchema,
  passwordResetIssuedSchema,
  passwordResetIssueInputSchema,
  passwordResetUseInputSchema,
  resetState,
} from '@seedbed/core';
import { changePassword, findPasswordReset, findUserById, issuePasswordReset, usePasswordReset } from '@seedbed/db';
import QRCode from 'qrcode';
import { z } from 'zod';
import { answer, callOf } from '../http/answer';
import { answerPublic, limitedPublicCallOf } from '../http/answer-public';
import { errorResponse, failWith } from '../http/errors';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { publicOrigin } from '../http/public-origin';
import { newReadableCode } from '../http/readable-code';
import { newRouter } from '../http/router';
import { hashToken } from '../http/session';
import { guardLogin } from './login-guard';
import { hashPassword, verifyLoginPassword } from './passwords';
import { startSession } from './routes';
import { toSessionUser } from './session-user';

/**
 * Getting back in (issue 15): staff issue a one-time reset code for someone who forgot the
 * password (core's password-reset.ts), the holder uses it once to choose a new one and is signed
 * in; a signed-in person changes their own password.
 */
const route = routesOf('accounts');

const codeParams = z.object({ code: z.string().min(4).max(40) });

const issue = route({
  method: 'post',
  path: '/api/password-resets',
  summary: 'Issue a one-time password reset for an account (by its phone or username), replacing any unused one',
  request: jsonBody(passwordResetIssueInputSchema),
  responses: { 201: jsonOk(passwordResetIssuedSchema, 'the code (shown once), its link and QR code') },
});

const show = route({
  method: 'get',
  path: '/api/password-resets/{code}',
  summary: 'Whose account a reset code is for (no sign-in needed)',
  request: { params: codeParams },
  responses: {
    200: jsonOk(passwordResetInfoSchema, 'the account, to recognise'),
    409: { description: 'already used' },
    410: { description: 'expired' },
  },
});

const use = route({
  method: 'post',
  path: '/api/password-resets/{code}/use',
  summary: 'Use a reset code once: set a new password, end every other session and sign in',
  request: { params: codeParams, ...jsonBody(passwordResetUseInputSchema) },
  responses: {
    200: jsonOk(loginResultSchema, 'password set and signed in'),
    409: { description: 'already used' },
    410: { description: 'expired' },
  },
});

const change = route({
  method: 'post',
  path: '/api/auth/password',
  summary: 'Change one’s own password (the current one first); every other session ends',
  request: jsonBody(passwordChangeInputSchema),
  responses: {
    200: jsonOk(z.object({ ok: z.literal(true) }), 'changed'),
    429: { description: 'too many wrong current passwords from this client: try again after Retry-After seconds' },
  },
});

const codeHashOf = (code: string) => hashToken(normaliseReadableCode(code));

export const passwordResetRoutes = newRouter()
  .openapi(issue, (c) =>
    answer(c, 'account.password_reset.issue', 201, async (call) => {
      const code = newReadableCode(passwordResetCodeLength);
      const expiresAt = passwordResetExpiresAt(call.actor.now);
      const issued = await issuePasswordReset(call, {
        login: c.req.valid('json').login,
        codeHash: hashToken(code),
        expiresAt,
        mayReset: (accountRole) => mayResetPasswordOf(call.caller.role, accountRole),
      });
      if (!issued.ok) return issued;
      const path = `/reset/${code}`;
      const qrSvg = await QRCode.toString(`${publicOrigin(c)}${path}`, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 1,
      });
      c.header('cache-control', 'no-store');
      return ok({
        displayName: issued.value.displayName,
        code: groupedCode(code),
        path,
        qrSvg,
        expiresAt: expiresAt.toISOString(),
      });
    }),
  )
  .openapi(show, (c) =>
    answerPublic(c, 200, async (call) => {
      const reset = await findPasswordReset(call.db, codeHashOf(c.req.valid('param').code));
      if (!reset) return fail('password_reset.invalid');
      const state = resetState({ expiresAt: reset.expires_at, usedAt: reset.used_at }, call.actor.now);
      if (state !== 'usable') return fail(state === 'used' ? 'password_reset.used' : 'password_reset.expired');
      return ok({
        displayName: reset.display_name,
        login: reset.username ?? maskedPhone(reset.phone ?? ''),
        expiresAt: reset.expires_at.toISOString(),
      });
    }),
  )
  .openapi(use, async (c) => {
    // Rate-limited per address like every page a code opens: the code is the only key.
    const call = limitedPublicCallOf(c);
    if (call instanceof Response) return call;
    const used = await usePasswordReset(call.db, call.actor.now, {
      codeHash: codeHashOf(c.req.valid('param').code),
      passwordHash: await hashPassword(c.req.valid('json').password),
    });
    if (!used.ok) return errorResponse(c, used.error);
    const user = await findUserById(call.db, used.value.userId);
    if (!user) return failWith(c, 'auth.required');
    const csrfToken = await startSession(c, user.id);
    return c.json({ user: toSessionUser(user), csrfToken }, 200);
  })
  .openapi(change, async (c) => {
    const caller = c.get('caller');
    if (!caller) return failWith(c, 'auth.required');
    const { db } = c.get('deps');
    const input = c.req.valid('json');
    const user = await findUserById(db, caller.userId);
    if (!user) return failWith(c, 'auth.required');
    // The current password is a login try like any other: counted and slowed on the same counters,
    // so a session left open on a shared computer cannot be used to guess it.
    const guard = await guardLogin(c, user.username ?? user.phone ?? user.id, user.id);
    if (guard.secondsToWait > 0) {
      c.header('Retry-After', String(guard.secondsToWait));
      return failWith(c, 'auth.login_throttled', { minutes: minutesToTell(guard.secondsToWait) });
    }
    if (!(await verifyLoginPassword(user.password_hash, input.currentPassword))) {
      guard.failed();
      return failWith(c, 'account.wrong_current_password');
    }
    await guard.succeeded();
    const changed = await changePassword(callOf(c, caller), {
      userId: user.id,
      keepSessionIdHash: caller.sessionIdHash,
      passwordHash: await hashPassword(input.newPassword),
    });
    if (!changed.ok) return errorResponse(c, changed.error);
    return c.json({ ok: true as const }, 200);
  });
