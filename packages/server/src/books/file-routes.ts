import { bookLabels, type CashEntry, entryIdParamSchema, type Result } from '@seedbed/core';
import { addReceipt, findCashEntriesForExport, findReceipt, findReceiptEntry } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { serveFile } from '../activities';
import {
  photoFileResponses,
  photoSizeQuerySchema,
  photoUploadBody,
  photoUploadResponses,
  takeUploadedPhoto,
} from '../files/photo-upload';
import { answerBody, answerWith, type Call, respond } from '../http/answer';
import type { AppEnv } from '../http/env';
import { routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
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
    body: photoUploadBody,
  },
  responses: photoUploadResponses(receiptSchema),
});

const receiptParams = z.object({ id: z.uuid(), receiptId: z.uuid() });
const receipt = route({
  method: 'get',
  path: '/api/organizations/{id}/books/receipts/{receiptId}',
  summary: 'A receipt photo (display rendition) for those who may read the book',
  request: { params: receiptParams, query: photoSizeQuerySchema },
  responses: photoFileResponses,
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
  return takeUploadedPhoto(c, 'receipts', (photo) => addReceipt(call, { organizationId, entryId, ...photo }));
}

const kindOf = (labels: (typeof bookLabels)['zh-CN']) => (entry: CashEntry) =>
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
        const labels = bookLabels[locale];
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
