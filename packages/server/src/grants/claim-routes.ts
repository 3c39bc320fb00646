import {
  claimInputSchema,
  claimMoveInputSchema,
  claimResubmitInputSchema,
  claimSessionInputSchema,
  claimSessionSchema,
  grantClaimSchema,
  idParamSchema,
} from '@seedbed/core';
import {
  addClaimReceipt,
  createClaimSession,
  findClaimReceipt,
  findReceiptClaim,
  listAgreementClaims,
  listClaimSessions,
  listSessionClaims,
  moveGrantClaim,
  readGrantClaim,
  resubmitGrantClaim,
  submitGrantClaim,
} from '@seedbed/db';
import { z } from 'zod';
import { serveFile } from '../activities';
import {
  photoFileResponses,
  photoSizeQuerySchema,
  photoUploadBody,
  photoUploadResponses,
  takeUploadedPhoto,
} from '../files/photo-upload';
import { answer, answerBody, answerWith, type Call, respond, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';

/**
 * Reimbursement claims 报销 (issue 17): the team claims back what it advanced 垫付 with receipt
 * photos; staff check, a second staff member approves (core's claim-states.ts), and payment posts
 * it into the team's book. Monthly 报销会 sessions batch the checked claims. Registered in app.ts.
 */
const route = routesOf('grants');
const receiptSchema = z.object({ id: z.uuid(), claimId: z.uuid() });
const standingOf = (call: Call) => ({ role: call.caller.role, teamRole: call.caller.teamRole });
const show = (call: Call) => (id: string) => readGrantClaim(call, id, call.caller.role);

const submit = route({
  method: 'post',
  path: '/api/grant-agreements/{id}/claims',
  summary: 'Claim back money the team advanced (the leader, the treasurer): line, amount in fen, what, who advanced it',
  request: { params: idParamSchema, ...jsonBody(claimInputSchema) },
  responses: {
    201: jsonOk(grantClaimSchema, 'submitted'),
    409: { description: 'over the cap, beyond the tolerance, grant closed' },
  },
});

const list = route({
  method: 'get',
  path: '/api/grant-agreements/{id}/claims',
  summary: 'A grant’s claims, newest first (a funder sees amounts and states, never who advanced the money)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantClaimSchema), 'the claims') },
});

const read = route({
  method: 'get',
  path: '/api/grant-claims/{id}',
  summary: 'One claim with its receipts and state history',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(grantClaimSchema, 'the claim') },
});

const resubmit = route({
  method: 'put',
  path: '/api/grant-claims/{id}',
  summary: 'The team corrects a claim staff asked changes of; it goes back to submitted',
  request: { params: idParamSchema, ...jsonBody(claimResubmitInputSchema) },
  responses: { 200: jsonOk(grantClaimSchema, 'resubmitted') },
});

const move = route({
  method: 'post',
  path: '/api/grant-claims/{id}/moves',
  summary: 'A step on a claim: check, request changes, approve (not one’s own, not the checker), pay, decline',
  request: { params: idParamSchema, ...jsonBody(claimMoveInputSchema) },
  responses: { 200: jsonOk(grantClaimSchema, 'moved'), 409: { description: 'wrong state, already approved or paid' } },
});

const upload = route({
  method: 'post',
  path: '/api/grant-claims/{id}/receipts',
  summary: 'Add a receipt photo to a claim the team may still change; the same bytes again answer the stored one',
  request: {
    params: idParamSchema,
    body: photoUploadBody,
  },
  responses: photoUploadResponses(receiptSchema),
});

const receipt = route({
  method: 'get',
  path: '/api/grant-claim-receipts/{id}',
  summary: 'A claim’s receipt photo for those who read the grant’s money',
  request: { params: idParamSchema, query: photoSizeQuerySchema },
  responses: photoFileResponses,
});

const openSession = route({
  method: 'post',
  path: '/api/grant-claim-sessions',
  summary: 'Open a monthly reimbursement session 报销会 for a street (staff)',
  request: jsonBody(claimSessionInputSchema),
  responses: { 201: jsonOk(claimSessionSchema, 'opened') },
});

const sessions = route({
  method: 'get',
  path: '/api/streets/{id}/grant-claim-sessions',
  summary: 'A street’s reimbursement sessions, newest first, with the claims checked at each',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(claimSessionSchema), 'the sessions') },
});

const sessionClaims = route({
  method: 'get',
  path: '/api/grant-claim-sessions/{id}/claims',
  summary: 'The claims checked at one reimbursement session 报销会, for staff to sign the batch off',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(z.array(grantClaimSchema), 'the claims') },
});

export const grantClaimRoutes = newRouter()
  .openapi(submit, (c) =>
    answer(c, 'grants.claim.submit', 201, (call) =>
      thenShow(submitGrantClaim(call, c.req.valid('param').id, c.req.valid('json')), show(call)),
    ),
  )
  .openapi(list, (c) =>
    answer(c, 'grants.money.read', 200, (call) => listAgreementClaims(call, c.req.valid('param').id, call.caller.role)),
  )
  .openapi(read, (c) => answer(c, 'grants.money.read', 200, (call) => show(call)(c.req.valid('param').id)))
  .openapi(resubmit, (c) =>
    answer(c, 'grants.claim.submit', 200, (call) =>
      thenShow(resubmitGrantClaim(call, c.req.valid('param').id, standingOf(call), c.req.valid('json')), show(call)),
    ),
  )
  // Authorised as a reader here; which step the caller may take is core's role × state table (moveClaim).
  .openapi(move, (c) =>
    answer(c, 'grants.money.read', 200, (call) =>
      thenShow(moveGrantClaim(call, c.req.valid('param').id, standingOf(call), c.req.valid('json')), show(call)),
    ),
  )
  .openapi(upload, (c) => {
    const claimId = c.req.valid('param').id;
    return answerWith(c, 'grants.claim.submit', async (call) => {
      const claim = await findReceiptClaim(call, claimId);
      if (!claim.ok) return respond(c, 201, claim);
      return respond(
        c,
        201,
        await takeUploadedPhoto(c, 'receipts', (photo) => addClaimReceipt(call, { claimId, ...photo })),
      );
    });
  })
  .openapi(receipt, (c) => {
    const { id } = c.req.valid('param');
    const size = c.req.valid('query').size ?? 'display';
    return answerBody(
      c,
      'grants.money.read',
      (call) => findClaimReceipt(call, id),
      (files) =>
        serveFile(c, size === 'thumbnail' ? files.thumbnailKey : files.fileKey, 'image/jpeg', `"${id}-${size}"`),
    );
  })
  .openapi(openSession, (c) =>
    answer(c, 'grants.agreement.manage', 201, (call) => createClaimSession(call, c.req.valid('json'))),
  )
  .openapi(sessions, (c) =>
    answer(c, 'grants.money.read', 200, (call) => listClaimSessions(call, c.req.valid('param').id)),
  )
  // Staff's batch (the sessions page): who advanced each claim is in it, so readers beyond staff use the grant's own list.
  .openapi(sessionClaims, (c) =>
    answer(c, 'grants.agreement.manage', 200, (call) =>
      listSessionClaims(call, c.req.valid('param').id, call.caller.role),
    ),
  );
