import { z } from 'zod';

/**
 * An activity's chat mark (corroboration.ts) as the activity page shows it to roles with
 * `chat.figures.read`: counts and the mark only — never text, names or pseudonyms. `groups` is how many
 * of the organizing organizations' groups are under an agreement in force; with none the mark is
 * `not_covered`. `covered` is the span of days those groups' trail holds (null: no message yet).
 */
export const chatCorroborationMarks = ['corroborated', 'partial', 'unrelated', 'silent', 'not_covered'] as const;

export const chatActivityCorroborationSchema = z.object({
  activityId: z.string(),
  /** the activity's day, YYYY-MM-DD (Asia/Shanghai); the evidence days are it and the next */
  date: z.string(),
  mark: z.enum(chatCorroborationMarks),
  questionForStaff: z.boolean(),
  groups: z.number().int(),
  covered: z.object({ from: z.string(), to: z.string() }).nullable(),
  messages: z.number().int(),
  photos: z.number().int(),
  aboutMessages: z.number().int(),
  /** the activity's title words some message of the evidence days carried */
  matchedWords: z.array(z.string()),
});
export type ChatActivityCorroboration = z.infer<typeof chatActivityCorroborationSchema>;

/**
 * An organization's activities of a period with their chat marks (issue 19 "Activity corroboration"):
 * its held records, and the dates of its planned activities (预告) that passed with no record. Counts,
 * marks and titles only. A planned date whose group was silent that day is a question for staff:
 * `questionForStaff` and `questions` are answered to staff (`chat.manage`) only — false and null for
 * others, who still see the marks.
 */
export const chatCorroboratedActivitySchema = z.object({
  kind: z.enum(['held', 'planned']),
  /** the record, when held */
  activityId: z.string().nullable(),
  /** the plan, when a planned date (held records made from a plan carry it too) */
  plannedActivityId: z.string().nullable(),
  date: z.string(),
  title: z.string(),
  mark: z.enum(chatCorroborationMarks),
  questionForStaff: z.boolean(),
  messages: z.number().int(),
  photos: z.number().int(),
  aboutMessages: z.number().int(),
});
export type ChatCorroboratedActivity = z.infer<typeof chatCorroboratedActivitySchema>;

export const chatOrganizationCorroborationSchema = z.object({
  organizationId: z.string(),
  period: z.object({ from: z.string(), to: z.string() }),
  groups: z.number().int(),
  covered: z.object({ from: z.string(), to: z.string() }).nullable(),
  activities: z.array(chatCorroboratedActivitySchema),
  /** planned dates with a silent group that day (staff only; null for others) */
  questions: z.number().int().nullable(),
});
export type ChatOrganizationCorroboration = z.infer<typeof chatOrganizationCorroborationSchema>;
