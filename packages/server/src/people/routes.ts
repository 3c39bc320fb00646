import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import {
  checkPersonConsent,
  checkPersonDate,
  checkPersonFacts,
  checkPersonMerge,
  checkTrustMove,
  idParamSchema,
  personConsentInputSchema,
  personConsentParamSchema,
  personConsentWithdrawInputSchema,
  personCreateInputSchema,
  personDetailSchema,
  personDuplicatePairSchema,
  personDuplicateQuerySchema,
  personExportSchema,
  personListQuerySchema,
  personListSchema,
  personMergeInputSchema,
  personTrustMoveInputSchema,
  personUpdateInputSchema,
  personVisitInputSchema,
  shanghaiDate,
} from '@seedbed/core';
import {
  createPerson,
  erasePerson,
  findDuplicates,
  listPeople,
  logVisit,
  mergePeople,
  moveTrustStage,
  recordConsent,
  recordPersonExport,
  updatePerson,
  withdrawConsent,
} from '@seedbed/db';
import { z } from 'zod';
import { errorResponse } from '../http/errors';
import { errorResponses, jsonBody, jsonOk } from '../http/openapi';
import { newRouter } from '../http/router';
import { authorize } from '../http/session';
import { personDetailFor, summaryFor } from './person-view';

const tags = ['people'];
const detail = (description: string) => jsonOk(personDetailSchema, description);
const conflict = { 409: { description: 'The record was erased or merged, or the consent already withdrawn.' } };

const list = createRoute({
  method: 'get',
  path: '/api/people',
  tags,
  summary: 'Residents and activists the caller may see, by community, activists only, trust stage, name',
  request: { query: personListQuerySchema },
  responses: { 200: jsonOk(personListSchema, 'people'), ...errorResponses },
});
const create = createRoute({
  method: 'post',
  path: '/api/people',
  tags,
  summary: 'Record a resident (staff)',
  request: jsonBody(personCreateInputSchema),
  responses: { 201: detail('created'), ...errorResponses },
});
const show = createRoute({
  method: 'get',
  path: '/api/people/{id}',
  tags,
  summary: 'One person: facts, traits, trust stage with history, visits, consents',
  request: { params: idParamSchema },
  responses: { 200: detail('the person'), ...errorResponses },
});
const update = createRoute({
  method: 'patch',
  path: '/api/people/{id}',
  tags,
  summary: "Change a person's facts (staff)",
  request: { params: idParamSchema, ...jsonBody(personUpdateInputSchema) },
  responses: { 200: detail('updated'), ...errorResponses, ...conflict },
});
const visit = createRoute({
  method: 'post',
  path: '/api/people/{id}/visits',
  tags,
  summary: 'Log a visit 走访 (staff or assistant)',
  request: { params: idParamSchema, ...jsonBody(personVisitInputSchema) },
  responses: { 201: detail('the person with the visit'), ...errorResponses, ...conflict },
});
const trust = createRoute({
  method: 'post',
  path: '/api/people/{id}/trust',
  tags,
  summary: 'Move the trust stage, up or down, with a reason (staff)',
  request: { params: idParamSchema, ...jsonBody(personTrustMoveInputSchema) },
  responses: { 201: detail('the person at the new stage'), ...errorResponses, ...conflict },
});
const consent = createRoute({
  method: 'post',
  path: '/api/people/{id}/consents',
  tags,
  summary: "Record a consent (a guardian's for a child under 14) (staff)",
  request: { params: idParamSchema, ...jsonBody(personConsentInputSchema) },
  responses: { 201: detail('the person with the consent'), ...errorResponses, ...conflict },
});
const withdraw = createRoute({
  method: 'post',
  path: '/api/people/{id}/consents/{consentId}/withdraw',
  tags,
  summary: 'Record that a consent was withdrawn (staff)',
  request: { params: personConsentParamSchema, ...jsonBody(personConsentWithdrawInputSchema) },
  responses: { 200: detail('the person'), ...errorResponses, ...conflict },
});
const exportData = createRoute({
  method: 'get',
  path: '/api/people/{id}/export',
  tags,
  summary: 'Everything held about a person, as JSON, on their request (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(personExportSchema, 'the export'), ...errorResponses },
});
const erase = createRoute({
  method: 'post',
  path: '/api/people/{id}/erase',
  tags,
  summary: "Erase a person's identity on their request, keeping aggregates (staff)",
  request: { params: idParamSchema },
  responses: { 200: detail('the erased record'), ...errorResponses, ...conflict },
});
const duplicates = createRoute({
  method: 'get',
  path: '/api/people/duplicates',
  tags,
  summary: 'Records that may be the same person: same phone, or similar name in one community (staff)',
  request: { query: personDuplicateQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(personDuplicatePairSchema) }), 'pairs'), ...errorResponses },
});
const merge = createRoute({
  method: 'post',
  path: '/api/people/{id}/merge',
  tags,
  summary: 'Merge a duplicate into this person, keeping all history (staff)',
  request: { params: idParamSchema, ...jsonBody(personMergeInputSchema) },
  responses: { 200: detail('the kept person'), ...errorResponses, ...conflict },
});

export const peopleRoutes = newRouter()
  .openapi(list, async (c) => {
    const caller = authorize(c, 'person.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const result = await listPeople(db, caller.scope, c.req.valid('query'), shanghaiDate(now()));
    return c.json({ items: result.items.map((p) => summaryFor(caller, p)), total: result.total }, 200);
  })
  // Registered before /{id} so "duplicates" is never read as an id.
  .openapi(duplicates, async (c) => {
    const caller = authorize(c, 'person.merge');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const pairs = await findDuplicates(db, caller.scope, c.req.valid('query'), shanghaiDate(now()));
    const items = pairs.map((pair) => ({
      reason: pair.reason,
      people: [summaryFor(caller, pair.people[0]), summaryFor(caller, pair.people[1])] as typeof pair.people,
    }));
    return c.json({ items }, 200);
  })
  .openapi(create, async (c) => {
    const caller = authorize(c, 'person.write');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const today = shanghaiDate(at);
    const checked = checkPersonFacts(c.req.valid('json'), today);
    if (!checked.ok) return errorResponse(c, checked.error);
    const created = await createPerson(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      randomUUID(),
      checked.value,
    );
    if (!created.ok) return errorResponse(c, created.error);
    const person = await personDetailFor(db, caller, created.value.id, today);
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 201);
  })
  .openapi(show, async (c) => {
    const caller = authorize(c, 'person.read');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const person = await personDetailFor(db, caller, c.req.valid('param').id, shanghaiDate(now()));
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 200);
  })
  .openapi(update, async (c) => {
    const caller = authorize(c, 'person.write');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const today = shanghaiDate(at);
    const { id } = c.req.valid('param');
    const updated = await updatePerson(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      id,
      c.req.valid('json'),
      (facts) => checkPersonFacts(facts, today),
    );
    if (!updated.ok) return errorResponse(c, updated.error);
    const person = await personDetailFor(db, caller, id, today);
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 200);
  })
  .openapi(visit, async (c) => {
    const caller = authorize(c, 'person.visit');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const today = shanghaiDate(at);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const dated = checkPersonDate(input.visitedOn, today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const actor = { userId: caller.userId, now: at, name: caller.displayName };
    const logged = await logVisit(db, actor, caller.scope, id, randomUUID(), input);
    if (!logged.ok) return errorResponse(c, logged.error);
    const person = await personDetailFor(db, caller, id, today);
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 201);
  })
  .openapi(trust, async (c) => {
    const caller = authorize(c, 'person.trust.move');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const today = shanghaiDate(at);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const changedOn = input.changedOn ?? today;
    const dated = checkPersonDate(changedOn, today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const moved = await moveTrustStage(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      id,
      randomUUID(),
      { ...input, changedOn },
      (from) => checkTrustMove(from, input.toStage, input.reason),
    );
    if (!moved.ok) return errorResponse(c, moved.error);
    const person = await personDetailFor(db, caller, id, today);
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 201);
  })
  .openapi(consent, async (c) => {
    const caller = authorize(c, 'person.consent.write');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const today = shanghaiDate(at);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const dated = checkPersonDate(input.agreedOn, today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const recorded = await recordConsent(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      id,
      randomUUID(),
      input,
      (person) => checkPersonConsent(input, person, today),
    );
    if (!recorded.ok) return errorResponse(c, recorded.error);
    const person = await personDetailFor(db, caller, id, today);
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 201);
  })
  .openapi(withdraw, async (c) => {
    const caller = authorize(c, 'person.consent.write');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const today = shanghaiDate(at);
    const { id, consentId } = c.req.valid('param');
    const { withdrawnOn } = c.req.valid('json');
    const dated = checkPersonDate(withdrawnOn, today);
    if (!dated.ok) return errorResponse(c, dated.error);
    const withdrawn = await withdrawConsent(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      id,
      consentId,
      withdrawnOn,
    );
    if (!withdrawn.ok) return errorResponse(c, withdrawn.error);
    const person = await personDetailFor(db, caller, id, today);
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 200);
  })
  .openapi(exportData, async (c) => {
    const caller = authorize(c, 'person.export');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const person = await personDetailFor(db, caller, c.req.valid('param').id, shanghaiDate(at));
    if (!person.ok) return errorResponse(c, person.error);
    await recordPersonExport(db, { userId: caller.userId, now: at }, person.value.id, person.value.streetId);
    c.header('content-disposition', `attachment; filename="person-${person.value.id}.json"`);
    return c.json({ exportedAt: at.toISOString(), person: person.value }, 200);
  })
  .openapi(erase, async (c) => {
    const caller = authorize(c, 'person.erase');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const { id } = c.req.valid('param');
    const erased = await erasePerson(db, { userId: caller.userId, now: at }, caller.scope, id);
    if (!erased.ok) return errorResponse(c, erased.error);
    const person = await personDetailFor(db, caller, id, shanghaiDate(at));
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 200);
  })
  .openapi(merge, async (c) => {
    const caller = authorize(c, 'person.merge');
    if (caller instanceof Response) return caller;
    const { db, now } = c.get('deps');
    const at = now();
    const today = shanghaiDate(at);
    const { id } = c.req.valid('param');
    const checked = checkPersonMerge(id, c.req.valid('json').mergeId);
    if (!checked.ok) return errorResponse(c, checked.error);
    const merged = await mergePeople(
      db,
      { userId: caller.userId, now: at },
      caller.scope,
      id,
      checked.value.mergeId,
      today,
    );
    if (!merged.ok) return errorResponse(c, merged.error);
    const person = await personDetailFor(db, caller, id, today);
    if (!person.ok) return errorResponse(c, person.error);
    return c.json(person.value, 200);
  });
