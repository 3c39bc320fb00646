import { defaultStageModel, type StageModel, stageModelSchema, stagesOf } from '@seedbed/core';
import { recordAudit } from './audit';
import type { Db } from './connection';
import type { StoreContext } from './context';

/** The growth-stage model this deployment uses (chosen per deployment, seed 001/002/000). */
export async function readStageModel(db: Db): Promise<StageModel> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', 'stage_model').executeTakeFirst();
  const parsed = stageModelSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultStageModel;
}

/**
 * Organizations whose current stage belongs to another model than `model`. A change of model keeps
 * them (and their assessments) as they are; this count is only shown so the admin knows.
 */
export async function countOrganizationsOffModel(db: Db, model: StageModel): Promise<number> {
  const row = await db
    .selectFrom('organizations')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('stage', 'is not', null)
    .where('stage', 'not in', [...stagesOf(model)])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Chooses the deployment's stage model: one transaction with an audit row (deployment-wide, so no
 * street). Choosing the model already in use writes nothing.
 */
export async function writeStageModel(
  { db, actor }: Pick<StoreContext, 'db' | 'actor'>,
  model: StageModel,
): Promise<{ changed: boolean }> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'stage_model')
      .forUpdate()
      .executeTakeFirst();
    const parsed = stageModelSchema.safeParse(row?.value);
    const before = parsed.success ? parsed.data : defaultStageModel;
    if (before === model && row) return { changed: false };
    const value = JSON.stringify(model);
    await trx
      .insertInto('settings')
      .values({ key: 'stage_model', value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    await recordAudit(trx, actor, {
      action: 'settings.stage_model.update',
      tableName: 'settings',
      recordId: 'stage_model',
      streetId: null,
      before: { stage_model: row ? before : null },
      after: { stage_model: model },
    });
    return { changed: true };
  });
}
