import { z } from 'zod';
import { stageModelSchema, stageModels, stageSchema } from './stages';

/**
 * The deployment's growth-stage model (admin). Changing it is allowed at any time: assessments
 * already made keep their stage keys and the model they were made under, and the timeline labels
 * each with its own model; new assessments and the criteria panel follow the new model.
 */
export const stageModelSettingSchema = z.object({
  stageModel: stageModelSchema,
  /** Every model on offer with its stages in order, for the picker. */
  models: z.array(z.object({ model: stageModelSchema, stages: z.array(stageSchema) })),
  /** How many organizations currently carry a stage of another model (shown before a change). */
  organizationsOnOtherModels: z.number().int(),
});
export type StageModelSetting = z.infer<typeof stageModelSettingSchema>;

export const stageModelUpdateInputSchema = z.object({ stageModel: stageModelSchema });
export type StageModelUpdateInput = z.infer<typeof stageModelUpdateInputSchema>;

/** The models on offer, in the order the seeds give them. */
export function stageModelChoices() {
  return (Object.keys(stageModels) as (keyof typeof stageModels)[]).map((model) => ({
    model,
    stages: [...stageModels[model]],
  }));
}
