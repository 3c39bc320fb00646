import { agreementInputSchema, grantAgreementSchema, idParamSchema } from '@seedbed/core';
import { createGrantAgreement, listOrganizationAgreements, readGrantAgreement } from '@seedbed/db';
import { z } from 'zod';
import { pdfOk } from '../documents';
import { answer, answerBody } from '../http/answer';
import { inlineContentDisposition } from '../http/content-disposition';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { renderAgreementPdf } from './agreement-pdf';
import { grantClaimRoutes } from './claim-routes';
import { grantLedgerRoutes } from './ledger-routes';

/**
 * A grant's money (issue 17): the agreement per approved proposal, and with it the claims, the
 * ledger, tranches and closing (claim-routes.ts, ledger-routes.ts). Registered in app.ts as one.
 */
const route = routesOf('grants');

const read = route({
  method: 'get',
  path: '/api/grant-agreements/{id}',
  summary: 'One grant agreement: both parties, amount, period, budget lines, rules',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantAgreementSchema, 'the agreement') },
});

const ofTeam = route({
  method: 'get',
  path: '/api/organizations/{id}/grant-agreements',
  summary: 'The team’s grant agreements, newest first',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantAgreementSchema), 'the agreements') },
});

const create = route({
  method: 'post',
  path: '/api/grant-proposals/{id}/agreement',
  summary: 'Make the agreement of an approved proposal (staff): lines scaled from the approved version unless given',
  request: { params: idParamSchema, ...jsonBody(agreementInputSchema) },
  responses: { 201: jsonOk(grantAgreementSchema, 'made'), 409: { description: 'not approved, made already' } },
});

const pdf = route({
  method: 'get',
  path: '/api/grant-agreements/{id}/agreement.pdf',
  summary: 'The agreement as an A4 PDF in Chinese, for both parties to sign',
  request: { params: idParamSchema },
  responses: { 200: pdfOk('the agreement') },
});

const agreementRoutes = newRouter()
  .openapi(create, (c) =>
    answer(c, 'grants.agreement.manage', 201, (call) =>
      createGrantAgreement(call, c.req.valid('param').id, c.req.valid('json')),
    ),
  )
  .openapi(pdf, (c) =>
    answerBody(
      c,
      'grants.money.read',
      (call) => readGrantAgreement(call, c.req.valid('param').id),
      async (agreement) =>
        c.body(new Uint8Array(await renderAgreementPdf(agreement)), 200, {
          'content-type': 'application/pdf',
          'content-disposition': inlineContentDisposition(`资助协议-${agreement.title}.pdf`, 'grant-agreement.pdf'),
          'cache-control': 'no-store',
        }),
    ),
  )
  .openapi(read, (c) =>
    answer(c, 'grants.money.read', 200, (call) => readGrantAgreement(call, c.req.valid('param').id)),
  )
  .openapi(ofTeam, (c) =>
    answer(c, 'grants.money.read', 200, (call) => listOrganizationAgreements(call, c.req.valid('param').id)),
  );

export const grantMoneyRoutes = [agreementRoutes, grantClaimRoutes, grantLedgerRoutes] as const;
