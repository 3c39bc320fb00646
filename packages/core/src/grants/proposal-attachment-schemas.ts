import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../shared/schemas';

/**
 * A proposal's attachments 附件 (issue 17 lists them among a proposal's fields): what a team shows
 * beside its words — a photo of the corridor it wants to plant, a quote from a shop, a PDF of the
 * residents' signatures. A phone photo or a PDF, like an organization's documents; the type is read
 * from the file's first bytes, never from its name.
 */
export const proposalAttachmentMaxBytes = 10 * 1024 * 1024;
export const proposalAttachmentKinds = ['pdf', 'jpg', 'png', 'webp'] as const;
export type ProposalAttachmentKind = (typeof proposalAttachmentKinds)[number];

/**
 * The file's own name as the phone gave it, sent beside the raw body (`?name=`): shown in the list
 * so the team recognises its file. Only for showing; the stored file's key is ours.
 */
export const proposalAttachmentUploadQuerySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .regex(/^[^\p{Cc}\p{Cs}/\\]+$/u, 'name')
    .optional(),
});

/**
 * One attachment as every reader of the proposal sees it. Who uploaded it is left out: it is an
 * account of the team, and funders and experts never see the team's names (domain §7).
 */
export const proposalAttachmentSchema = z.object({
  id: idSchema,
  proposalId: idSchema,
  originalName: z.string(),
  kind: z.enum(proposalAttachmentKinds),
  sizeBytes: z.number().int().nonnegative(),
  uploadedAt: isoDateTimeSchema,
});
export type ProposalAttachment = z.infer<typeof proposalAttachmentSchema>;
