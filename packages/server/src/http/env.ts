import type { Locale, MemberRole, Role, Scope } from '@seedbed/core';
import type { Db } from '@seedbed/db';
import type { Logger } from 'pino';
import type { FileStore } from '../files/file-store';
import type { RateLimiter } from './rate-limit';

/** The signed-in caller, as every route sees it. */
export interface Caller {
  userId: string;
  displayName: string;
  role: Role;
  /** The holder's current role in the account's team, so permissions follow it (core's `can`). */
  teamRole: MemberRole | null;
  scope: Scope;
  sessionIdHash: string;
  csrfToken: string;
}

/** What the app needs from the outside world; tests pass their own clock. */
export interface AppDependencies {
  db: Db;
  logger: Logger;
  now?: () => Date;
  /** Uploaded files; tests pass a temp dir, `seedbed serve` uses $SEEDBED_DATA_DIR/files. */
  files: FileStore;
  /** Built web app to serve (packages/web/dist); absent in API-only tests. */
  webDistDir?: string;
  /**
   * Failed logins per client address per minute (default 10) before that address waits, for logins
   * to accounts it has never signed in to; good logins never count. Per process: it guards no
   * account (the per-account counters in the database do), it only slows one address trying many.
   */
  loginAttemptsPerMinute?: number;
  /**
   * How many reverse proxies stand in front of Seedbed (SEEDBED_TRUST_PROXY; default 0): only then
   * is the client address read from X-Forwarded-For (see http/client-address.ts).
   */
  trustProxyHops?: number;
  /**
   * Public sign-ins (and other anonymous writes) per client address per minute (default 300).
   * Generous: residents at one activity often share one address (a community Wi-Fi, or the
   * carrier's NAT on mobile data), so a whole square can sign in while a script is slowed.
   */
  publicWritesPerMinute?: number;
  /**
   * Sign-ins (residents' and volunteers') per client address per activity code per minute (default 30).
   * A script holding one code is slowed to this; a queue of phones at the QR code, even behind one
   * carrier NAT, signs in at well under it (a resident needs about half a minute with the form).
   */
  signInsPerAddressAndCodePerMinute?: number;
  /** The public address for links that leave the app (QR codes, share tags); see http/public-origin.ts. */
  publicUrl?: string;
}

export interface AppEnv {
  Variables: {
    deps: Required<Pick<AppDependencies, 'db' | 'logger' | 'now' | 'files'>> & {
      loginLimiter: RateLimiter;
      publicWriteLimiter: RateLimiter;
      signInLimiter: RateLimiter;
      publicOrigin: string | null;
      trustProxyHops: number;
    };
    locale: Locale;
    caller: Caller | null;
  };
}
