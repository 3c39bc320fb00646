import { type Stage, type StageModel, stagesOf } from '../organizations';

/**
 * Did a programme's participants actually move up a stage? (seed 002: the 民生议题讨论会 "将种子引导为
 * 小苗", the 供需协商会 "将小苗引导为小树"). Computed from the registry's stage history — the dated
 * stage assessments, each made with evidence — never typed in. Definitions:
 *
 * - a participant's window runs from the later of the programme's start and the day it joined, to
 *   the end of the counted period (the programme's end, cut at today while it runs);
 * - the stage it came in with is that of its newest assessment on or before the window's first day;
 *   with none, its first assessment inside the window (the programme's intake assessment);
 * - the stage it reached is that of its newest assessment on or before the window's last day;
 * - up / same / down compares the two by their order in the stage model; `unknown` when there are
 *   not two stages to compare (never assessed, one assessment only, or two of different models).
 *   Lifecycle's 倒退期 (regression) ranks below every other stage: moving into it is down, out of it up.
 */
export type StageMoveStatus = 'up' | 'same' | 'down' | 'unknown';

export interface StageRecord {
  assessedOn: string;
  stageModel: StageModel;
  stage: Stage;
}

export interface ParticipantStageMove {
  fromStage: Stage | null;
  toStage: Stage | null;
  status: StageMoveStatus;
}

/** A stage's place in its model; null when the stage is not one of the model's. */
export function stageRank(model: StageModel, stage: Stage): number | null {
  if (model === 'lifecycle' && stage === 'regression') return -1;
  const index = (stagesOf(model) as readonly Stage[]).indexOf(stage);
  return index < 0 ? null : index;
}

/** One participant's move over its window; `history` oldest first (same-day entries in the order made). */
export function participantStageMove(
  history: readonly StageRecord[],
  window: { from: string; to: string },
): ParticipantStageMove {
  const upTo = (day: string) => history.filter((record) => record.assessedOn <= day).at(-1) ?? null;
  const start =
    upTo(window.from) ?? history.find((r) => r.assessedOn > window.from && r.assessedOn <= window.to) ?? null;
  const end = window.to < window.from ? null : upTo(window.to);
  const fromStage = start?.stage ?? null;
  const toStage = end?.stage ?? null;
  if (!start || !end || start === end || start.stageModel !== end.stageModel)
    return { fromStage, toStage, status: 'unknown' };
  const [before, after] = [stageRank(start.stageModel, start.stage), stageRank(end.stageModel, end.stage)];
  if (before === null || after === null) return { fromStage, toStage, status: 'unknown' };
  return { fromStage, toStage, status: after > before ? 'up' : after < before ? 'down' : 'same' };
}

export interface ProgrammeStageMoves {
  /** Participants that moved up ("N of M teams moved up"). */
  movedUp: number;
  /** Participants whose move could be told (not `unknown`). */
  compared: number;
  /** The moves up, by stage pair, most frequent first (种子 → 小苗 ×3). */
  moves: { fromStage: Stage; toStage: Stage; count: number }[];
  byOrganization: Map<string, ParticipantStageMove>;
}

/** Every participant's move and the programme's count (see the definitions above). */
export function programmeStageMoves(input: {
  period: { from: string; to: string };
  participants: readonly { organizationId: string; joinedOn: string; history: readonly StageRecord[] }[];
}): ProgrammeStageMoves {
  const byOrganization = new Map<string, ParticipantStageMove>();
  const pairs = new Map<string, { fromStage: Stage; toStage: Stage; count: number }>();
  for (const participant of input.participants) {
    const from = [input.period.from, participant.joinedOn].sort()[1]!;
    const move = participantStageMove(participant.history, { from, to: input.period.to });
    byOrganization.set(participant.organizationId, move);
    if (move.status !== 'up' || !move.fromStage || !move.toStage) continue;
    const key = `${move.fromStage}>${move.toStage}`;
    const pair = pairs.get(key) ?? { fromStage: move.fromStage, toStage: move.toStage, count: 0 };
    pair.count += 1;
    pairs.set(key, pair);
  }
  const moves = [...byOrganization.values()];
  return {
    movedUp: moves.filter((m) => m.status === 'up').length,
    compared: moves.filter((m) => m.status !== 'unknown').length,
    moves: [...pairs.values()].sort(
      (a, b) => b.count - a.count || `${a.fromStage}${a.toStage}`.localeCompare(`${b.fromStage}${b.toStage}`),
    ),
    byOrganization,
  };
}
