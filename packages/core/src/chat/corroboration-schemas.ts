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
