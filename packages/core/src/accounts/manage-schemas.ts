import { z } from 'zod';
import { roleSchema, scopeKindSchema } from '../shared/roles';
import { idSchema } from '../shared/schemas';

/** Who has which role where (the accounts page, 账户管理), filtered by role. */
export const accountListQuerySchema = z.object({ role: roleSchema.optional() });
export type AccountListQuery = z.infer<typeof accountListQuerySchema>;

const scopeFields = {
  role: roleSchema,
  scopeKind: scopeKindSchema,
  scopeId: idSchema.nullable(),
  /** The street's, community's or organization's name; null for the whole deployment. */
  scopeName: z.string().nullable(),
};

export const accountSummarySchema = z.object({
  id: idSchema,
  displayName: z.string(),
  username: z.string().nullable(),
  /** Masked (138****1234) for a role without `person.contact.read` (accountAsSeenBy). */
  phone: z.string().nullable(),
  ...scopeFields,
  createdAt: z.string(),
  /** The last password sign-in. */
  lastSignedInAt: z.string().nullable(),
  /** The last use of any of its sessions (written at most hourly), else the last sign-in. */
  lastSeenAt: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

export const openInviteSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  ...scopeFields,
  createdAt: z.string(),
  expiresAt: z.string(),
  createdByName: z.string().nullable(),
});
export type OpenInvite = z.infer<typeof openInviteSchema>;

export const accountListSchema = z.object({
  accounts: z.array(accountSummarySchema),
  invites: z.array(openInviteSchema),
});
export type AccountList = z.infer<typeof accountListSchema>;

/** What deactivating or reactivating answers: the account and whether it is deactivated now. */
export const accountStateSchema = z.object({ id: idSchema, deactivatedAt: z.string().nullable() });
