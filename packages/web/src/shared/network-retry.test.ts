import { describe, expect, it } from 'vitest';
import { sessionRetryDelay } from './network-retry';

describe('sessionRetryDelay', () => {
  it('waits twice as long each time, from 2 s up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map(sessionRetryDelay)).toEqual([
      2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });
});
