import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, phoneSchema } from '../shared/schemas';

/**
 * An objection (异议) a resident raises during a round's 公示 (seed 003: 透明、公正、专业), and the
 * staff's answer on the record. The resident may leave a name or phone so staff can reach them;
 * then it is personal data, given with consent, shown to staff only, erased with the person.
 */
export const grantObjectionInputSchema = z
  .object({
    text: z.string().trim().min(1).max(1000),
    name: nameSchema.optional(),
    phone: phoneSchema.optional(),
    consent: z.boolean().default(false),
  })
  .refine((input) => (input.name === undefined && input.phone === undefined) || input.consent, {
    message: 'consent',
    path: ['consent'],
  });
export type GrantObjectionInput = z.infer<typeof grantObjectionInputSchema>;

export const grantObjectionAnswerInputSchema = z.object({ answer: z.string().trim().min(1).max(2000) });
export type GrantObjectionAnswerInput = z.infer<typeof grantObjectionAnswerInputSchema>;

/** An objection as staff read it: with the objector's contact when they left one. */
export const grantObjectionSchema = z.object({
  id: idSchema,
  roundId: idSchema,
  text: z.string(),
  raisedAt: isoDateTimeSchema,
  raisedByName: z.string().nullable(),
  raisedByPhone: z.string().nullable(),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: isoDateTimeSchema.nullable(),
});
export type GrantObjection = z.infer<typeof grantObjectionSchema>;

/** An objection as the public page shows it: the text and the answer, never who raised it. */
export const publicGrantObjectionSchema = grantObjectionSchema.pick({
  id: true,
  text: true,
  raisedAt: true,
  answer: true,
  answeredAt: true,
});
