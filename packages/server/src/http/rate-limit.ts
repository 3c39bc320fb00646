/**
 * A fixed-window counter in memory, keyed by client address: enough to slow password guessing on a
 * single Seedbed process. The per-account lock-out in the database is the second line.
 */
export interface RateLimiter {
  /** Counts one attempt; true if it is within the limit. */
  take(key: string, nowMs: number): boolean;
  /** True if the key has used up its window, without counting anything. */
  exhausted(key: string, nowMs: number): boolean;
}

export function createRateLimiter(options: { limit: number; windowMs: number }): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
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
    exhausted(key: string, nowMs: number): boolean {
      const window = windows.get(key);
      return !!window && nowMs - window.startedAt < options.windowMs && window.count >= options.limit;
    },
  };
}
