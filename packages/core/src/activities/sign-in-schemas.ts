import { z } from 'zod';
import { idSchema, nameSchema, phoneSchema } from '../shared/schemas';

/** What a resident sees when opening the short link: no account needed. */
export const signInPageSchema = z.object({
  title: z.string(),
  organizations: z.array(z.string()),
  startsAt: z.string(),
  endsAt: z.string(),
  isOpen: z.boolean(),
  /**
   * Only for a planned occurrence's code before its window: when sign-in opens, so the page says
   * "not yet" rather than "closed".
   */
  opensAt: z.string().optional(),
});
export type SignInPage = z.infer<typeof signInPageSchema>;

export const signInInputSchema = z.object({
  name: nameSchema,
  phone: phoneSchema.optional(),
  /**
   * The resident agrees, after the notice on the page (purpose, what is kept, for how long, who
   * sees it), that their name and phone are kept as attendance evidence. Checked by checkSignIn so
   * a missing tick answers its own code (activity.consent_required) rather than a schema issue.
   */
  consent: z.boolean(),
  isChild: z.boolean().default(false),
  /** A child signs in with a guardian's tick and never a phone number. */
  guardianConsent: z.boolean().optional(),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

/**
 * The answer to a sign-in, the same whether this phone (or name) had signed in before or not: it
 * echoes only the name just typed, so the page is no phone → name oracle and tells nobody who was there.
 */
export const signInResultSchema = z.object({
  /** The name as submitted (never a stored one). */
  name: z.string(),
});

/** Names only: phones of residents are kept as evidence, not listed. */
export const signInListSchema = z.object({
  items: z.array(z.object({ id: idSchema, name: z.string(), isChild: z.boolean(), signedAt: z.string() })),
});

export const signInCodeParamSchema = z.object({ code: z.string().min(1).max(40) });
