import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
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
});
