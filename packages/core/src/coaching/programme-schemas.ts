import { z } from 'zod';
import { type Stage, stageSchema } from '../organizations';
import { idSchema, isoDateSchema, longTextSchema } from '../shared/schemas';

/**
 * Cultivation programmes (培育项目, seed 002): what staff run beside the grant rounds to move
 * organizations up a stage — the livelihood-issue meetings 社区民生议题讨论会 ("将种子引导为小苗") and
 * the supply–demand negotiation meeting 美好社区供需协商会 ("将小苗引导为小树"), or one a site defines
 * (then it carries its own name, `kindName`). Not the training programmes of `training`.
 */
export const programmeKinds = ['livelihood_forum', 'supply_demand', 'other'] as const;
export const programmeKindSchema = z.enum(programmeKinds);
export type ProgrammeKind = z.infer<typeof programmeKindSchema>;

/** The stages each of the seed's kinds moves organizations between (the form's defaults). */
export const programmeKindStages: Record<Exclude<ProgrammeKind, 'other'>, { fromStage: Stage; toStage: Stage }> = {
  livelihood_forum: { fromStage: 'seed', toStage: 'sapling' },
  supply_demand: { fromStage: 'sapling', toStage: 'small_tree' },
};

const programmeNameSchema = z.string().trim().min(1).max(100);
const kindNameSchema = z.string().trim().min(1).max(40);

const programmeFields = {
  name: programmeNameSchema,
  kind: programmeKindSchema,
  /** The site's own name for a kind of its own ('other'); required then, ignored otherwise. */
  kindName: kindNameSchema.optional(),
  fromStage: stageSchema.optional(),
  toStage: stageSchema.optional(),
  startsOn: isoDateSchema,
  /** Open-ended while it runs: the outputs are then counted up to today. */
  endsOn: isoDateSchema.optional(),
  description: longTextSchema.optional(),
};

export const cultivationProgrammeInputSchema = z.object({ ...programmeFields, streetId: idSchema });
export type CultivationProgrammeInput = z.infer<typeof cultivationProgrammeInputSchema>;

/** PATCH: any field; `null` clears an optional one. The street does not change. */
export const cultivationProgrammeUpdateSchema = z.object({
  name: programmeNameSchema.optional(),
  kind: programmeKindSchema.optional(),
  kindName: kindNameSchema.nullable().optional(),
  fromStage: stageSchema.nullable().optional(),
  toStage: stageSchema.nullable().optional(),
  startsOn: isoDateSchema.optional(),
  endsOn: isoDateSchema.nullable().optional(),
  description: longTextSchema.nullable().optional(),
});
export type CultivationProgrammeUpdate = z.infer<typeof cultivationProgrammeUpdateSchema>;

/** Organizations join a programme on a date (its start, when not given). */
export const programmeParticipantsInputSchema = z.object({
  organizationIds: z.array(idSchema).min(1).max(100),
  joinedOn: isoDateSchema.optional(),
});
export type ProgrammeParticipantsInput = z.infer<typeof programmeParticipantsInputSchema>;

export const programmeListQuerySchema = z.object({ streetId: idSchema.optional() });

export const cultivationProgrammeSummarySchema = z.object({
  id: idSchema,
  streetId: idSchema,
  name: z.string(),
  kind: programmeKindSchema,
  kindName: z.string().nullable(),
  fromStage: stageSchema.nullable(),
  toStage: stageSchema.nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  description: z.string().nullable(),
  participantCount: z.number().int(),
});
export type CultivationProgrammeSummary = z.infer<typeof cultivationProgrammeSummarySchema>;

/** The figures seed 002 reports for a programme, computed from the records (programme-outputs.ts). */
export const programmeFiguresSchema = z.object({
  activities: z.number().int(),
  publicActivities: z.number().int(),
  jointActivities: z.number().int(),
  activistPersonTimes: z.number().int(),
  peopleServed: z.number().int(),
});
export type ProgrammeFigures = z.infer<typeof programmeFiguresSchema>;

/** Whether a participant moved up a stage in the programme (programme-stage-moves.ts holds the definitions). */
export const participantStageMoveSchema = z.object({
  fromStage: stageSchema.nullable(),
  toStage: stageSchema.nullable(),
  status: z.enum(['up', 'same', 'down', 'unknown']),
});

export const programmeStageMovesSchema = z.object({
  /** "N of M teams moved up": N. */
  movedUp: z.number().int(),
  /** Participants whose move could be told from the stage history (not `unknown`). */
  compared: z.number().int(),
  /** The moves up by stage pair, most frequent first. */
  moves: z.array(z.object({ fromStage: stageSchema, toStage: stageSchema, count: z.number().int() })),
});
export type ProgrammeStageMovesSummary = z.infer<typeof programmeStageMovesSchema>;

export const programmeParticipantSchema = z.object({
  organizationId: idSchema,
  name: z.string(),
  joinedOn: z.string(),
  /** Taking part in a cultivation programme for the first time, or founded during this one. */
  isNewcomer: z.boolean(),
  figures: programmeFiguresSchema,
  stageMove: participantStageMoveSchema,
});
export type ProgrammeParticipant = z.infer<typeof programmeParticipantSchema>;

export const cultivationProgrammeSchema = cultivationProgrammeSummarySchema.extend({
  /** The period the outputs were counted over: the programme's, cut at today while it runs. */
  countedFrom: z.string(),
  countedTo: z.string(),
  participants: z.array(programmeParticipantSchema),
  newcomerCount: z.number().int(),
  totals: programmeFiguresSchema,
  /** How many participants actually moved up a stage, from the registry's stage assessments. */
  stageMoves: programmeStageMovesSchema,
  /** The programme's meetings (deliberation's meetings that name it) the caller may see, by date. */
  meetings: z.array(z.object({ id: idSchema, title: z.string(), heldOn: z.string() })),
});
export type CultivationProgramme = z.infer<typeof cultivationProgrammeSchema>;
