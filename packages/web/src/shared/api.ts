import type { FieldIssue } from '@seedbed/core';
import { currentLocale, i18n } from '../i18n';

/**
 * The one way the web app talks to the server. Sends the session cookie (same origin), the current
 * language (the server localises error messages), and for writes the CSRF token from the last
 * login or /api/auth/me answer.
 */

/** An error answer `{ code, message, fields? }`; `message` is already in the user's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldIssue[];

  constructor(status: number, code: string, message: string, fields: FieldIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }

  get isForbidden(): boolean {
    return this.status === 403;
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }
}

/** Codes for failures that never reached the server's error handler. */
export const networkErrorCode = 'client.network';
export const unexpectedErrorCode = 'client.unexpected';

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on a 401 from any request not marked `anonymous` (the session expired: go to login). */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * The request is expected to work without a session (login, me, invites): a 401 is the answer
   * itself (e.g. wrong password), not a sign that the session expired.
   */
  anonymous?: boolean;
  /** Extra headers, e.g. `Idempotency-Key` for a submit that may be retried. */
  headers?: Record<string, string>;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function request<T>(method: Method, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = {
    ...options.headers,
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  };
  // A file (Blob) goes as the raw body with its own type; anything else as JSON.
  const isFile = body instanceof Blob;
  if (isFile) headers['Content-Type'] = body.type || 'application/octet-stream';
  else if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: isFile ? body : body === undefined ? null : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, networkErrorCode, i18n.t('errors.network'));
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const error = await errorFrom(response);
  if (error.isUnauthorized && !options.anonymous) unauthorizedHandler?.();
  throw error;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (a proxy's error page, an empty body): fall back to a generic message.
  }
  if (isErrorPayload(payload)) {
    return new ApiError(response.status, payload.code, payload.message, payload.fields ?? []);
  }
  return new ApiError(response.status, unexpectedErrorCode, i18n.t('errors.unexpected'));
}

function isErrorPayload(value: unknown): value is { code: string; message: string; fields?: FieldIssue[] } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string' &&
    (candidate.fields === undefined || Array.isArray(candidate.fields))
  );
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * GETs started before the page that reads them has rendered (main.tsx: the session check, and the
 * leader's form asking for its team), each handed — answer or error — to the first `api.get` of
 * that path and then forgotten, so a later read asks the server again.
 */
const early = new Map<string, Promise<unknown>>();

export function fetchEarly(path: string, options: Pick<RequestOptions, 'anonymous'> = {}): void {
  if (early.has(path)) return;
  const started = request<unknown>('GET', path, undefined, options);
  // Read or not, a failure here is not an unhandled one: the page that takes it handles it.
  started.catch(() => undefined);
  early.set(path, started);
}

function get<T>(path: string, options: RequestOptions): Promise<T> {
  const started = early.get(path);
  if (!started) return request<T>('GET', path, undefined, options);
  early.delete(path);
  return started as Promise<T>;
}

export const api = {
  get: <T>(path: string, options: RequestOptions = {}) => get<T>(path, options),
  post: <T>(path: string, body?: unknown, options: RequestOptions = {}) => request<T>('POST', path, body, options),
  patch: <T>(path: string, body: unknown, options: RequestOptions = {}) => request<T>('PATCH', path, body, options),
  put: <T>(path: string, body: unknown, options: RequestOptions = {}) => request<T>('PUT', path, body, options),
  /** Uploads a file as the raw request body (the server checks its real type). */
  upload: <T>(path: string, file: Blob, options: RequestOptions = {}) => request<T>('PUT', path, file, options),
  delete: <T>(path: string, options: RequestOptions = {}) => request<T>('DELETE', path, undefined, options),
};

/** Any thrown value as an ApiError, so screens have one thing to show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, unexpectedErrorCode, i18n.t('errors.unexpected'));
}
