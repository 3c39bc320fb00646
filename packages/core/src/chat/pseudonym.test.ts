import { describe, expect, it } from 'vitest';
import { pseudonymLetters } from './pseudonym';

describe('pseudonymLetters', () => {
  it('counts like spreadsheet columns', () => {
    expect([1, 2, 26, 27, 28, 52, 53, 702, 703].map(pseudonymLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
  it('refuses what is not a pseudonym number', () => {
    expect(() => pseudonymLetters(0)).toThrow(RangeError);
    expect(() => pseudonymLetters(1.5)).toThrow(RangeError);
  });
});
