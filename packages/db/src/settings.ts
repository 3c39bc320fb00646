import { defaultStageModel, type StageModel, stageModelSchema } from '@seedbed/core';
import type { Db } from './connection';

/** The growth-stage model this deployment uses (chosen per deployment, seed 001/002/000). */
export async function readStageModel(db: Db): Promise<StageModel> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'stage_model').executeTakeFirst();
  const parsed = stageModelSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultStageModel;
}
