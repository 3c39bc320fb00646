import { randomInt } from 'node:crypto';
import { readableCodeAlphabet } from '@seedbed/core';

/**
 * A ballot slip's code: 10 characters of the alphabet without look-alikes (31^10 ≈ 8·10^14), so a
 * code cannot be guessed from another slip's, and a child can type it from the printed sheet.
 */
export const slipCodeLength = 10;

export function newSlipCode(): string {
  let code = '';
  for (let i = 0; i < slipCodeLength; i += 1) code += readableCodeAlphabet[randomInt(readableCodeAlphabet.length)];
  return code;
}
