/**
 * How long a session lives. Leaders open Seedbed about once a month, often on the same phone: a
 * session unused for 45 days ends, so a monthly visit (even one a couple of weeks late) never asks
 * for the password, while a phone that was lost or a shared computer left signed in stops working
 * within about six weeks. However often it is used, a session ends 180 days after sign-in, which
 * bounds what a copied cookie is worth; twice a year the password is typed again.
 */
export const sessionIdleDays = 45;
export const sessionMaxDays = 180;

/**
 * Use of a session is written down at most this often, so reads do not write on every call. The
 * idle limit is therefore exact to within this much (an hour in 45 days).
 */
export const sessionTouchMinutes = 60;

const minuteMs = 60_000;

export function idleSince(now: Date): Date {
  return new Date(now.getTime() - sessionIdleDays * 1440 * minuteMs);
}

export function isTouchDue(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= sessionTouchMinutes * minuteMs;
}
