import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needFromAnswers, summariseWaves } from './questionnaire';
import { defaultBaseline, type MappedResource, mapResources } from './resource-map';
import { checkEstate, checkPin, checkPopulation, checkSurveyDates } from './rules';
import { communityProfileInputSchema, resourceInputSchema, stakeholderInputSchema } from './survey-inputs';

describe('estates', () => {
  it('calls an estate old only when built by the end of 2000', () => {
    expect(checkEstate({ estateType: 'old_neighbourhood', buildYear: 2000 }, '2026-06-30').ok).toBe(true);
    const late = checkEstate({ estateType: 'old_neighbourhood', buildYear: 2001 }, '2026-06-30');
    expect(late).toEqual({ ok: false, error: { code: 'estate.not_old', params: { year: 2000 } } });
    expect(checkEstate({ estateType: 'commodity_housing', buildYear: 1999 }, '2026-06-30').ok).toBe(true);
    expect(checkEstate({ estateType: 'old_neighbourhood', buildYear: null }, '2026-06-30').ok).toBe(true);
  });

  it('refuses a build year after this year', () => {
    expect(checkEstate({ estateType: 'commodity_housing', buildYear: 2027 }, '2026-06-30')).toMatchObject({
      error: { code: 'survey.future_date' },
    });
  });
});

describe('dates and pins', () => {
  it('refuses dates after today', () => {
    expect(checkSurveyDates(['2026-06-30', null], '2026-06-30').ok).toBe(true);
    expect(checkSurveyDates(['2026-07-01'], '2026-06-30').ok).toBe(false);
  });

  it('needs both coordinates of a pin, each between 0 and 1', () => {
    expect(checkPin({ pinX: 0, pinY: 1 }).ok).toBe(true);
    expect(checkPin({}).ok).toBe(true);
    expect(checkPin({ pinX: 0.5 })).toMatchObject({ error: { code: 'resource.pin_incomplete' } });
    expect(resourceInputSchema.safeParse(resource({ pinX: 1.2, pinY: 0.5 })).success).toBe(false);
    expect(resourceInputSchema.safeParse(resource({ pinX: -0.01, pinY: 0.5 })).success).toBe(false);
    expect(resourceInputSchema.safeParse(resource({ pinX: 0.25, pinY: 0.75 })).success).toBe(true);
  });
});

describe('population', () => {
  it('refuses parts that add up to more than the resident population', () => {
    expect(checkPopulation({ residentPopulation: 100, localPopulation: 60, migrantPopulation: 40 }).ok).toBe(true);
    expect(checkPopulation({ residentPopulation: 100, localPopulation: 60, migrantPopulation: 41 }).ok).toBe(false);
    expect(checkPopulation({ residentPopulation: 100, elderlyPopulation: 101 }).ok).toBe(false);
    expect(checkPopulation({ localPopulation: 5 }).ok).toBe(true);
  });

  it('accepts any split of the population into parts (property)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.double({ min: 0, max: 1, noNaN: true }), (total, share) => {
        const locals = Math.floor(total * share);
        return checkPopulation({
          residentPopulation: total,
          localPopulation: locals,
          migrantPopulation: total - locals,
        }).ok;
      }),
    );
  });

  it('refuses unknown fields, negative counts and an empty profile', () => {
    expect(communityProfileInputSchema.safeParse({}).success).toBe(false);
    expect(communityProfileInputSchema.safeParse({ households: -1 }).success).toBe(false);
    expect(communityProfileInputSchema.safeParse({ population: 5 }).success).toBe(false);
    expect(communityProfileInputSchema.safeParse({ households: 1200 }).success).toBe(true);
  });
});

describe('stakeholders', () => {
  it('takes a mobile or a landline as contact, nothing else', () => {
    const base = { kind: 'school', name: '春和小学' };
    expect(stakeholderInputSchema.safeParse({ ...base, contactPhone: '13812341234' }).success).toBe(true);
    expect(stakeholderInputSchema.safeParse({ ...base, contactPhone: '010-62345678' }).success).toBe(true);
    expect(stakeholderInputSchema.safeParse({ ...base, contactPhone: '12345' }).success).toBe(false);
    expect(stakeholderInputSchema.safeParse({ ...base, kind: 'church' }).success).toBe(false);
  });
});

describe('the baseline questionnaire', () => {
  it('turns a need answer into a register entry', () => {
    expect(needFromAnswers({ topNeed: 'childcare' })).toEqual({ category: 'childcare', detail: null });
    expect(needFromAnswers({ needDetail: ' 楼道太黑 ' })).toEqual({ category: 'other', detail: '楼道太黑' });
    expect(needFromAnswers({ neighbourTies: 3 })).toBeNull();
  });

  it('summarises each wave, leaving unanswered questions out', () => {
    const summaries = summariseWaves([
      { wave: 0, answers: { neighbourTies: 2, joinedActivity: false, topNeed: 'elderly_care' } },
      { wave: 0, answers: { neighbourTies: 3, joinedActivity: true, topNeed: 'elderly_care' } },
      { wave: 0, answers: { communityTrust: 4 } },
      { wave: 1, answers: { neighbourTies: 4, joinedActivity: true, topNeed: 'safety' } },
    ]);
    expect(summaries.map((s) => s.wave)).toEqual([0, 1]);
    expect(summaries[0]).toEqual({
      wave: 0,
      responses: 3,
      means: { neighbourTies: 2.5, communityTrust: 4, willingToVolunteer: null },
      joinedActivityShare: 0.5,
      topNeeds: [{ category: 'elderly_care', count: 2 }],
    });
    expect(summaries[1]?.means.neighbourTies).toBe(4);
  });
});

describe('the resource map', () => {
  const resources: MappedResource[] = [
    { category: 'place', foundOn: '2025-01-10', persistence: 'sustained', useDates: ['2025-02-01', '2025-09-01'] },
    { category: 'place', foundOn: '2025-02-10', persistence: 'one_off', useDates: [] },
    { category: 'people', foundOn: '2025-06-01', persistence: 'sustained', useDates: ['2025-12-01'] },
    { category: 'money', foundOn: '2026-03-01', persistence: 'one_off', useDates: ['2026-03-02'] },
  ];

  it('counts initial resources, growth and utilisation by the chosen dates', () => {
    const rows = mapResources(resources, '2025-03-31', '2025-12-31');
    const place = rows.find((r) => r.category === 'place');
    const people = rows.find((r) => r.category === 'people');
    const money = rows.find((r) => r.category === 'money');
    expect(place).toEqual({ category: 'place', initial: 2, initialUsed: 1, total: 2, sustained: 1, used: 1, uses: 2 });
    expect(people).toEqual({
      category: 'people',
      initial: 0,
      initialUsed: 0,
      total: 1,
      sustained: 1,
      used: 1,
      uses: 1,
    });
    expect(money).toMatchObject({ total: 0, used: 0, uses: 0 });
    expect(rows).toHaveLength(8);
  });

  it('never counts more used than known, nor initial more than total (property)', () => {
    const dates = fc
      .integer({ min: 0, max: 900 })
      .map((d) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ foundOn: dates, useDates: fc.array(dates, { maxLength: 4 }) }), { maxLength: 20 }),
        dates,
        dates,
        (drawn, a, b) => {
          const [baseline, asOf] = a <= b ? [a, b] : [b, a];
          const rows = mapResources(
            drawn.map((d) => ({ ...d, category: 'place' as const, persistence: 'one_off' as const })),
            baseline,
            asOf,
          );
          return rows.every(
            (r) => r.used <= r.total && r.initial <= r.total && r.initialUsed <= r.initial && r.used <= r.uses,
          );
        },
      ),
    );
  });

  it('takes three months after the first find as the default baseline, never after today', () => {
    expect(defaultBaseline(['2025-05-10', '2025-01-15'], '2026-06-30')).toBe('2025-04-15');
    expect(defaultBaseline(['2026-06-01'], '2026-06-30')).toBe('2026-06-30');
    expect(defaultBaseline([], '2026-06-30')).toBe('2026-06-30');
  });
});

function resource(extra: object) {
  return { name: '小广场', category: 'place', foundOn: '2025-01-01', persistence: 'sustained', ...extra };
}
