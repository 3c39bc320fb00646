import { z } from 'zod';
import { idSchema, nameSchema, phoneSchema } from '../shared/schemas';

/** What a resident sees when opening the short link: no account needed. */
export const signInPageSchema = z.object({
  title: z.string(),
  organizations: z.array(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  isOpen: z.boolean(),
});

export const signInInputSchema = z.object({
  name: nameSchema,
  phone: phoneSchema.optional(),
  /** The resident agrees that their name (and phone) is kept as attendance evidence. */
  consent: z.literal(true),
  isChild: z.boolean().default(false),
  /** A child signs in with a guardian's tick and never a phone number. */
  guardianConsent: z.boolean().optional(),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

export const signInResultSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** False when this person had already signed in: the earlier sign-in is answered again. */
  isNew: z.boolean(),
});

/** Names only: phones of residents are kept as evidence, not listed. */
export const signInListSchema = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string(), isChild: z.boolean(), signedAt: z.string() })),
});

export const signInCodeParamSchema = z.object({ code: z.string().min(1).max(40) });
