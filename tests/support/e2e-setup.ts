import { afterEach, expect } from 'vitest';
import { missingMessages } from './browser';

/** Every journey ends with no message key missing from the screens it saw (see browser.ts). */
afterEach(() => {
  const missing = missingMessages.splice(0);
  expect(missing).toEqual([]);
});
