import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFiguresPeriod,
  checkServiceModelSession,
  type ServiceModelSessionRecord,
  serviceModelFigures,
  serviceModelProgress,
} from './service-model';

let n = 0;
const session = (over: Partial<ServiceModelSessionRecord>): ServiceModelSessionRecord => ({
  id: `s${++n}`,
  heldOn: '2017-09-01',
  step: 'activity_review',
  completesStep: false,
  coachingSessionId: null,
  ...over,
});

describe('service-model card', () => {
  it('is completed step by step, from the first session that completes each', () => {
    expect(serviceModelProgress([])).toEqual({
      progress: 'started',
      activityReviewCompletedOn: null,
      modelReviewCompletedOn: null,
    });
    const sessions = [
      session({ heldOn: '2017-09-01' }),
      session({ heldOn: '2017-09-20', completesStep: true }),
      session({ heldOn: '2017-09-10', completesStep: true }),
      session({ heldOn: '2017-10-08', step: 'model_review', completesStep: true }),
    ];
    expect(serviceModelProgress(sessions)).toEqual({
      progress: 'model_review_done',
      activityReviewCompletedOn: '2017-09-10',
      modelReviewCompletedOn: '2017-10-08',
    });
  });

  it('refuses completing the model review before the activity review', () => {
    const talk = { heldOn: '2017-09-15', step: 'model_review' as const, completesStep: false };
    const done = { ...talk, completesStep: true };
    expect(checkServiceModelSession([], talk)).toBeNull();
    expect(checkServiceModelSession([], done)).toBe('organization.service_model_activity_review_first');
    const reviewed = [session({ heldOn: '2017-09-10', completesStep: true })];
    expect(checkServiceModelSession(reviewed, done)).toBeNull();
    expect(checkServiceModelSession(reviewed, { ...done, heldOn: '2017-09-09' })).toBe(
      'organization.service_model_activity_review_first',
    );
  });
});

describe('the street’s service-model figures', () => {
  it('counts a workshop of several teams once, and each team’s completed steps', () => {
    const figures = serviceModelFigures([
      {
        organizationId: 'a',
        sessions: [
          session({ coachingSessionId: 'w1', completesStep: true }),
          session({ step: 'model_review', completesStep: true, heldOn: '2017-10-01' }),
        ],
      },
      { organizationId: 'b', sessions: [session({ coachingSessionId: 'w1', completesStep: true })] },
      { organizationId: 'c', sessions: [session({ coachingSessionId: 'w1' })] },
      { organizationId: 'd', sessions: [] },
    ]);
    expect(figures).toEqual({
      cardsStarted: 4,
      organizationsWithSessions: 3,
      sessions: 2,
      activityReviewCompleted: 2,
      modelReviewCompleted: 1,
    });
  });

  it('never has more completed model reviews than activity reviews, nor more than the teams with sessions', () => {
    const sessionArbitrary = fc.record({
      id: fc.uuid(),
      heldOn: fc.constantFrom('2017-09-01', '2017-09-10', '2017-10-01'),
      step: fc.constantFrom('activity_review' as const, 'model_review' as const),
      completesStep: fc.boolean(),
      coachingSessionId: fc.option(fc.constantFrom('w1', 'w2'), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.record({ organizationId: fc.uuid(), sessions: fc.array(sessionArbitrary, { maxLength: 4 }) }), {
          maxLength: 8,
        }),
        (cards) => {
          const f = serviceModelFigures(cards);
          expect(f.modelReviewCompleted).toBeLessThanOrEqual(f.activityReviewCompleted);
          expect(f.activityReviewCompleted).toBeLessThanOrEqual(f.organizationsWithSessions);
          expect(f.organizationsWithSessions).toBeLessThanOrEqual(f.cardsStarted);
          expect(f.sessions).toBeLessThanOrEqual(cards.reduce((sum, c) => sum + c.sessions.length, 0));
        },
      ),
    );
  });

  describe('over a period', () => {
    const cards = [
      {
        organizationId: 'a',
        startedOn: '2017-08-20',
        sessions: [
          session({ heldOn: '2017-08-25', completesStep: true }),
          session({ heldOn: '2017-09-12', step: 'model_review', completesStep: true, coachingSessionId: 'w1' }),
        ],
      },
      {
        organizationId: 'b',
        startedOn: '2017-09-01',
        sessions: [
          session({ heldOn: '2017-09-12', coachingSessionId: 'w1', completesStep: true }),
          session({ heldOn: '2017-10-05', step: 'model_review' }),
        ],
      },
      { organizationId: 'c', startedOn: '2017-10-20', sessions: [session({ heldOn: '2017-10-21' })] },
    ];

    it('counts the sessions held in it and the steps first completed in it, both days included', () => {
      expect(serviceModelFigures(cards, { from: '2017-09-01', to: '2017-09-30' })).toEqual({
        cardsStarted: 2,
        organizationsWithSessions: 2,
        sessions: 1,
        activityReviewCompleted: 1,
        // a's activity review was completed in August, so its model review in September counts here.
        modelReviewCompleted: 1,
      });
      expect(serviceModelFigures(cards, { from: '2017-09-12', to: '2017-09-12' }).sessions).toBe(1);
      expect(serviceModelFigures(cards, { to: '2017-08-31' })).toEqual({
        cardsStarted: 1,
        organizationsWithSessions: 1,
        sessions: 1,
        activityReviewCompleted: 1,
        modelReviewCompleted: 0,
      });
      expect(serviceModelFigures(cards, { from: '2017-10-01' })).toEqual({
        cardsStarted: 3,
        organizationsWithSessions: 2,
        sessions: 2,
        activityReviewCompleted: 0,
        modelReviewCompleted: 0,
      });
    });

    it('refuses a period that ends before it starts', () => {
      expect(checkFiguresPeriod({ from: '2017-09-02', to: '2017-09-01' })).toBe(
        'organization.service_model_period_reversed',
      );
      expect(checkFiguresPeriod({ from: '2017-09-01', to: '2017-09-01' })).toBeNull();
      expect(checkFiguresPeriod({ to: '2017-09-01' })).toBeNull();
    });

    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2017-09-${String(d).padStart(2, '0')}`);
    const cardsArbitrary = fc.array(
      fc.record({
        organizationId: fc.uuid(),
        startedOn: day,
        sessions: fc.array(
          fc.record({
            id: fc.uuid(),
            heldOn: day,
            step: fc.constantFrom('activity_review' as const, 'model_review' as const),
            completesStep: fc.boolean(),
            coachingSessionId: fc.option(fc.constantFrom('w1', 'w2'), { nil: null }),
          }),
          { maxLength: 5 },
        ),
      }),
      { maxLength: 8 },
    );

    it('adds up: completions of two adjacent periods are those of both together, and no period exceeds to-date', () => {
      fc.assert(
        fc.property(cardsArbitrary, day, day, day, (cards, a, b, c) => {
          const [from, middle, to] = [a, b, c].sort() as [string, string, string];
          const dayAfter = (d: string) => `2017-09-${String(Number(d.slice(8)) + 1).padStart(2, '0')}`;
          const whole = serviceModelFigures(cards, { from, to });
          const first = serviceModelFigures(cards, { from, to: middle });
          const second = serviceModelFigures(cards, { from: dayAfter(middle), to });
          expect(first.activityReviewCompleted + second.activityReviewCompleted).toBe(whole.activityReviewCompleted);
          expect(first.modelReviewCompleted + second.modelReviewCompleted).toBe(whole.modelReviewCompleted);
          expect(whole.sessions).toBeLessThanOrEqual(first.sessions + second.sessions);
          const toDate = serviceModelFigures(cards);
          for (const key of Object.keys(toDate) as (keyof typeof toDate)[])
            expect(whole[key]).toBeLessThanOrEqual(toDate[key]);
          expect(whole.activityReviewCompleted).toBeLessThanOrEqual(whole.organizationsWithSessions);
          expect(whole.modelReviewCompleted).toBeLessThanOrEqual(whole.organizationsWithSessions);
          expect(serviceModelFigures(cards, { from: '2017-01-01', to: '2017-12-31' })).toEqual(toDate);
        }),
      );
    });
  });
});
