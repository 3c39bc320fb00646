import { createRoute } from '@hono/zod-openapi';
import { changeDocumentMaxBytes, changeDocumentParamsSchema } from '@seedbed/core';
import { attachChangeDocument, findChangeDocument, findOrganization, isChangeOf } from '@seedbed/db';
import { z } from 'zod';
import { sniffDocumentType } from '../files/file-store';
import { errorResponse, failWith } from '../http/errors';
import { errorResponses } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { readUpload } from '../http/upload';

/**
 * The document of a filing or status change (the 备案 certificate, a registration scan): a phone
 * photo or a PDF, sent as the raw body. Its real type is read from its first bytes.
 */
const contentTypes = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' } as const;
const binary = { schema: z.string().openapi({ format: 'binary' }) };
const binaryContent = Object.fromEntries(Object.values(contentTypes).map((type) => [type, binary]));
const tooLarge = { megabytes: changeDocumentMaxBytes / 1024 / 1024 };

const upload = createRoute({
  method: 'put',
  path: '/api/organizations/{id}/changes/{changeId}/document',
  tags: ['organizations'],
  summary: 'Attach the document of a filing or status change (PDF or picture, the raw file as the body; staff)',
  request: { params: changeDocumentParamsSchema, body: { content: binaryContent, required: true } },
  responses: {
    200: {
      content: { 'application/json': { schema: z.object({ id: z.string(), documentFileType: z.string() }) } },
      description: 'attached',
    },
    413: { description: 'Too large.' },
    415: { description: 'Not a PDF or picture.' },
    ...errorResponses,
  },
});

const download = createRoute({
  method: 'get',
  path: '/api/organizations/{id}/changes/{changeId}/document',
  tags: ['organizations'],
  summary: 'The document of a change',
  request: { params: changeDocumentParamsSchema },
  responses: { 200: { content: binaryContent, description: 'the file' }, ...errorResponses },
});

export const changeDocumentRoutes = newRouter()
  .openapi(upload, async (c) => {
    const caller = authorize(c, 'organization.history.record');
    if (caller instanceof Response) return caller;
    const { id, changeId } = c.req.valid('param');
    const { db, files, now } = c.get('deps');
    // Scope before reading the body: an outsider learns nothing and stores nothing.
    const visible = await findOrganization(db, caller.scope, id);
    if (!visible.ok) return errorResponse(c, visible.error);
    // Before storing anything: a file for a change that does not exist would be an orphan.
    if (!(await isChangeOf(db, id, changeId))) return failWith(c, 'organization.change_unknown');
    const bytes = await readUpload(c, changeDocumentMaxBytes);
    if (!bytes) return failWith(c, 'organization.document_too_large', tooLarge);
    const type = sniffDocumentType(bytes);
    if (!type) return failWith(c, 'organization.document_not_supported');
    const key = await files.put(bytes, { folder: 'organization-documents', extension: type });
    const result = await attachChangeDocument(db, { userId: caller.userId, now: now() }, caller.scope, id, changeId, {
      key,
      type,
    });
    if (!result.ok) return errorResponse(c, result.error);
    return c.json({ id: changeId, documentFileType: type }, 200);
  })
  .openapi(download, async (c) => {
    const caller = authorize(c, 'organization.read');
    if (caller instanceof Response) return caller;
    const { id, changeId } = c.req.valid('param');
    const { db, files } = c.get('deps');
    const found = await findChangeDocument(db, caller.scope, id, changeId);
    if (!found.ok) return errorResponse(c, found.error);
    const bytes = await files.get(found.value.key);
    if (!bytes) return failWith(c, 'organization.document_missing');
    const type = contentTypes[found.value.type as keyof typeof contentTypes] ?? 'application/octet-stream';
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': type,
      'content-disposition': 'inline',
      'cache-control': 'private, max-age=300',
    });
  });
