import {
  idParamSchema,
  mapResult,
  ok,
  type PersonDetail,
  type PersonExport,
  personConsentInputSchema,
  personConsentParamSchema,
  personConsentWithdrawInputSchema,
  personCreateInputSchema,
  personDetailAsSeenBy,
  personDetailSchema,
  personDuplicatePairSchema,
  personDuplicateQuerySchema,
  personExportSchema,
  personListQuerySchema,
  personListSchema,
  personMergeInputSchema,
  personSummaryAsSeenBy,
  personTrustMoveInputSchema,
  personUpdateInputSchema,
  personVisitInputSchema,
  type Result,
} from '@seedbed/core';
import {
  createPerson,
  erasePerson,
  findDuplicates,
  findPerson,
  heldRecordsOf,
  listPeople,
  logVisit,
  mergePeople,
  moveTrustStage,
  recordConsent,
  recordPersonExport,
  updatePerson,
  whenPersonErased,
  whenPersonExported,
  withdrawConsent,
} from '@seedbed/db';
import { z } from 'zod';
import { answer, answerBody, type Call, thenShow } from '../http/answer';
import { jsonBody, jsonOk, routesOf } from '../http/openapi';
import { newRouter } from '../http/router';
import { renderPersonExportPdf } from './export-pdf';

const route = routesOf('people');
const detail = (description: string) => jsonOk(personDetailSchema, description);
const conflict = { 409: { description: 'The record was erased or merged, or the consent already withdrawn.' } };

const list = route({
  method: 'get',
  path: '/api/people',
  summary: 'Residents and activists the caller may see, by community, activists only, trust stage, name',
  request: { query: personListQuerySchema },
  responses: { 200: jsonOk(personListSchema, 'people') },
});
const create = route({
  method: 'post',
  path: '/api/people',
  summary: 'Record a resident (staff)',
  request: jsonBody(personCreateInputSchema),
  responses: { 201: detail('created') },
});
const show = route({
  method: 'get',
  path: '/api/people/{id}',
  summary: 'One person: facts, traits, trust stage with history, visits, consents',
  request: { params: idParamSchema },
  responses: { 200: detail('the person') },
});
const update = route({
  method: 'patch',
  path: '/api/people/{id}',
  summary: "Change a person's facts (staff)",
  request: { params: idParamSchema, ...jsonBody(personUpdateInputSchema) },
  responses: { 200: detail('updated'), ...conflict },
});
const visit = route({
  method: 'post',
  path: '/api/people/{id}/visits',
  summary: 'Log a visit 走访 (staff or assistant)',
  request: { params: idParamSchema, ...jsonBody(personVisitInputSchema) },
  responses: { 201: detail('the person with the visit'), ...conflict },
});
const trust = route({
  method: 'post',
  path: '/api/people/{id}/trust',
  summary: 'Move the trust stage, up or down, with a reason (staff)',
  request: { params: idParamSchema, ...jsonBody(personTrustMoveInputSchema) },
  responses: { 201: detail('the person at the new stage'), ...conflict },
});
const consent = route({
  method: 'post',
  path: '/api/people/{id}/consents',
  summary: "Record a consent (a guardian's for a child under 14) (staff)",
  request: { params: idParamSchema, ...jsonBody(personConsentInputSchema) },
  responses: { 201: detail('the person with the consent'), ...conflict },
});
const withdraw = route({
  method: 'post',
  path: '/api/people/{id}/consents/{consentId}/withdraw',
  summary: 'Record that a consent was withdrawn (staff)',
  request: { params: personConsentParamSchema, ...jsonBody(personConsentWithdrawInputSchema) },
  responses: { 200: detail('the person'), ...conflict },
});
const exportData = route({
  method: 'get',
  path: '/api/people/{id}/export',
  summary: 'Everything held about a person, as JSON, on their request (staff)',
  request: { params: idParamSchema },
  responses: { 200: jsonOk(personExportSchema, 'the export') },
});
const exportDocument = route({
  method: 'get',
  path: '/api/people/{id}/export.pdf',
  summary: 'Everything held about a person, as a readable PDF, on their request (staff)',
  request: { params: idParamSchema },
  responses: {
    200: {
      description: 'the export as PDF',
      content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
    },
  },
});
const erase = route({
  method: 'post',
  path: '/api/people/{id}/erase',
  summary: "Erase a person's identity on their request, keeping aggregates (staff)",
  request: { params: idParamSchema },
  responses: { 200: detail('the erased record'), ...conflict },
});
const duplicates = route({
  method: 'get',
  path: '/api/people/duplicates',
  summary: 'Records that may be the same person: same phone, or similar name in one community (staff)',
  request: { query: personDuplicateQuerySchema },
  responses: { 200: jsonOk(z.object({ items: z.array(personDuplicatePairSchema) }), 'pairs') },
});
const merge = route({
  method: 'post',
  path: '/api/people/{id}/merge',
  summary: 'Merge a duplicate into this person, keeping all history (staff)',
  request: { params: idParamSchema, ...jsonBody(personMergeInputSchema) },
  responses: { 200: detail('the kept person'), ...conflict },
});

/** One person as the caller's role sees them (core's personDetailAsSeenBy). */
async function showPerson(call: Call, id: string): Promise<Result<PersonDetail>> {
  return mapResult(await findPerson(call, id), (record) => personDetailAsSeenBy(call.caller.role, record));
}

/**
 * Everything held about a person, for their export: their record as the caller sees it and every
 * capability's rows about them. Handing out a copy is audited.
 */
async function exportOf(call: Call, id: string): Promise<Result<PersonExport>> {
  const person = await showPerson(call, id);
  if (!person.ok) return person;
  const records = await heldRecordsOf(call, person.value.id, whenPersonExported);
  await recordPersonExport(call, person.value);
  return ok({ exportedAt: call.actor.now.toISOString(), person: person.value, records });
}

/** Every write answers with the person as the caller sees them after it. */
const showing = (call: Call) => (id: string) => showPerson(call, id);

export const peopleRoutes = newRouter()
  .openapi(list, (c) =>
    answer(c, 'person.read', 200, async (call) => {
      const { items, total } = await listPeople(call, c.req.valid('query'));
      return ok({ items: items.map((person) => personSummaryAsSeenBy(call.caller.role, person)), total });
    }),
  )
  // Registered before /{id} so "duplicates" is never read as an id.
  .openapi(duplicates, (c) =>
    answer(c, 'person.merge', 200, async (call) => {
      const seen = <T extends { phone: string | null }>(person: T) => personSummaryAsSeenBy(call.caller.role, person);
      const pairs = await findDuplicates(call, c.req.valid('query'));
      return ok({ items: pairs.map(({ reason, people: [a, b] }) => ({ reason, people: [seen(a), seen(b)] })) });
    }),
  )
  .openapi(create, (c) =>
    answer(c, 'person.write', 201, (call) => thenShow(createPerson(call, c.req.valid('json')), showing(call))),
  )
  .openapi(show, (c) => answer(c, 'person.read', 200, (call) => showPerson(call, c.req.valid('param').id)))
  .openapi(update, (c) =>
    answer(c, 'person.write', 200, (call) =>
      thenShow(updatePerson(call, c.req.valid('param').id, c.req.valid('json')), showing(call)),
    ),
  )
  .openapi(visit, (c) =>
    answer(c, 'person.visit', 201, (call) => {
      const { id } = c.req.valid('param');
      return thenShow(logVisit(call, id, c.req.valid('json')), showing(call), id);
    }),
  )
  .openapi(trust, (c) =>
    answer(c, 'person.trust.move', 201, (call) => {
      const { id } = c.req.valid('param');
      return thenShow(moveTrustStage(call, id, c.req.valid('json')), showing(call), id);
    }),
  )
  .openapi(consent, (c) =>
    answer(c, 'person.consent.write', 201, (call) => {
      const { id } = c.req.valid('param');
      return thenShow(recordConsent(call, id, c.req.valid('json')), showing(call), id);
    }),
  )
  .openapi(withdraw, (c) =>
    answer(c, 'person.consent.write', 200, (call) => {
      const { id, consentId } = c.req.valid('param');
      return thenShow(withdrawConsent(call, id, consentId, c.req.valid('json').withdrawnOn), showing(call), id);
    }),
  )
  .openapi(exportData, (c) =>
    answer(c, 'person.export', 200, async (call) => {
      const exported = await exportOf(call, c.req.valid('param').id);
      if (exported.ok)
        c.header('content-disposition', `attachment; filename="person-${exported.value.person.id}.json"`);
      return exported;
    }),
  )
  .openapi(exportDocument, (c) =>
    answerBody(
      c,
      'person.export',
      (call) => exportOf(call, c.req.valid('param').id),
      async (exported) =>
        c.body(new Uint8Array(await renderPersonExportPdf(exported, c.get('locale') ?? 'zh-CN')), 200, {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="person-${exported.person.id}.pdf"`,
          'cache-control': 'private, no-store',
        }),
    ),
  )
  .openapi(erase, (c) =>
    answer(c, 'person.erase', 200, (call) =>
      thenShow(erasePerson(call, c.req.valid('param').id, whenPersonErased), showing(call)),
    ),
  )
  .openapi(merge, (c) =>
    answer(c, 'person.merge', 200, (call) =>
      thenShow(mergePeople(call, c.req.valid('param').id, c.req.valid('json').mergeId), showing(call)),
    ),
  );
