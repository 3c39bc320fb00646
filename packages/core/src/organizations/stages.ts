import { z } from 'zod';

/**
 * Growth-stage models. A deployment chooses one; stages are assessed with evidence and go down as
 * well as up. Default: the five stages of seed 002 (Luo & Liang): 育种 → 种子 → 小苗 → 小树 → 大树.
 * Alternatives: seed 001's 萌生 / 1.0 / 2.0 and seed 000's 活动期/初创期/成长期/成熟期/倒退期.
 */
export const stageModels = {
  five_stage: ['nurturing', 'seed', 'sapling', 'small_tree', 'big_tree'],
  one_two: ['emergence', 'v1', 'v2'],
  lifecycle: ['activity', 'startup', 'growth', 'mature', 'regression'],
} as const;

export type StageModel = keyof typeof stageModels;
export const stageModelSchema = z.enum(Object.keys(stageModels) as [StageModel, ...StageModel[]]);
export const defaultStageModel: StageModel = 'five_stage';

export type Stage = (typeof stageModels)[StageModel][number];
export const allStages = [...new Set(Object.values(stageModels).flat())] as [Stage, ...Stage[]];
export const stageSchema = z.enum(allStages);

export function stagesOf(model: StageModel): readonly Stage[] {
  return stageModels[model];
}

export function isStageOf(model: StageModel, stage: string): stage is Stage {
  return (stageModels[model] as readonly string[]).includes(stage);
}

/**
 * Counts organizations per stage of a model, with every stage present (zero if none) and in the
 * model's order, so a chart shows the whole path even where it is empty.
 */
export function countByStage(model: StageModel, stagesOfOrganizations: readonly (string | null)[]) {
  const counts = stagesOf(model).map((stage) => ({ stage, count: 0 }));
  let unassessed = 0;
  for (const stage of stagesOfOrganizations) {
    const entry = counts.find((c) => c.stage === stage);
    if (entry) entry.count += 1;
    else unassessed += 1;
  }
  return { counts, unassessed };
}
