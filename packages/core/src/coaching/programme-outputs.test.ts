import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedPeriod, isNewcomer, type ProgrammeActivity, programmeOutputs } from './programme-outputs';
import { checkProgramme } from './programme-rules';

const period = { from: '2017-03-01', to: '2017-07-31' };
const participants = [
  { organizationId: 'dance', joinedOn: '2017-03-01' },
  { organizationId: 'elders', joinedOn: '2017-05-01' },
];
const activity = (id: string, over: Partial<ProgrammeActivity> = {}): ProgrammeActivity => ({
  id,
  startedOn: '2017-06-01',
  openness: 'open_to_all',
  servedCount: 10,
  organizationIds: ['dance'],
  ...over,
});

describe('programme outputs', () => {
  it('counts the participants’ activities in the period from the day each joined', () => {
    const { totals, byOrganization } = programmeOutputs({
      period,
      participants,
      activities: [
        activity('a', { servedCount: 30 }),
        activity('b', { openness: 'members_only', servedCount: 5 }),
        activity('c', { organizationIds: ['dance', 'elders'], openness: 'invited', servedCount: 100 }),
        // before elders joined: not elders'
        activity('d', { organizationIds: ['elders'], startedOn: '2017-04-30' }),
        // outside the period, and of an organization not taking part
        activity('e', { startedOn: '2017-08-01' }),
        activity('f', { organizationIds: ['stranger'] }),
        // joint with an organization that is not a participant: still joint
        activity('g', { organizationIds: ['elders', 'stranger'], startedOn: '2017-05-01', servedCount: 7 }),
      ],
      attendances: [
        { activityId: 'a', personId: 'wang', isActivist: true },
        { activityId: 'a', personId: 'wang', isActivist: true },
        { activityId: 'a', personId: 'li', isActivist: false },
        { activityId: 'c', personId: 'wang', isActivist: true },
        { activityId: 'c', personId: 'zhao', isActivist: true },
        { activityId: 'f', personId: 'zhao', isActivist: true },
      ],
    });
    expect(totals).toEqual({
      activities: 4,
      publicActivities: 3,
      jointActivities: 2,
      activistPersonTimes: 3,
      peopleServed: 142,
    });
    expect(byOrganization.get('dance')).toEqual({
      activities: 3,
      publicActivities: 2,
      jointActivities: 1,
      activistPersonTimes: 3,
      peopleServed: 135,
    });
    expect(byOrganization.get('elders')).toEqual({
      activities: 2,
      publicActivities: 2,
      jointActivities: 2,
      activistPersonTimes: 2,
      peopleServed: 107,
    });
  });

  it('counts an activity once for the programme however many participants ran it, and never more than per organization', () => {
    const organizations = ['a', 'b', 'c'];
    const activityArbitrary = fc.record({
      id: fc.constantFrom('x1', 'x2', 'x3', 'x4', 'x5', 'x6'),
      startedOn: fc.constantFrom('2017-02-28', '2017-03-01', '2017-05-15', '2017-07-31', '2017-08-01'),
      openness: fc.constantFrom('members_only', 'invited', 'open_to_all' as const),
      servedCount: fc.nat(500),
      organizationIds: fc.uniqueArray(fc.constantFrom(...organizations, 'outsider'), { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(activityArbitrary, { maxLength: 12 }),
        fc.array(
          fc.record({
            activityId: fc.constantFrom('x1', 'x2', 'x3'),
            personId: fc.constantFrom('p', 'q'),
            isActivist: fc.boolean(),
          }),
          { maxLength: 10 },
        ),
        (activities, attendances) => {
          const input = {
            period,
            participants: organizations.map((organizationId) => ({ organizationId, joinedOn: '2017-03-01' })),
            activities: activities as ProgrammeActivity[],
            attendances,
          };
          const { totals, byOrganization } = programmeOutputs(input);
          const shares = [...byOrganization.values()];
          for (const key of Object.keys(totals) as (keyof typeof totals)[]) {
            const sum = shares.reduce((s, f) => s + f[key], 0);
            expect(totals[key]).toBeLessThanOrEqual(sum);
            for (const share of shares) expect(share[key]).toBeLessThanOrEqual(totals[key]);
          }
          expect(totals.publicActivities).toBeLessThanOrEqual(totals.activities);
          expect(totals.jointActivities).toBeLessThanOrEqual(totals.activities);
          // Attendance listed twice changes nothing.
          expect(programmeOutputs({ ...input, attendances: [...attendances, ...attendances] }).totals).toEqual(totals);
        },
      ),
    );
  });
});

describe('newcomers', () => {
  const programme = { startsOn: '2017-03-01', endsOn: '2017-07-31' };
  it('is an organization in its first programme, or founded during this one', () => {
    expect(isNewcomer(programme, { foundedOn: '2015-01-01', earlierProgrammeStarts: [] })).toBe(true);
    expect(isNewcomer(programme, { foundedOn: '2015-01-01', earlierProgrammeStarts: ['2016-09-01'] })).toBe(false);
    expect(isNewcomer(programme, { foundedOn: '2017-04-02', earlierProgrammeStarts: ['2016-09-01'] })).toBe(true);
    // a programme starting the same day is not an earlier one
    expect(isNewcomer(programme, { foundedOn: null, earlierProgrammeStarts: ['2017-03-01'] })).toBe(true);
    expect(isNewcomer(programme, { foundedOn: '2017-08-01', earlierProgrammeStarts: ['2017-01-01'] })).toBe(false);
  });
});

describe('programme rules', () => {
  it('counts up to today while a programme runs, and over its period once it ended', () => {
    expect(countedPeriod({ startsOn: '2017-03-01', endsOn: null }, '2017-05-02')).toEqual({
      from: '2017-03-01',
      to: '2017-05-02',
    });
    expect(countedPeriod({ startsOn: '2017-03-01', endsOn: '2017-07-31' }, '2018-01-01').to).toBe('2017-07-31');
  });
  it('refuses a reversed period and a site kind without a name', () => {
    const base = { kind: 'livelihood_forum' as const, kindName: null, startsOn: '2017-03-01', endsOn: null };
    expect(checkProgramme(base)).toBeNull();
    expect(checkProgramme({ ...base, endsOn: '2017-02-01' })).toBe('coaching.programme_period_reversed');
    expect(checkProgramme({ ...base, kind: 'other' })).toBe('coaching.programme_kind_name_required');
    expect(checkProgramme({ ...base, kind: 'other', kindName: '楼道议事' })).toBeNull();
  });
});
