import { type DomainError, fail, isStorableText, ok, type Result } from '@seedbed/core';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from './env';

/** A form of a public page holds a name, a phone and a few ticks: a few hundred bytes. */
export const maxFormBytes = 16 * 1024;

export type FormFields = ReadonlyMap<string, string>;

/**
 * The fields of a public page's form as the browser posts it (application/x-www-form-urlencoded,
 * which works with JavaScript off), the first value of a repeated field. Refused with a code the
 * page explains: another type of body, one over `maxFormBytes` (checked on the declared length and
 * again on what arrived), or text PostgreSQL cannot keep (core's input policy, as the JSON routes
 * apply it in http/input-policy.ts). Percent-escapes that do not decode become U+FFFD, as browsers
 * do, and are then just odd text for the schema to judge.
 */
export async function readForm(c: Context<AppEnv>): Promise<Result<FormFields>> {
  const type = c.req.header('content-type')?.toLowerCase() ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) return fail('request.invalid');
  if (Number(c.req.header('content-length') ?? 0) > maxFormBytes) return fail('request.too_large');
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxFormBytes) return fail('request.too_large');
  const fields = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(text)) {
    if (!isStorableText(name) || !isStorableText(value)) return fail('request.invalid');
    if (!fields.has(name)) fields.set(name, value);
  }
  return ok(fields);
}

/**
 * Whether a form post comes from another site. These forms are anonymous (no session to ride on);
 * the one thing a post carries is the volunteer's sign-out cookie, which is SameSite=Lax and so
 * never sent with another site's post. A foreign Origin is still refused, as the API does
 * (http/session.ts). Unlike the API, `Origin: null` is let through: under the app's
 * `Referrer-Policy: no-referrer` a browser sends "null" for a form posted from our own page.
 */
export function isForeignPost(c: Context<AppEnv>): boolean {
  const origin = c.req.header('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return true;
  }
}

/**
 * A form's values through the JSON route's core schema: the input, or request.invalid naming the
 * fields (by their first step, as the page's fields are named) so the page can say what to correct.
 */
export function formInputOf<T>(schema: z.ZodType<T>, candidate: unknown): Result<T> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return ok(parsed.data);
  const fields = parsed.error.issues.map((issue) => ({
    path: String(issue.path[0] ?? '(body)'),
    message: issue.message,
  }));
  return { ok: false, error: { code: 'request.invalid', fields } };
}

/** What to say, and where, for a request.invalid on a form with a name and a phone field. */
export function nameAndPhoneProblems(
  error: DomainError,
  message: string,
  words: { nameProblem: string; phoneProblem: string },
): Partial<Record<'name' | 'phone' | 'form', string>> {
  const paths = new Set(error.fields?.map((field) => field.path));
  return {
    ...(paths.has('name') && { name: words.nameProblem }),
    ...(paths.has('phone') && { phone: words.phoneProblem }),
    ...(!paths.has('name') && !paths.has('phone') && { form: message }),
  };
}

/** A phone number as typed on a phone ("138 1234 5678", "138-1234-5678"): the digits the schema checks. */
export function typedPhone(text: string): string {
  return text.replace(/[\s-]/g, '');
}
