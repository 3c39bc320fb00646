import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activitiesOverlap, checkObservedSpan, matchTrackingVisit } from './rules';

const dance = 'org-dance';
const choir = 'org-choir';
const at = (time: string) => new Date(`2026-06-29T${time}:00+08:00`);
const span = (from: string, to: string, organizationIds = [dance]) => ({
  organizationIds,
  startsAt: at(from),
  endsAt: at(to),
});

describe('when two records describe the same activity', () => {
  it('matches the same organization, the same day and overlapping times', () => {
    expect(activitiesOverlap(span('09:00', '11:00'), span('09:30', '10:00'))).toBe(true);
  });
  it('counts touching ends as overlapping (times are typed rounded to the hour)', () => {
    expect(activitiesOverlap(span('09:00', '10:00'), span('10:00', '11:00'))).toBe(true);
  });
  it('does not match times an hour apart', () => {
    expect(activitiesOverlap(span('09:00', '10:00'), span('10:30', '11:00'))).toBe(false);
  });
  it('needs a shared organization; one partner of a joint activity is enough', () => {
    expect(activitiesOverlap(span('09:00', '10:00', [dance]), span('09:00', '10:00', [choir]))).toBe(false);
    expect(activitiesOverlap(span('09:00', '10:00', [dance, choir]), span('09:00', '10:00', [choir]))).toBe(true);
  });
  it('compares days in Shanghai, not UTC: 07:30 and 08:30 Shanghai are one day, spanning UTC midnight', () => {
    const early = { organizationIds: [dance], startsAt: at('07:30'), endsAt: at('09:00') };
    const later = { organizationIds: [dance], startsAt: at('08:30'), endsAt: at('09:30') };
    expect(activitiesOverlap(early, later)).toBe(true);
  });
  it('does not match an evening that runs past midnight with the next morning', () => {
    const evening = {
      organizationIds: [dance],
      startsAt: new Date('2026-06-29T23:00:00+08:00'),
      endsAt: new Date('2026-06-30T01:00:00+08:00'),
    };
    const night = {
      organizationIds: [dance],
      startsAt: new Date('2026-06-30T00:30:00+08:00'),
      endsAt: new Date('2026-06-30T01:00:00+08:00'),
    };
    expect(activitiesOverlap(evening, night)).toBe(false);
  });
  it('is symmetric', () => {
    const minutes = fc.integer({ min: 0, max: 23 * 60 });
    fc.assert(
      fc.property(minutes, minutes, minutes, minutes, (a, b, c, d) => {
        const make = (x: number, y: number) => ({
          organizationIds: [dance],
          startsAt: new Date(at('00:00').getTime() + Math.min(x, y) * 60_000),
          endsAt: new Date(at('00:00').getTime() + Math.max(x, y) * 60_000),
        });
        expect(activitiesOverlap(make(a, b), make(c, d))).toBe(activitiesOverlap(make(c, d), make(a, b)));
      }),
    );
  });
});

describe('where a tracking visit without an activity goes', () => {
  const visit = span('09:30', '10:30');
  it('attaches to the one matching activity', () => {
    const recorded = { ...span('09:00', '11:00'), id: 'a' };
    expect(matchTrackingVisit(visit, [recorded, { ...span('14:00', '15:00'), id: 'b' }])).toEqual({
      kind: 'attach',
      activity: recorded,
    });
  });
  it('creates one when nothing matches', () => {
    expect(matchTrackingVisit(visit, [{ ...span('14:00', '15:00'), id: 'b' }])).toEqual({ kind: 'create' });
  });
  it('asks staff to choose when several match', () => {
    const result = matchTrackingVisit(visit, [
      { ...span('09:00', '10:00'), id: 'a' },
      { ...span('10:00', '11:00'), id: 'b' },
    ]);
    expect(result.kind === 'choose' && result.candidates.map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('the observed span', () => {
  it('refuses an end before the start', () => {
    expect(
      checkObservedSpan({ observedStartsAt: '2026-06-29T10:00:00+08:00', observedEndsAt: '2026-06-29T09:00:00+08:00' }),
    ).toEqual({ ok: false, error: { code: 'activity.end_before_start' } });
    expect(
      checkObservedSpan({ observedStartsAt: '2026-06-29T10:00:00+08:00', observedEndsAt: '2026-06-29T10:00:00+08:00' })
        .ok,
    ).toBe(true);
  });
});
