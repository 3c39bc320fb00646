import { z } from 'zod';
import { memberRoleSchema } from '../organizations';
import { locales } from '../shared/locale';
import { roleSchema, scopeKindSchema } from '../shared/roles';
import { idSchema, nameSchema, phoneSchema } from '../shared/schemas';

export const minPasswordLength = 8;

/** Log in with a phone number or a username. */
export const loginInputSchema = z.object({
  login: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[a-zA-Z][a-zA-Z0-9_.-]*$/, 'username');

export const sessionUserSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  role: roleSchema,
  /** The holder's current role in the account's team (core's `teamRoleGrants`); null for other accounts. */
  teamRole: memberRoleSchema.nullable(),
  scopeKind: scopeKindSchema,
  scopeId: idSchema.nullable(),
  locale: z.enum(locales),
  /** Where the web app sends this person after logging in. */
  homePath: z.string(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResultSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });

/** Staff invite a leader (or member) of an organization; the code is opened on a phone. */
export const inviteCreateInputSchema = z.object({
  organizationId: idSchema,
  role: z.enum(['organization_leader', 'organization_member']).default('organization_leader'),
  displayName: nameSchema,
  personId: idSchema.optional(),
});
export type InviteCreateInput = z.infer<typeof inviteCreateInputSchema>;

export const inviteCreatedSchema = z.object({
  code: z.string(),
  path: z.string(),
  expiresAt: z.string(),
});

export const inviteInfoSchema = z.object({
  displayName: z.string(),
  organizationName: z.string(),
  role: roleSchema,
  expiresAt: z.string(),
});

export const inviteAcceptInputSchema = z.object({
  phone: phoneSchema,
  password: z.string().min(minPasswordLength).max(200),
  locale: z.enum(locales).optional(),
});
export type InviteAcceptInput = z.infer<typeof inviteAcceptInputSchema>;

export const auditEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  tableName: z.string(),
  recordId: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type AuditLogEntry = z.infer<typeof auditEntrySchema>;
