import { z } from 'zod';
import { idSchema, isoDateSchema } from '../shared/schemas';
import { type NeedCategory, needCategorySchema } from './survey-types';

/**
 * The short baseline questionnaire 基线问卷 (seed 003 §2, §5): five questions a social worker can ask
 * on a doorstep in two minutes. Wave 0 is the baseline; asking the same questions again later
 * (wave 1, 2, …) shows what changed. The answer about needs feeds the needs register.
 */
const scale = z.number().int().min(1).max(5);

export const questionnaireAnswersSchema = z
  .object({
    /** How well do you know your neighbours? 1 (not at all) – 5 (very well). */
    neighbourTies: scale,
    /** How much do you trust the residents' committee and community groups? 1–5. */
    communityTrust: scale,
    /** Did you take part in a community activity in the last year? */
    joinedActivity: z.boolean(),
    /** Would you volunteer for the community? 1 (no) – 5 (gladly). */
    willingToVolunteer: scale,
    /** What does the community need most? */
    topNeed: needCategorySchema,
    needDetail: z.string().trim().max(500),
  })
  .partial()
  .strict();
export type QuestionnaireAnswers = z.infer<typeof questionnaireAnswersSchema>;

/** The 1–5 questions, in order; averaged per wave. */
export const scaleQuestions = ['neighbourTies', 'communityTrust', 'willingToVolunteer'] as const;
export type ScaleQuestion = (typeof scaleQuestions)[number];

export const surveyResponseInputSchema = z
  .object({
    wave: z.number().int().min(0).max(50).default(0),
    answeredOn: isoDateSchema,
    estateId: idSchema.nullable().optional(),
    respondentPersonId: idSchema.nullable().optional(),
    answers: questionnaireAnswersSchema,
  })
  .strict();
export type SurveyResponseInput = z.infer<typeof surveyResponseInputSchema>;

/** Whether an answer says something about needs, so it feeds the register. */
export function needFromAnswers(
  answers: QuestionnaireAnswers,
): { category: NeedCategory; detail: string | null } | null {
  const detail = answers.needDetail?.trim() || null;
  if (!answers.topNeed && !detail) return null;
  return { category: answers.topNeed ?? 'other', detail };
}

export interface WaveSummary {
  wave: number;
  responses: number;
  /** Mean of each 1–5 question over those who answered it; null when nobody did. */
  means: Record<ScaleQuestion, number | null>;
  /** Share (0–1) of those asked who joined an activity; null when nobody answered. */
  joinedActivityShare: number | null;
  topNeeds: { category: NeedCategory; count: number }[];
}

/**
 * One summary per wave, baseline first. Means are plain arithmetic means of the answers given;
 * shares are yes / (yes + no). Missing answers are left out, never counted as zero.
 */
export function summariseWaves(responses: readonly { wave: number; answers: QuestionnaireAnswers }[]): WaveSummary[] {
  const waves = [...new Set(responses.map((r) => r.wave))].sort((a, b) => a - b);
  return waves.map((wave) => {
    const inWave = responses.filter((r) => r.wave === wave).map((r) => r.answers);
    const means = Object.fromEntries(
      scaleQuestions.map((question) => {
        const values = inWave.map((a) => a[question]).filter((v): v is number => typeof v === 'number');
        return [question, values.length ? round2(values.reduce((n, v) => n + v, 0) / values.length) : null];
      }),
    ) as Record<ScaleQuestion, number | null>;
    const joined = inWave.map((a) => a.joinedActivity).filter((v): v is boolean => typeof v === 'boolean');
    const counts = new Map<NeedCategory, number>();
    for (const a of inWave) if (a.topNeed) counts.set(a.topNeed, (counts.get(a.topNeed) ?? 0) + 1);
    return {
      wave,
      responses: inWave.length,
      means,
      joinedActivityShare: joined.length ? round2(joined.filter(Boolean).length / joined.length) : null,
      topNeeds: [...counts]
        .map(([category, count]) => ({ category, count }))
        .sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    };
  });
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export const waveSummarySchema = z.object({
  wave: z.number().int(),
  responses: z.number().int(),
  means: z.object({
    neighbourTies: z.number().nullable(),
    communityTrust: z.number().nullable(),
    willingToVolunteer: z.number().nullable(),
  }),
  joinedActivityShare: z.number().nullable(),
  topNeeds: z.array(z.object({ category: needCategorySchema, count: z.number().int() })),
});
