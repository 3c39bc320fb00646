import { createHash } from 'node:crypto';
import { bookSheetLabels, type CashEntry, entryIdParamSchema, fail, ok, type Result } from '@seedbed/core';
import { addReceipt, findCashEntriesForExport, findReceipt, findReceiptEntry } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { serveFile } from '../activities';
import { defaultPhotoLimits, processPhoto, removeStoredPhoto, sniffPhotoType, storePhoto } from '../files/photos';
import { answerBody, answerWith, type Call, respond, withStatus } from '../http/answer';
import type { AppEnv } from '../http/env';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { readUpload } from '../http/upload';
import { cashBookSheet, xlsxType } from './book-xlsx';

/**
 * The book's files: receipt photos through the activity photos' pipeline (type from the bytes,
 * upright, metadata stripped, two JPEG renditions; the file written before its row and removed if
 * no row names it), and the staff's .xlsx of the whole book.
 */
const route = routesOf('books');
const binary = { schema: z.string().openapi({ format: 'binary' }) };
const receiptSchema = z.object({ id: z.uuid(), entryId: z.uuid() });

const upload = route({
  method: 'post',
  path: '/api/organizations/{id}/books/entries/{entryId}/receipts',
  summary: 'Add a receipt photo to an entry (the treasurer, staff); the same bytes again answer the stored one',
  request: {
    params: entryIdParamSchema,
    body: { content: { 'image/jpeg': binary, 'image/png': binary, 'image/webp': binary }, required: true },
  },
  responses: {
    201: jsonOk(receiptSchema, 'stored'),
    200: jsonOk(receiptSchema, 'already stored (a retry)'),
    413: { description: 'Too large.' },
    415: { description: 'Not a photo.' },
  },
});

const receiptParams = z.object({ id: z.uuid(), receiptId: z.uuid() });
const receipt = route({
  method: 'get',
  path: '/api/organizations/{id}/books/receipts/{receiptId}',
  summary: 'A receipt photo (display rendition) for those who may read the book',
  request: { params: receiptParams, query: z.object({ size: z.enum(['display', 'thumbnail']).optional() }) },
  responses: {
    200: { content: { 'image/jpeg': binary }, description: 'the photo' },
    304: { description: 'not changed' },
  },
});

const sheet = route({
  method: 'get',
  path: '/api/organizations/{id}/books.xlsx',
  summary: 'The whole book as an .xlsx, money as yuan with two decimals (staff)',
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 200: { content: { [xlsxType]: binary }, description: 'the sheet' } },
});

async function takeReceipt(
  c: Context<AppEnv>,
  call: Call,
  organizationId: string,
  entryId: string,
): Promise<Result<unknown>> {
  const entry = await findReceiptEntry(call, organizationId, entryId);
  if (!entry.ok) return entry;
  const limits = defaultPhotoLimits;
  const bytes = await readUpload(c, limits.maxBytes);
  if (!bytes) return fail('photo.too_large', { maxMegabytes: Math.round(limits.maxBytes / 1024 / 1024) });
  const sniffed = sniffPhotoType(bytes);
  if (sniffed === null) return fail('photo.not_image');
  if (sniffed !== 'jpg' && sniffed !== 'png' && sniffed !== 'webp') return fail('photo.unsupported_type');
  const processed = await processPhoto(bytes, limits);
  if (!processed.ok) return processed;
  const { files } = c.get('deps');
  const stored = await storePhoto(files, processed.value, 'receipts');
  const remove = () => removeStoredPhoto(files, stored);
  const added = await addReceipt(call, {
    organizationId,
    entryId,
    fileKey: stored.displayKey,
    thumbnailKey: stored.thumbnailKey,
    contentSha256: createHash('sha256').update(bytes).digest('hex'),
  }).catch(async (error: unknown) => {
    await remove();
    throw error;
  });
  if (!added.ok || !added.value.created) await remove();
  if (!added.ok) return added;
  return ok(withStatus(added.value.receipt, added.value.created ? 201 : 200));
}

const kindOf = (labels: (typeof bookSheetLabels)['zh-CN']) => (entry: CashEntry) =>
  entry.source ? labels.source[entry.source] : entry.category ? labels.category[entry.category] : '';

export const booksFileRoutes = newRouter()
  .openapi(upload, (c) => {
    const { id, entryId } = c.req.valid('param');
    return answerWith(c, 'organization.money.keep', async (call) =>
      respond(c, 201, await takeReceipt(c, call, id, entryId)),
    );
  })
  .openapi(receipt, (c) => {
    const { id, receiptId } = c.req.valid('param');
    const size = c.req.valid('query').size ?? 'display';
    return answerBody(
      c,
      'books.read',
      (call) => findReceipt(call, id, receiptId),
      (files) =>
        serveFile(c, size === 'thumbnail' ? files.thumbnailKey : files.fileKey, 'image/jpeg', `"${receiptId}-${size}"`),
    );
  })
  .openapi(sheet, (c) =>
    answerBody(
      c,
      'books.export',
      (call) => findCashEntriesForExport(call, c.req.valid('param').id),
      async ({ entries }) => {
        const locale = c.get('locale') ?? 'zh-CN';
        const labels = bookSheetLabels[locale];
        const bytes = await cashBookSheet(
          entries,
          { direction: (d) => labels.direction[d], kind: kindOf(labels) },
          locale,
        );
        return c.body(bytes, 200, {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="cash-book-${c.req.valid('param').id.slice(0, 8)}.xlsx"`,
        });
      },
    ),
  );
