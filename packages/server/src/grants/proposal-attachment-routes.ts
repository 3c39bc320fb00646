import {
  idParamSchema,
  ok,
  type ProposalAttachmentKind,
  proposalAttachmentMaxBytes,
  proposalAttachmentSchema,
  proposalAttachmentUploadQuerySchema,
} from '@seedbed/core';
import {
  addProposalAttachment,
  findAttachableProposal,
  findProposalAttachmentFile,
  listProposalAttachments,
  removeProposalAttachment,
} from '@seedbed/db';
import { z } from 'zod';
import { documentBinaryContent, documentContentTypes } from '../files/document-types';
import { sniffDocumentType } from '../files/file-store';
import { answer, answerWith } from '../http/answer';
import { errorResponse, failWith } from '../http/errors';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { storedFileResponse } from '../http/stored-file';
import { readUpload } from '../http/upload';

/**
 * A proposal's attachments 附件 (issue 17): a photo or a PDF beside the team's words, sent as the raw
 * body as an organization's documents are (organizations/document-routes.ts); its real type is read
 * from its first bytes. Registered through grants/routes.ts.
 */
const route = routesOf('grants');
const tooLarge = { megabytes: proposalAttachmentMaxBytes / 1024 / 1024 };
/** The name shown when the client sent none (the web app always sends the phone's own file name). */
const unnamed = (kind: ProposalAttachmentKind) => `attachment.${kind}`;

const upload = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/attachments',
  summary:
    'The team adds a photo or PDF to a proposal it may still change (the raw file as the body, its name in `name`)',
  request: {
    params: idParamSchema,
    query: proposalAttachmentUploadQuerySchema,
    body: { content: documentBinaryContent, required: true },
  },
  responses: {
    201: jsonOk(proposalAttachmentSchema, 'added'),
    413: { description: 'Too large.' },
    415: { description: 'Not a PDF or picture.' },
  },
});

const list = route({
  method: 'get',
  path: '/api/grant-proposals/{id}/attachments',
  summary: 'A proposal’s attachments, oldest first, for those who may read the proposal',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(proposalAttachmentSchema), 'the attachments') },
});

const file = route({
  method: 'get',
  path: '/api/grant-proposal-attachments/{id}',
  summary: 'An attachment’s file (a picture shown as it is, a PDF as a download)',
  request: { params: idParamSchema },
  responses: { 200: { content: documentBinaryContent, description: 'the file' } },
});

const remove = route({
  method: 'delete',
  path: '/api/grant-proposal-attachments/{id}',
  summary: 'The team removes an attachment while it may still change the proposal',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.object({ id: z.uuid() }), 'removed') },
});

export const grantProposalAttachmentRoutes = newRouter()
  .openapi(upload, (c) =>
    answerWith(c, 'grants.proposal.write', async (call) => {
      const { id } = c.req.valid('param');
      // Scope and state before the body is read: an outsider learns nothing, and nothing is stored.
      const proposal = await findAttachableProposal(call, id);
      if (!proposal.ok) return errorResponse(c, proposal.error);
      const bytes = await readUpload(c, proposalAttachmentMaxBytes);
      if (!bytes) return failWith(c, 'grants.attachment_too_large', tooLarge);
      const kind = sniffDocumentType(bytes);
      if (!kind) return failWith(c, 'grants.attachment_not_supported');
      const { files } = c.get('deps');
      const fileKey = await files.put(bytes, { folder: 'proposal-attachments', extension: kind });
      // A refused or failed write leaves no file behind (the proposal may have closed meanwhile).
      const forget = () => files.delete(fileKey).catch(() => {});
      const added = await addProposalAttachment(call, {
        proposalId: id,
        fileKey,
        originalName: c.req.valid('query').name ?? unnamed(kind),
        kind,
        sizeBytes: bytes.length,
      }).catch(async (error) => {
        await forget();
        throw error;
      });
      if (!added.ok) {
        await forget();
        return errorResponse(c, added.error);
      }
      return c.json(added.value, 201);
    }),
  )
  .openapi(list, (c) =>
    answer(c, 'grants.proposal.read', 200, (call) =>
      listProposalAttachments(call, call.caller.role, c.req.valid('param').id),
    ),
  )
  .openapi(file, (c) =>
    answerWith(c, 'grants.proposal.read', async (call) => {
      const { id } = c.req.valid('param');
      const found = await findProposalAttachmentFile(call, call.caller.role, id);
      if (!found.ok) return errorResponse(c, found.error);
      const bytes = await c.get('deps').files.get(found.value.fileKey);
      if (!bytes) return failWith(c, 'grants.attachment_missing');
      const { kind } = found.value;
      // A PDF can carry scripts: a download, never our viewer; a picture opens as it is.
      return storedFileResponse(
        c,
        bytes,
        documentContentTypes[kind],
        kind === 'pdf' ? { download: `proposal-attachment-${id.slice(0, 8)}.pdf` } : 'picture',
      );
    }),
  )
  .openapi(remove, (c) =>
    answer(c, 'grants.proposal.write', 200, async (call) => {
      const { files, logger } = c.get('deps');
      const { id } = c.req.valid('param');
      const removed = await removeProposalAttachment(call, id);
      if (!removed.ok) return removed;
      // The row is gone: its file goes now. A file that cannot be removed is only disk space.
      await files
        .delete(removed.value.fileKey)
        .catch((error) => logger.warn({ err: error, key: removed.value.fileKey }, 'attachment file not removed'));
      return ok({ id });
    }),
  );
