import type { ErrorCode } from '../errors';
import type { ServiceModelFigures, ServiceModelProgress, ServiceModelStep } from './service-model-schemas';

export interface ServiceModelSessionRecord {
  id: string;
  heldOn: string;
  step: ServiceModelStep;
  completesStep: boolean;
  coachingSessionId: string | null;
}

/** The day each step was first completed (by a session that completes it), and where the card is. */
export function serviceModelProgress(sessions: readonly ServiceModelSessionRecord[]): {
  progress: ServiceModelProgress;
  activityReviewCompletedOn: string | null;
  modelReviewCompletedOn: string | null;
} {
  const firstCompleted = (step: ServiceModelStep) =>
    sessions
      .filter((s) => s.step === step && s.completesStep)
      .map((s) => s.heldOn)
      .sort()[0] ?? null;
  const activityReviewCompletedOn = firstCompleted('activity_review');
  const modelReviewCompletedOn = activityReviewCompletedOn ? firstCompleted('model_review') : null;
  const progress = modelReviewCompletedOn
    ? 'model_review_done'
    : activityReviewCompletedOn
      ? 'activity_review_done'
      : 'started';
  return { progress, activityReviewCompletedOn, modelReviewCompletedOn };
}

/**
 * 活动梳理 comes before 模式梳理 (seed 002): a session may complete the model review only once the
 * activity review was completed, on that day or before. Sessions that complete nothing are never
 * refused — staff and the team may talk about the model whenever they like.
 */
export function checkServiceModelSession(
  earlier: readonly ServiceModelSessionRecord[],
  session: { heldOn: string; step: ServiceModelStep; completesStep: boolean },
): ErrorCode | null {
  if (session.step !== 'model_review' || !session.completesStep) return null;
  const { activityReviewCompletedOn } = serviceModelProgress(earlier);
  if (!activityReviewCompletedOn || activityReviewCompletedOn > session.heldOn)
    return 'organization.service_model_activity_review_first';
  return null;
}

/** A period of calendar days, both ends included; a missing end is open. */
export interface FiguresPeriod {
  from?: string | null;
  to?: string | null;
}

/** A period whose end comes before its start counts nothing: refused. */
export function checkFiguresPeriod(period: FiguresPeriod): ErrorCode | null {
  return period.from && period.to && period.to < period.from ? 'organization.service_model_period_reversed' : null;
}

const inPeriod = (day: string, period: FiguresPeriod) =>
  (!period.from || day >= period.from) && (!period.to || day <= period.to);

/**
 * The street's figures, seed 002's sentence computed from the cards, over a period (both ends
 * included, either open; none = to date):
 * - cardsStarted: organizations that chose to start a card by the period's end (`startedOn`);
 * - organizationsWithSessions: organizations with at least one 梳理 session held in the period ("16 个组织");
 * - sessions: the 梳理 sessions held in the period, where records of one coaching session (a
 *   workshop where several teams reviewed together) count once ("进行了 12 次梳理");
 * - activityReviewCompleted / modelReviewCompleted: organizations that completed each step in the
 *   period — the day of the first session completing it falls in it ("6 个组织完成了服务活动梳理，3 个
 *   组织完成了服务模式梳理"); a model review counts only after the activity review, as on the card,
 *   so one completed before the period lets a model review in it count. Completions of adjacent
 *   periods add up to those of the two together.
 */
export function serviceModelFigures(
  cards: readonly {
    organizationId: string;
    startedOn?: string;
    sessions: readonly ServiceModelSessionRecord[];
  }[],
  period: FiguresPeriod = {},
): ServiceModelFigures {
  const sessionKeys = new Set<string>();
  const started = new Set<string>();
  let organizationsWithSessions = 0;
  let activityReviewCompleted = 0;
  let modelReviewCompleted = 0;
  for (const card of cards) {
    if (!period.to || !card.startedOn || card.startedOn <= period.to) started.add(card.organizationId);
    const held = card.sessions.filter((session) => inPeriod(session.heldOn, period));
    if (held.length > 0) organizationsWithSessions += 1;
    for (const session of held) sessionKeys.add(session.coachingSessionId ?? `card-session:${session.id}`);
    const { activityReviewCompletedOn, modelReviewCompletedOn } = serviceModelProgress(card.sessions);
    if (activityReviewCompletedOn && inPeriod(activityReviewCompletedOn, period)) activityReviewCompleted += 1;
    if (modelReviewCompletedOn && inPeriod(modelReviewCompletedOn, period)) modelReviewCompleted += 1;
  }
  return {
    cardsStarted: started.size,
    organizationsWithSessions,
    sessions: sessionKeys.size,
    activityReviewCompleted,
    modelReviewCompleted,
  };
}
