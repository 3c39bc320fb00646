import {
  idParamSchema,
  messageFor,
  ok,
  placeImportResultSchema,
  placeSheetMaxBytes,
  placeSheetMaxUnpackedBytes,
  type Result,
} from '@seedbed/core';
import { importPlaces, readPlaceTree, streetForPlaces } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { answerBody, answerWith, type Call, respond } from '../http/answer';
import type { AppEnv } from '../http/env';
import { errorResponse } from '../http/errors';
import { jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { readUpload } from '../http/upload';
import { placeTemplate, readPlaceSheet, xlsxType } from './place-sheet-xlsx';
import { unpacksWithin } from './unpacked-size';

/**
 * The place sheet: the template to download (下载模板) and the import (导入). An import is all or
 * nothing; a refused sheet answers 400 `places.import_invalid` with one `fields` entry per problem,
 * its path `rows.<row>.<column>` and a message that names the row and the column.
 */

const route = routesOf('communities');
const binary = { schema: z.string().openapi({ format: 'binary' }) };

const template = route({
  method: 'get',
  path: '/api/places/template.xlsx',
  summary: 'The place sheet template (.xlsx): the 地点 sheet’s columns and the instructions (admin, staff)',
  responses: { 200: { content: { [xlsxType]: binary }, description: 'the template' } },
});

const upload = route({
  method: 'post',
  path: '/api/streets/{id}/places/import',
  summary:
    'Import the street’s communities, estates and courtyards from the filled-in sheet (raw .xlsx body); all or nothing',
  request: { params: idParamSchema, body: { content: { [xlsxType]: binary }, required: true } },
  responses: {
    201: jsonOk(placeImportResultSchema, 'imported'),
    413: { description: 'Too large.' },
  },
});

/** Scope before reading the body: an outsider uploads nothing. */
async function runImport(c: Context<AppEnv>, call: Call, streetId: string): Promise<Response> {
  const street = await streetForPlaces(call, streetId);
  if (!street.ok) return errorResponse(c, street.error);
  const bytes = await readUpload(c, placeSheetMaxBytes);
  if (!bytes)
    return errorResponse(c, {
      code: 'places.import_too_large',
      params: { megabytes: placeSheetMaxBytes / 1024 / 1024 },
    });
  if (!unpacksWithin(bytes, placeSheetMaxUnpackedBytes))
    return errorResponse(c, {
      code: 'places.import_unpacks_too_large',
      params: { megabytes: placeSheetMaxUnpackedBytes / 1024 / 1024 },
    });
  const rows = await readPlaceSheet(bytes);
  if (!rows) return errorResponse(c, { code: 'places.import_unreadable' });
  const result = await importPlaces(call, streetId, rows);
  if (!result.ok) return errorResponse(c, result.error);
  const outcome = result.value;
  if (!outcome.imported) {
    const locale = c.get('locale') ?? 'zh-CN';
    return errorResponse(c, {
      code: 'places.import_invalid',
      params: { count: outcome.issues.length },
      fields: outcome.issues.map((issue) => ({
        path: `rows.${issue.params.row}.${issue.params.column}`,
        message: messageFor(issue, locale),
      })),
    });
  }
  const tree = await readPlaceTree(call, streetId);
  const answer: Result<unknown> = tree.ok
    ? ok({
        communities: outcome.communities,
        estates: outcome.estates,
        courtyards: outcome.courtyards,
        tree: tree.value,
      })
    : tree;
  return respond(c, 201, answer);
}

export const placeSheetRoutes = newRouter()
  .openapi(template, (c) =>
    answerBody(
      c,
      'place.manage',
      () => ok(true),
      async () =>
        c.body((await placeTemplate(c.get('locale') ?? 'zh-CN')) as Uint8Array<ArrayBuffer>, 200, {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="places-template.xlsx"; filename*=UTF-8''${encodeURIComponent('地点导入模板.xlsx')}`,
        }),
    ),
  )
  .openapi(upload, (c) => answerWith(c, 'place.manage', (call) => runImport(c, call, c.req.valid('param').id)));
