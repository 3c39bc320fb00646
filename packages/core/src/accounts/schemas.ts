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

/**
 * An invite for any role (issue 15). A leader or member is invited into an organization
 * (`organizationId`, as before); every other role names its scope: `scopeKind`, and `scopeId` for a
 * street or community (none for the deployment). Which kinds a role takes is core's
 * `scopeKindsForRole`; who may grant what is `grantRefusal` (grants.ts).
 */
export const inviteCreateInputSchema = z.object({
  role: roleSchema.default('organization_leader'),
  organizationId: idSchema.optional(),
  scopeKind: scopeKindSchema.optional(),
  scopeId: idSchema.optional(),
  displayName: nameSchema,
  personId: idSchema.optional(),
});
export type InviteCreateInput = z.infer<typeof inviteCreateInputSchema>;

export const inviteCreatedSchema = z.object({
  code: z.string(),
  path: z.string(),
  /** The whole link at the deployment's public address, as the QR code holds it. */
  url: z.string(),
  /** The link as a QR code (SVG), to scan from the screen or print. */
  qrSvg: z.string(),
  expiresAt: z.string(),
});

export const inviteInfoSchema = z.object({
  displayName: z.string(),
  /** The organization of a leader's or member's invite; null for other roles. */
  organizationName: z.string().nullable(),
  role: roleSchema,
  scopeKind: scopeKindSchema,
  /** The street's, community's or organization's name; null for the whole deployment. */
  scopeName: z.string().nullable(),
  expiresAt: z.string(),
});

/**
 * The invited person chooses how to sign in: a phone (leaders and members must, see
 * `needsPhoneLogin`) or, for desktop roles, a username; at least one of them.
 */
export const inviteAcceptInputSchema = z.object({
  phone: phoneSchema.optional(),
  username: usernameSchema.optional(),
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
