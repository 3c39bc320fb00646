import { describe, expect, it } from 'vitest';
import { headCountClauses } from './head-count-sentence';

const keys = (figures: Parameters<typeof headCountClauses>[0]) =>
  headCountClauses(figures).map(({ key, count }) => `${key} ${count}`);

describe('the head counts in one sentence', () => {
  it('explains 12 members running it for 25 residents, 20 of them on the list, 8 by the QR code', () => {
    expect(keys({ organizerCount: 12, servedCount: 25, attendance: 20, selfSignInCount: 8 })).toEqual([
      'organizers 12',
      'served 25',
      'total 37',
      'named 20',
      'signedIn 8',
    ]);
  });

  it('says nothing twice: the ticked members alone are the whole count', () => {
    expect(keys({ organizerCount: 12, servedCount: 0, attendance: 12, selfSignInCount: 0 })).toEqual([
      'organizers 12',
      'total 12',
    ]);
  });

  it('counts the people listed and signed in when they are more than the stated head count', () => {
    // The record of issue 16: 组织 0 / 服务 25 / 到场 12 — and with 30 on the lists, 30 were there.
    expect(keys({ organizerCount: 0, servedCount: 25, attendance: 12, selfSignInCount: 0 })).toEqual([
      'served 25',
      'total 25',
      'named 12',
    ]);
    expect(keys({ organizerCount: 0, servedCount: 25, attendance: 30, selfSignInCount: 3 })).toEqual([
      'served 25',
      'total 30',
      'signedIn 3',
    ]);
  });

  it('says when nothing is counted yet', () => {
    expect(keys({ organizerCount: 0, servedCount: 0, attendance: 0, selfSignInCount: 0 })).toEqual(['none 0']);
  });
});
