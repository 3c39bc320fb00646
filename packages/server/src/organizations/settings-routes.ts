import { createRoute } from '@hono/zod-openapi';
import { stageModelChoices, stageModelSettingSchema, stageModelUpdateInputSchema } from '@seedbed/core';
import { countOrganizationsOffModel, type Db, readStageModel, writeStageModel } from '@seedbed/db';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';

const tags = ['settings'];

const read = createRoute({
  method: 'get',
  path: '/api/settings/stage-model',
  tags,
  summary: "The deployment's growth-stage model and the models on offer (admin)",
  responses: { 200: jsonOk(stageModelSettingSchema, 'the stage model'), ...errorResponses },
});

const change = createRoute({
  method: 'put',
  path: '/api/settings/stage-model',
  tags,
  summary: "Choose the deployment's growth-stage model; past assessments keep their own model (admin)",
  request: jsonBody(stageModelUpdateInputSchema),
  responses: { 200: jsonOk(stageModelSettingSchema, 'the stage model now'), ...errorResponses },
});

async function settingOf(db: Db) {
  const stageModel = await readStageModel(db);
  return {
    stageModel,
    models: stageModelChoices(),
    organizationsOnOtherModels: await countOrganizationsOffModel(db, stageModel),
  };
}

export const settingsRoutes = newRouter()
  .openapi(read, async (c) => {
    const caller = authorize(c, 'settings.stage_model.read');
    if (caller instanceof Response) return caller;
    return c.json(await settingOf(c.get('deps').db), 200);
  })
  .openapi(change, async (c) => {
    const caller = authorize(c, 'settings.stage_model.update');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    await writeStageModel(db, { userId: caller.userId, now: now() }, c.req.valid('json').stageModel);
    return c.json(await settingOf(db), 200);
  });
