import { describe, expect, it } from 'vitest';
import { sameAsLastTime, tickMembers, toggleAllMembers, withTodaysPlan } from './form-prefill';
import { emptyFormValues } from './form-values';

// 2026-06-30 02:00 UTC is 10:00 in Shanghai: the form guesses 08:00–10:00.
const fresh = emptyFormValues(new Date('2026-06-30T02:00:00Z'));
const team = ['a', 'b', 'c', 'd'];

describe('ticking members on the leader’s form', () => {
  it('lets the organizers’ count follow the ticked members (组织 0 / 到场 12 no more)', () => {
    const ticked = tickMembers(fresh, ['a', 'b', 'c']);
    expect([ticked.memberIds, ticked.organizerCount]).toEqual([['a', 'b', 'c'], 3]);
    expect(tickMembers(ticked, ['a']).organizerCount).toBe(1);
  });

  it('keeps a count the leader typed', () => {
    const typed = { ...tickMembers(fresh, ['a', 'b']), organizerCount: 5 };
    expect(tickMembers(typed, ['a', 'b', 'c']).organizerCount).toBe(5);
  });

  it('同上次 ticks last time’s members who are still in the team, keeping those ticked already', () => {
    const chosen = sameAsLastTime(tickMembers(fresh, ['d']), ['b', 'a', 'gone'], team);
    expect(chosen.memberIds).toEqual(['a', 'b', 'd']);
    expect(chosen.organizerCount).toBe(3);
  });

  it('全选 ticks everyone, and once everyone is ticked clears them', () => {
    const all = toggleAllMembers(tickMembers(fresh, ['b']), team);
    expect([all.memberIds, all.organizerCount]).toEqual([team, 4]);
    expect(toggleAllMembers(all, team).memberIds).toEqual([]);
  });
});

describe('a planned activity today', () => {
  const plan = { startsAt: '2026-06-30T01:00:00.000Z', endsAt: '2026-06-30T02:30:00.000Z' };

  it('gives a new form the planned times', () => {
    const planned = withTodaysPlan(fresh, plan, fresh);
    expect([planned.date, planned.startTime, planned.endTime]).toEqual(['2026-06-30', '09:00', '10:30']);
  });

  it('leaves times the leader changed, and a form for another day', () => {
    const changed = { ...fresh, startTime: '07:00' };
    expect(withTodaysPlan(changed, plan, fresh)).toBe(changed);
    const yesterday = { ...fresh, date: '2026-06-29' };
    expect(withTodaysPlan(yesterday, plan, yesterday)).toBe(yesterday);
  });
});
