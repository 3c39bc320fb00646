import {
  claimStateLabels,
  closingInputSchema,
  closingReportSchema,
  closingWordsInputSchema,
  closingWordsSchema,
  grantClosingSchema,
  grantLedgerSchema,
  grantTrancheSchema,
  idParamSchema,
  ok,
  trancheInputSchema,
  tranchePaymentInputSchema,
} from '@seedbed/core';
import {
  addGrantTranche,
  closeGrant,
  listAgreementClaims,
  listGrantTranches,
  payGrantTranche,
  readClosingReport,
  readGrantLedger,
  saveClosingWords,
} from '@seedbed/db';
import { z } from 'zod';
import { xlsxType } from '../books/book-xlsx';
import { answer, answerBody } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { grantLedgerSheet } from './ledger-xlsx';

/** A grant's ledger 台账 and its sheet, tranches 拨款 and closing 结项 (issue 17). Registered in app.ts. */
const route = routesOf('grants');
const binary = { schema: z.string().openapi({ format: 'binary' }) };

const ledger = route({
  method: 'get',
  path: '/api/grant-agreements/{id}/ledger',
  summary: 'Budget against actual per line, the cap and tolerance, and where the grant’s money is',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantLedgerSchema, 'the ledger') },
});

const sheet = route({
  method: 'get',
  path: '/api/grant-agreements/{id}/ledger.xlsx',
  summary: 'The ledger and every claim as an .xlsx, money as yuan with two decimals (no resident’s name)',
  request: { params: idParamSchema },
  responses: { 200: { content: { [xlsxType]: binary }, description: 'the sheet' } },
});

const tranches = route({
  method: 'get',
  path: '/api/grant-agreements/{id}/tranches',
  summary: 'The grant’s tranches, planned and paid',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantTrancheSchema), 'the tranches') },
});

const addTranche = route({
  method: 'post',
  path: '/api/grant-agreements/{id}/tranches',
  summary: 'Plan a tranche handed to the team ahead of spending (staff); never beyond the cap',
  request: { params: idParamSchema, ...jsonBody(trancheInputSchema) },
  responses: { 201: jsonOk(grantTrancheSchema, 'planned'), 409: { description: 'over the cap, grant closed' } },
});

const payTranche = route({
  method: 'post',
  path: '/api/grant-tranches/{id}/pay',
  summary: 'A tranche paid: marked once, posted once into the team’s book',
  request: { params: idParamSchema, ...jsonBody(tranchePaymentInputSchema) },
  responses: { 200: jsonOk(grantTrancheSchema, 'paid'), 409: { description: 'already paid, grant closed' } },
});

const closingPreview = route({
  method: 'get',
  path: '/api/grant-agreements/{id}/closing',
  summary: 'The final report: as closed, or as it would read today, with the team’s saved words',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(closingReportSchema, 'the report') },
});

const writeWords = route({
  method: 'put',
  path: '/api/grant-agreements/{id}/closing-words',
  summary: 'The team’s own closing words (the leader, a deputy, the treasurer), changed until the grant is closed',
  request: { params: idParamSchema, ...jsonBody(closingWordsInputSchema) },
  responses: { 200: jsonOk(closingWordsSchema, 'saved'), 409: { description: 'grant closed' } },
});

const close = route({
  method: 'post',
  path: '/api/grant-agreements/{id}/closing',
  summary: 'Close the grant with the team’s saved words: figures frozen, unspent money returned, no more claims',
  request: { params: idParamSchema, ...jsonBody(closingInputSchema) },
  responses: {
    201: jsonOk(grantClosingSchema, 'closed'),
    409: { description: 'claims still open, no words from the team, closed already' },
  },
});

export const grantLedgerRoutes = newRouter()
  .openapi(ledger, (c) => answer(c, 'grants.money.read', 200, (call) => readGrantLedger(call, c.req.valid('param').id)))
  .openapi(sheet, (c) => {
    const { id } = c.req.valid('param');
    return answerBody(
      c,
      'grants.money.read',
      async (call) => {
        const [read, claims] = await Promise.all([readGrantLedger(call, id), listAgreementClaims(call, id, 'funder')]);
        if (!read.ok) return read;
        if (!claims.ok) return claims;
        return ok({ ledger: read.value, claims: claims.value });
      },
      async ({ ledger: figures, claims }) => {
        const locale = c.get('locale') ?? 'zh-CN';
        const bytes = await grantLedgerSheet(figures, claims, (state) => claimStateLabels[locale][state], locale);
        return c.body(bytes, 200, {
          'content-type': xlsxType,
          'content-disposition': `attachment; filename="grant-ledger-${id.slice(0, 8)}.xlsx"`,
        });
      },
    );
  })
  .openapi(tranches, (c) =>
    answer(c, 'grants.money.read', 200, (call) => listGrantTranches(call, c.req.valid('param').id)),
  )
  .openapi(addTranche, (c) =>
    answer(c, 'grants.agreement.manage', 201, (call) =>
      addGrantTranche(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(payTranche, (c) =>
    answer(c, 'grants.agreement.manage', 200, (call) =>
      payGrantTranche(call, c.req.valid('param').id, c.req.valid('json').paidOn),
    ),
  )
  .openapi(closingPreview, (c) =>
    answer(c, 'grants.money.read', 200, (call) => readClosingReport(call, c.req.valid('param').id)),
  )
  .openapi(writeWords, (c) =>
    answer(c, 'grants.closing.write', 200, (call) =>
      saveClosingWords(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(close, (c) =>
    answer(c, 'grants.agreement.manage', 201, (call) => closeGrant(call, c.req.valid('param').id, c.req.valid('json'))),
  );
