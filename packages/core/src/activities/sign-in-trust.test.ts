import { describe, expect, it } from 'vitest';
import {
  burstThreshold,
  guestContactCutoff,
  mostSignInsWithinAMinute,
  signInCeiling,
  signInEvidenceWeight,
  signInFlags,
  statedHeadCount,
} from './sign-in-trust';

const at = (seconds: number) => new Date(Date.UTC(2026, 5, 30, 2, 0, seconds));
const every = (count: number, secondsApart: number) => Array.from({ length: count }, (_, i) => at(i * secondsApart));

describe('what one sign-in code takes', () => {
  it('takes twice the stated size, never fewer than 50', () => {
    expect(statedHeadCount({ organizerCount: 3, servedCount: 40 })).toBe(43);
    expect(signInCeiling(43)).toBe(86);
    expect(signInCeiling(5)).toBe(50);
  });
});

describe('implausible bursts', () => {
  it('finds the most sign-ins inside any 60 seconds, in any order', () => {
    expect(mostSignInsWithinAMinute([])).toBe(0);
    expect(mostSignInsWithinAMinute([at(59), at(0), at(30)])).toBe(3);
    expect(mostSignInsWithinAMinute([at(0), at(60), at(61)])).toBe(2);
    expect(mostSignInsWithinAMinute(every(120, 0.04))).toBe(120);
  });

  it('flags 120 names in five seconds, and not a queue of 20 at the QR code', () => {
    expect(burstThreshold(40)).toBe(20);
    expect(burstThreshold(200)).toBe(50);
    expect(signInFlags(every(120, 0.04), 30)).toEqual(['burst', 'more_than_stated']);
    expect(signInFlags(every(20, 3), 30)).toEqual([]);
    expect(signInFlags(every(21, 2), 30)).toEqual(['burst']);
  });

  it('flags more sign-ins than the activity says it had people, spread over the afternoon', () => {
    expect(signInFlags(every(31, 120), 30)).toEqual(['more_than_stated']);
    expect(signInFlags(every(30, 120), 30)).toEqual([]);
  });
});

describe('sign-ins as evidence', () => {
  it('weighs a sign-in without a phone as half of one with a phone', () => {
    expect(signInEvidenceWeight({ withPhone: 2, withoutPhone: 3 })).toBe(3.5);
  });
});

describe('guests’ contact data', () => {
  it('is due for removal 180 days after the activity ended', () => {
    expect(guestContactCutoff(new Date('2026-12-27T00:00:00Z')).toISOString()).toBe('2026-06-30T00:00:00.000Z');
  });
});
