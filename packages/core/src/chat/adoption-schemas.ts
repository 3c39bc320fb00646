import { z } from 'zod';
import { type AdoptionSettings, type AdoptionSuggestion, adoptionSettings } from './adoption';

/**
 * The adoption step suggested from the trail, as staff see it on the group page (issue 19, beyond the
 * seed): the confirmed step and who confirmed it, the suggested step (adoption.ts) and its evidence as
 * codes with numbers, which the web renders in plain Chinese. No suggestion without an agreement in force
 * (`no_agreement`) or without an imported message (`no_trail`). Counts only: no names of senders.
 */
export const chatAdoptionEvidenceCodes = [
  'trail',
  'leader_posts',
  'leader_unmatched',
  'reports',
  'below_confirmed',
] as const;
export type ChatAdoptionEvidenceCode = (typeof chatAdoptionEvidenceCodes)[number];

export interface ChatAdoptionEvidenceLine {
  code: ChatAdoptionEvidenceCode;
  values: Record<string, number>;
}

const evidenceLineSchema = z.object({
  code: z.enum(chatAdoptionEvidenceCodes),
  values: z.record(z.string(), z.number().int()),
});

export const chatAdoptionSuggestionSchema = z.object({
  groupId: z.string(),
  confirmedStep: z.number().int().nullable(),
  confirmedAt: z.string().nullable(),
  /** the staff user who confirmed it */
  confirmedByName: z.string().nullable(),
  /** the weeks read: the last `weeks` weeks of the trail, ending on its last message's day */
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  noSuggestion: z.enum(['no_agreement', 'no_trail']).nullable(),
  suggestion: z
    .object({
      step: z.number().int(),
      differsFromConfirmed: z.boolean().nullable(),
      evidence: z.array(evidenceLineSchema),
    })
    .nullable(),
});
export type ChatAdoptionSuggestion = z.infer<typeof chatAdoptionSuggestionSchema>;

/**
 * The evidence lines behind a suggestion, in the order staff read them: the trail's size; the leaders'
 * posting weeks against the threshold of step 4 (or that no sender is matched to a leader yet, so step 4
 * cannot show); from step 4 on, the reported activities against step 5's threshold; last, a suggestion
 * below the confirmed step (a group that went quiet — shown, never applied).
 */
export function adoptionEvidence(
  suggestion: AdoptionSuggestion,
  context: { leaderMatched: boolean; confirmedStep: number | null },
  settings: AdoptionSettings = adoptionSettings,
): ChatAdoptionEvidenceLine[] {
  const { evidence } = suggestion;
  const lines: ChatAdoptionEvidenceLine[] = [
    { code: 'trail', values: { weeks: evidence.weeks, messages: evidence.messages } },
  ];
  if (context.leaderMatched) {
    lines.push({
      code: 'leader_posts',
      values: {
        weeks: evidence.weeksWithLeaderPosts,
        messages: evidence.leaderMessages,
        needed: settings.leaderWeeks,
      },
    });
  } else {
    lines.push({ code: 'leader_unmatched', values: {} });
  }
  if (suggestion.step >= 4) {
    lines.push({
      code: 'reports',
      values: {
        held: evidence.heldActivities,
        corroborated: evidence.corroboratedActivities,
        needed: settings.reportedActivities,
      },
    });
  }
  if (context.confirmedStep !== null && suggestion.step < context.confirmedStep) {
    lines.push({ code: 'below_confirmed', values: { step: context.confirmedStep } });
  }
  return lines;
}
