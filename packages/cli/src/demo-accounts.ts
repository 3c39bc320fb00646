import { shanghaiDate } from '@seedbed/core';
import { generateDemo } from '@seedbed/demo';
import { demoSeed } from './demo-load';

/** The demo logins, recomputed from the generator (it is deterministic) when the street was loaded earlier. */
export function demoAccountsForPrinting() {
  return generateDemo({ seed: demoSeed, today: shanghaiDate(new Date()) }).accounts;
}
