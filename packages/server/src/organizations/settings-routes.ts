import { ok, stageModelChoices, stageModelSettingSchema, stageModelUpdateInputSchema } from '@seedbed/core';
import { countOrganizationsOffModel, type Db, readStageModel, writeStageModel } from '@seedbed/db';
import { answer } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

const route = routesOf('settings');

const read = route({
  method: 'get',
  path: '/api/settings/stage-model',
  summary: "The deployment's growth-stage model and the models on offer (admin)",
  responses: { 200: jsonOk(stageModelSettingSchema, 'the stage model') },
});

const change = route({
  method: 'put',
  path: '/api/settings/stage-model',
  summary: "Choose the deployment's growth-stage model; past assessments keep their own model (admin)",
  request: jsonBody(stageModelUpdateInputSchema),
  responses: { 200: jsonOk(stageModelSettingSchema, 'the stage model now') },
});

async function settingOf(db: Db) {
  const stageModel = await readStageModel(db);
  return ok({
    stageModel,
    models: stageModelChoices(),
    organizationsOnOtherModels: await countOrganizationsOffModel(db, stageModel),
  });
}

export const settingsRoutes = newRouter()
  .openapi(read, (c) => answer(c, 'settings.stage_model.read', 200, (call) => settingOf(call.db)))
  .openapi(change, (c) =>
    answer(c, 'settings.stage_model.update', 200, async (call) => {
      await writeStageModel(call, c.req.valid('json').stageModel);
      return settingOf(call.db);
    }),
  );
