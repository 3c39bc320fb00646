import { can, changeDocumentMaxBytes, changeDocumentParamsSchema, mayFileFor } from '@seedbed/core';
import { attachChangeDocument, findChange, findChangeDocument } from '@seedbed/db';
import { z } from 'zod';
import { documentBinaryContent, documentContentTypes } from '../files/document-types';
import { sniffDocumentType } from '../files/file-store';
import { answerWith } from '../http/answer';
import { errorResponse, failWith } from '../http/errors';
import { routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { storedFileResponse } from '../http/stored-file';
import { readUpload } from '../http/upload';

/**
 * The document of a filing or status change (the 备案 certificate, a registration scan): a phone
 * photo or a PDF, sent as the raw body. Its real type is read from its first bytes.
 */
const tooLarge = { megabytes: changeDocumentMaxBytes / 1024 / 1024 };

const route = routesOf('organizations');

const upload = route({
  method: 'put',
  path: '/api/organizations/{id}/changes/{changeId}/document',
  summary:
    'Attach the document of a filing or status change (PDF or picture, the raw file as the body; staff, or the home community’s committee for a filing)',
  request: { params: changeDocumentParamsSchema, body: { content: documentBinaryContent, required: true } },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ id: z.string(), documentFileType: z.string() }) } },
      description: 'attached',
    },
    413: { description: 'Too large.' },
    415: { description: 'Not a PDF or picture.' },
  },
});

const download = route({
  method: 'get',
  path: '/api/organizations/{id}/changes/{changeId}/document',
  summary: 'The document of a change (those who handle registration: staff, its leader, officials)',
  request: { params: changeDocumentParamsSchema },
  responses: { 200: { content: documentBinaryContent, description: 'the file' } },
});

export const changeDocumentRoutes = newRouter()
  .openapi(upload, (c) =>
    answerWith(c, 'organization.filing.record', async (call) => {
      const { id, changeId } = c.req.valid('param');
      // Scope and the change before reading the body: an outsider learns nothing and stores
      // nothing, and no file is stored for a change that does not exist.
      const change = await findChange(call, id, changeId);
      if (!change.ok) return errorResponse(c, change.error);
      // Staff keep every change's document; the committee only its own filings' scans.
      if (!can(call.caller, 'organization.history.record')) {
        if (change.value.field !== 'filing_status') return failWith(c, 'auth.forbidden');
        if (!mayFileFor(call.scope, change.value.homeCommunityId))
          return failWith(c, 'organization.filing_other_community');
      }
      const bytes = await readUpload(c, changeDocumentMaxBytes);
      if (!bytes) return failWith(c, 'organization.document_too_large', tooLarge);
      const type = sniffDocumentType(bytes);
      if (!type) return failWith(c, 'organization.document_not_supported');
      const key = await c.get('deps').files.put(bytes, { folder: 'organization-documents', extension: type });
      const attached = await attachChangeDocument(call, id, changeId, { key, type });
      if (!attached.ok) return errorResponse(c, attached.error);
      return c.json({ id: changeId, documentFileType: type }, 200);
    }),
  )
  .openapi(download, (c) =>
    answerWith(c, 'organization.document.read', async (call) => {
      const { id, changeId } = c.req.valid('param');
      const found = await findChangeDocument(call, id, changeId);
      if (!found.ok) return errorResponse(c, found.error);
      const bytes = await c.get('deps').files.get(found.value.key);
      if (!bytes) return failWith(c, 'organization.document_missing');
      const type =
        documentContentTypes[found.value.type as keyof typeof documentContentTypes] ?? 'application/octet-stream';
      return storedFileResponse(c, bytes, type, {
        download: `change-document-${changeId.slice(0, 8)}.${found.value.type}`,
      });
    }),
  );
