import { type CampaignTable, fail, idParamSchema, idSchema, locales, ok, type Result } from '@seedbed/core';
import { readCampaignTable } from '@seedbed/db';
import type { Context } from 'hono';
import { z } from 'zod';
import { pdfOk } from '../documents';
import { answerBody } from '../http/answer';
import { inlineContentDisposition } from '../http/content-disposition';
import type { AppEnv } from '../http/env';
import { routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { xlsxType } from '../http/xlsx';
import {
  campaignTablePdf,
  campaignTableSheet,
  organizationReportPdf,
  organizationReportSheet,
} from './evaluation-documents';

/** Staff's exports: the campaign table and one organization's report, as .xlsx and PDF. */
const route = routesOf('evaluation');
const binary = { schema: z.string().openapi({ format: 'binary' }) };
const xlsxOk = { 200: { content: { [xlsxType]: binary }, description: 'the sheet' } };
const langQuery = z.object({ lang: z.enum(locales).optional() });
const reportQuery = langQuery.extend({ organizationId: idSchema });

const tableXlsx = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/table.xlsx',
  summary: 'The campaign table as an .xlsx (staff)',
  request: { params: idParamSchema, query: langQuery },
  responses: xlsxOk,
});
const tablePdf = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/table.pdf',
  summary: 'The campaign table as a PDF (staff)',
  request: { params: idParamSchema, query: langQuery },
  responses: { 200: pdfOk('the table') },
});
const reportXlsx = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/report.xlsx',
  summary: 'One organization’s report as an .xlsx (staff)',
  request: { params: idParamSchema, query: reportQuery },
  responses: xlsxOk,
});
const reportPdf = route({
  method: 'get',
  path: '/api/evaluation-campaigns/{id}/report.pdf',
  summary: 'One organization’s report as a PDF (staff)',
  request: { params: idParamSchema, query: reportQuery },
  responses: { 200: pdfOk('the report') },
});

const localeOf = (c: Context<AppEnv>, lang: (typeof locales)[number] | undefined) => lang ?? c.get('locale') ?? 'zh-CN';
const fileName = (table: CampaignTable) => `campaign-${table.campaign.id.slice(0, 8)}`;

async function withResult(call: Parameters<typeof readCampaignTable>[0], campaignId: string, organizationId: string) {
  const table = await readCampaignTable(call, campaignId);
  if (!table.ok) return table;
  const result = table.value.results.find((r) => r.organizationId === organizationId);
  return result
    ? ok({ table: table.value, result })
    : (fail('evaluation.organization_not_in_campaign') as Result<never>);
}

export const evaluationFileRoutes = newRouter()
  .openapi(tableXlsx, (c) =>
    answerBody(
      c,
      'evaluation.manage',
      (call) => readCampaignTable(call, c.req.valid('param').id),
      async (table) =>
        c.body(await campaignTableSheet(table, localeOf(c, c.req.valid('query').lang)), 200, {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="${fileName(table)}.xlsx"`,
        }),
    ),
  )
  .openapi(tablePdf, (c) =>
    answerBody(
      c,
      'evaluation.manage',
      (call) => readCampaignTable(call, c.req.valid('param').id),
      async (table) =>
        c.body(new Uint8Array(await campaignTablePdf(table, localeOf(c, c.req.valid('query').lang))), 200, {
          'content-type': 'application/pdf',
          'content-disposition': inlineContentDisposition(`${table.campaign.name}.pdf`, `${fileName(table)}.pdf`),
        }),
    ),
  )
  .openapi(reportXlsx, (c) =>
    answerBody(
      c,
      'evaluation.manage',
      (call) => withResult(call, c.req.valid('param').id, c.req.valid('query').organizationId),
      async ({ table, result }) =>
        c.body(await organizationReportSheet(table, result, localeOf(c, c.req.valid('query').lang)), 200, {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="${fileName(table)}-${result.organizationId.slice(0, 8)}.xlsx"`,
        }),
    ),
  )
  .openapi(reportPdf, (c) =>
    answerBody(
      c,
      'evaluation.manage',
      (call) => withResult(call, c.req.valid('param').id, c.req.valid('query').organizationId),
      async ({ table, result }) =>
        c.body(
          new Uint8Array(await organizationReportPdf(table, result, localeOf(c, c.req.valid('query').lang))),
          200,
          {
            'content-type': 'application/pdf',
            'content-disposition': inlineContentDisposition(
              `${result.organizationName}-${table.campaign.name}.pdf`,
              `${fileName(table)}-${result.organizationId.slice(0, 8)}.pdf`,
            ),
          },
        ),
    ),
  );
