/**
 * A fixed-window counter in memory, keyed by client address: it slows one address trying many
 * logins or public writes on a single Seedbed process. What guards an account is in the database
 * (accounts' login throttle), so a restart losing these counts costs little.
 */
export interface RateLimiter {
  /** Counts one attempt; true if it is within the limit. */
  take(key: string, nowMs: number): boolean;
  /** True if the key has used up its window, without counting anything. */
  exhausted(key: string, nowMs: number): boolean;
  /** Seconds until an exhausted key's window ends; 0 if it is not exhausted. */
  secondsLeft(key: string, nowMs: number): number;
  /** Uncounts one attempt taken in the running window (it turned out not to be one that counts). */
  giveBack(key: string, nowMs: number): void;
}

export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  /** The key's window if it is still running and used up. */
  const usedUp = (key: string, nowMs: number) => {
    const window = windows.get(key);
    return window && nowMs - window.startedAt < options.windowMs && window.count >= options.limit ? window : null;
  };
  return {
    /** True if this attempt is allowed. */
    take(key: string, nowMs: number): boolean {
      const window = windows.get(key);
      if (!window || nowMs - window.startedAt >= options.windowMs) {
        if (windows.size > 10_000) windows.clear();
        windows.set(key, { startedAt: nowMs, count: 1 });
        return true;
      }
      window.count += 1;
      return window.count <= options.limit;
    },
    exhausted: (key: string, nowMs: number) => usedUp(key, nowMs) !== null,
    secondsLeft(key: string, nowMs: number): number {
      const window = usedUp(key, nowMs);
      return window ? Math.ceil((window.startedAt + options.windowMs - nowMs) / 1000) : 0;
    },
    giveBack(key: string, nowMs: number) {
      const window = windows.get(key);
      if (window && nowMs - window.startedAt < options.windowMs && window.count > 0) window.count -= 1;
    },
  };
}
