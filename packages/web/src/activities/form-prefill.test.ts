import { describe, expect, it } from 'vitest';
import {
  isDraftOf,
  sameAsLastTime,
  tickMembers,
  toggleAllMembers,
  withPlannedOccurrence,
  withTodaysPlan,
} from './form-prefill';
import { emptyFormValues, toActivityInput } from './form-values';

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

describe('举办了 opening the form on a planned date', () => {
  const planned = {
    plannedActivityId: 'plan-1',
    on: '2026-06-23',
    title: '周二太极',
    startsAt: '2026-06-23T01:00:00.000Z',
    endsAt: '2026-06-23T03:00:00.000Z',
    openness: 'open_to_all' as const,
    placeText: '社区活动室',
  };

  it('takes the title, day, times, openness and place from the plan, linked to the date', () => {
    const values = withPlannedOccurrence(fresh, planned);
    expect(values).toMatchObject({
      title: '周二太极',
      date: '2026-06-23',
      startTime: '09:00',
      endTime: '11:00',
      openness: 'open_to_all',
      placeKind: 'text',
      placeText: '社区活动室',
      plannedOccurrence: { plannedActivityId: 'plan-1', on: '2026-06-23' },
    });
    expect(isDraftOf(values, planned)).toBe(true);
    expect(isDraftOf(fresh, planned)).toBe(false);
  });

  it('sends the link only while the date stays the planned day', () => {
    const values = withPlannedOccurrence(fresh, planned);
    expect(toActivityInput(values, 'team').plannedOccurrence).toEqual({
      plannedActivityId: 'plan-1',
      on: '2026-06-23',
    });
    expect(toActivityInput({ ...values, date: '2026-06-24' }, 'team').plannedOccurrence).toBeUndefined();
    expect(toActivityInput(fresh, 'team').plannedOccurrence).toBeUndefined();
  });
});
