import { createRandom } from '@seedbed/demo';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi } from '../support/api';
import { chatImportFixture } from '../support/chat-import';
import { demoIds } from '../support/demo-ids';
import { chatFuzzFixtures } from '../support/fuzz/chat-hints';
import { countWrites, fingerprintOf } from '../support/fuzz/fingerprint';
import { fuzzIds } from '../support/fuzz/ids';
import { jsonText } from '../support/fuzz/mutations';
import {
  baseRequest,
  bodyIds,
  type FuzzRequest,
  freshKey,
  mutantsOf,
  type Operation,
  operationsOf,
  pathValues,
  routeOf,
  urlOf,
} from '../support/fuzz/requests';
import { sampleMutants } from '../support/fuzz/sample';
import { proposalContent } from '../support/grant-proposals';
import { makeJpeg, sendFile } from '../support/images';

/**
 * The OpenAPI fuzz suite (issue 14, "bad input never makes a 500"). For every operation of the
 * document that takes input, a valid-looking request is built from its schemas (with real ids of
 * the demo street), and then one field or parameter at a time is replaced by a malformed value of
 * each kind: NUL and lone surrogates, out-of-range dates, unknown and other-street ids, non-ids,
 * huge numbers, wrong types, deep nesting, very long strings, unknown enum values, too many items.
 * Each is sent as admin, whom every action is open to in the whole deployment (so nothing is stopped
 * by role or scope before the input is read; a base request answered 401/403 fails the route), or
 * anonymously on a public route. The answer must not be a 5xx, and a refused (4xx) request must
 * have written nothing (support/fuzz/fingerprint.ts says what that means and why it holds on both
 * databases).
 *
 * A route the suite cannot build a valid-looking request for fails, with what to teach
 * support/fuzz: so a new route joins the suite the day it is added.
 *
 * Sampled with a fixed seed to stay quick on CI's 2 cores: every kind and every query, path and
 * header parameter at least once per operation, ~14 breaks in all. `SEEDBED_FUZZ_BUDGET=all` (every
 * break: ~2 minutes) or a number per operation, and `SEEDBED_FUZZ_SEED`, run more or others.
 */
const seed = Number(process.env.SEEDBED_FUZZ_SEED ?? 14);
const budgetSetting = process.env.SEEDBED_FUZZ_BUDGET ?? '14';
const budget = budgetSetting === 'all' ? Number.POSITIVE_INFINITY : Number(budgetSetting);

/** Operations left out, each with the reason; the last test keeps this list honest. */
const notFuzzed: Record<string, string> = {
  'POST /api/auth/logout': 'takes no input, and would end the session the suite runs in',
};

/**
 * Writes whose base request removes or merges what later operations use: they run last.
 */
const destructive = /\/(erase|merge|archive|unpublish|end|withdraw)$|^DELETE /;

const api = await startTestApi();
const database = new pg.Client({ connectionString: api.url });
await database.connect();
await countWrites(database);
const ids = fuzzIds(database, await demoIds(api.db));
const admin = await api.as('admin');
const leader = await api.as('leader');
const photo = await makeJpeg(64, 48);
await madeFixtures();
const document = (await api.anonymous().get('/api/openapi.json')).body;
const operations = operationsOf(document)
  .filter((operation) => operation.parameters.length || operation.body)
  .filter((operation) => !notFuzzed[routeOf(operation)]);
afterAll(async () => {
  await database.end();
  await api.close();
});

/**
 * Records the demo street has none of, made the way a user makes them: an invite, a password reset,
 * and a photo of an activity of the main organization (for the code and media routes).
 */
async function madeFixtures() {
  const main = await demoIds(api.db);
  const invite = await admin.post('/api/invites', { organizationId: main.organizationId, displayName: '测试队员' });
  const reset = await admin.post('/api/password-resets', { login: 'member' });
  const activity = await ids.of('activities', false);
  const uploaded = await sendFile(admin, 'POST', `/api/activities/${activity?.id}/photos`, photo, 'image/jpeg');
  expect([invite.status, reset.status, uploaded.status]).toEqual([201, 201, 201]);
  await grantMoneyFixtures(main.organizationId);
  await chatFuzzFixtures(api.db, main);
  // Chat groups with an agreement and an import (issue 19), in both streets: the demo has none yet.
  await chatImportFixture(api.db, { streetId: main.mainStreetId, organizationId: main.organizationId });
  await chatImportFixture(api.db, { streetId: main.otherStreetId, organizationId: main.otherOrganizationId });
  ids.inviteCode = invite.body.code;
  ids.resetCode = reset.body.code;
}

/**
 * Public routes are called anonymously, as residents call them — also because two of them sign in
 * (logging in, accepting an invite) and would replace admin's session with another account's.
 */
const publicRoute =
  /^\/api\/(auth\/login|invites\/\{code\}|password-resets\/\{code\}|sign-in\/\{code\}|volunteer\/\{code\}|public\/)/;
/**
 * Actions no admin holds, sent as the demo account whose role does: only the team writes its
 * proposals and answers comments on them (core's 'grants.proposal.write'); only the residents'
 * committee's official endorses one; only the team claims its reimbursements ('grants.claim.submit')
 * and writes its closing words ('grants.closing.write'); only the team's leader starts its
 * service-model card ('organization.service_model.start').
 */
const onlyFor: [RegExp, Client][] = [
  [/^POST \/api\/grant-proposals\/\{id\}\/endorsement$/, await api.as('official')],
  [/^(POST|PUT) \/api\/grant-proposals(\/\{id\}(\/(submit|withdraw|adult-signature|attachments))?)?$/, leader],
  // The team adds and removes its proposal's attachments 附件 ('grants.proposal.write').
  [/^DELETE \/api\/grant-proposal-attachments\/\{id\}$/, leader],
  [/^POST \/api\/grant-proposal-comments\/\{id\}\/response$/, leader],
  // A reviewer's own sheet and conflicts ('grants.review.write'): the demo expert, whose rows ids.ts finds.
  [/^(GET|PUT) \/api\/grant-review-assignments|^POST \/api\/grant-reviewers/, await api.as('expert')],
  // A team reads its own released scores ('grants.review.read_released').
  [/^GET \/api\/grant-proposals\/\{id\}\/scores$/, leader],
  [
    /^(POST \/api\/grant-agreements\/\{id\}\/claims|PUT \/api\/grant-claims\/\{id\}|POST \/api\/grant-claims\/\{id\}\/receipts)$/,
    leader,
  ],
  // Only the team writes its closing words ('grants.closing.write').
  [/^PUT \/api\/grant-agreements\/\{id\}\/closing-words$/, leader],
  // Only the team's leader chooses to start its service-model card ('organization.service_model.start').
  [/^POST \/api\/organizations\/\{id\}\/service-model$/, leader],
  // 四维评估: the team fills its own sheets ('evaluation.team.write'), the expert theirs ('evaluation.expert.write').
  [/^PUT \/api\/evaluation-campaigns\/\{id\}\/team-sheet$/, leader],
  [/^PUT \/api\/evaluation-campaigns\/\{id\}\/expert-sheet$/, await api.as('expert')],
  // A team reads its own released results ('evaluation.team.read'); officials the released table.
  [/^GET \/api\/organizations\/\{id\}\/evaluation-results$/, leader],
  [/^GET \/api\/evaluation-campaigns\/\{id\}\/released-table$/, await api.as('street')],
];
/**
 * The order the routes run in: those sent as a demo team's or official's account first — other
 * routes, sent as admin, may hand the team's leadership over or change its members, and the leader
 * would then no longer hold the action — and the destructive ones last.
 */
const runOrder = (operation: Operation) =>
  destructive.test(routeOf(operation)) ? 2 : onlyFor.some(([route]) => route.test(routeOf(operation))) ? 0 : 1;
operations.sort((a, b) => runOrder(a) - runOrder(b));
const callerOf = (operation: Operation) =>
  publicRoute.test(operation.path)
    ? api.anonymous()
    : (onlyFor.find(([route]) => route.test(routeOf(operation)))?.[1] ?? admin);

let calls = 0;
async function send(client: Client, operation: Operation, request: FuzzRequest) {
  calls += 1;
  const headers = { ...request.headers };
  // A fresh key each time: a repeated key would answer with the first result and hide the input.
  if (headers['idempotency-key'] === freshKey) headers['idempotency-key'] = `fuzz-${String(calls).padStart(8, '0')}`;
  const body =
    operation.method === 'GET'
      ? undefined
      : typeof request.body === 'string'
        ? request.body
        : jsonText(request.body ?? {});
  if (request.body instanceof Uint8Array)
    return sendFile(
      client,
      operation.method,
      urlOf(operation, request),
      request.body,
      headers['content-type']!,
      headers,
    );
  return client.call(operation.method, urlOf(operation, request), body, headers);
}

const isInvalid = (answer: { status: number; body: any }) =>
  answer.status === 400 && answer.body?.code === 'request.invalid';

/**
 * The base requests: one with every optional field and one with the required ones only, each kept
 * if the schemas accept it. Both, because optional fields change the path through a store: an
 * activity's place decides its community, so an unknown `communityId` reached the database only
 * when no place was given.
 */
async function buildBases(operation: Operation) {
  const path = await pathValues(operation, ids);
  if (!path) return { problem: `a path parameter of ${operation.path} names nothing support/fuzz/ids.ts knows` };
  const found =
    operation.body && 'json' in operation.body
      ? await bodyIds(operation.body.json, routeOf(operation), ids)
      : undefined;
  const idFor = (field: string) => found?.main.get(field);
  const bases: { label: string; request: FuzzRequest }[] = [];
  let refusal = '';
  for (const requiredOnly of [false, true]) {
    const request = baseRequest(operation, path, idFor, requiredOnly, photo);
    if (bases.some((base) => JSON.stringify(base.request) === JSON.stringify(request))) continue;
    const answer = await send(callerOf(operation), operation, request);
    if (answer.status >= 500) return { problem: `the valid-looking request answered ${answer.status}` };
    // Public routes answer their own 401 (a wrong password); elsewhere it means the wrong caller.
    if ((answer.status === 401 || answer.status === 403) && !publicRoute.test(operation.path))
      return {
        problem: `the caller is not permitted (${answer.status} ${answer.body?.code}): mutants would test only that`,
      };
    if (isInvalid(answer)) refusal = JSON.stringify(answer.body).slice(0, 400);
    else bases.push({ label: requiredOnly ? 'required only, ' : '', request });
  }
  if (!bases.length) return { problem: `the valid-looking request is refused: ${refusal}` };
  return { bases, foreignFor: (field: string) => found?.foreign.get(field) };
}

/**
 * The main team's grant (the demo's agreement of its approved proposal in round two), with a claim
 * and its receipt from the leader: the leader sends the team's claim writes.
 */
async function grantMoneyFixtures(organizationId: string) {
  const agreement = await api.db
    .selectFrom('grant_agreements')
    .select(['id', 'lines'])
    .where('organization_id', '=', organizationId)
    .where('closed_at', 'is', null)
    .executeTakeFirstOrThrow();
  const claim = await leader.post(`/api/grant-agreements/${agreement.id}/claims`, {
    lineKey: (agreement.lines as { key: string }[])[0]?.key,
    amountFen: 100,
    spentOn: '2026-06-28',
    description: '花苗',
    advancedByName: '王阿姨',
  });
  const receipt = await sendFile(leader, 'POST', `/api/grant-claims/${claim.body.id}/receipts`, photo, 'image/jpeg');
  expect([claim.status, receipt.status]).toEqual([201, 201]);
  await proposalAttachmentFixture(organizationId);
}

/**
 * A photo on a draft of the main team (the demo's proposals are decided and take none), for the routes
 * of one attachment; ids.ts finds it by its proposal's team. The draft's id sorts last, so the
 * proposal the other routes are sent to (the team's first by id) stays the demo's.
 */
async function proposalAttachmentFixture(organizationId: string) {
  const openRound = await api.db
    .selectFrom('grant_rounds')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('ends_on', 'desc')
    .executeTakeFirstOrThrow();
  const draft = await leader.post('/api/grant-proposals', {
    id: 'ffffffff-ffff-4fff-bfff-ffffffffffff',
    roundId: openRound.id,
    organizationId,
    content: await proposalContent(api.db),
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  const attached = await sendFile(
    leader,
    'POST',
    `/api/grant-proposals/${draft.body.id}/attachments`,
    photo,
    'image/jpeg',
  );
  expect(attached.status, JSON.stringify(attached.body)).toBe(201);
}

const random = createRandom(seed);

describe('the OpenAPI fuzz suite: malformed input gets a 4xx, never a 5xx, and a refusal writes nothing', () => {
  for (const operation of operations) {
    it(routeOf(operation), async () => {
      const built = await buildBases(operation);
      expect(built.problem, 'the suite cannot build a request for this route: teach support/fuzz').toBeUndefined();
      if (!built.bases) return;
      const foreignPath = await pathValues(operation, ids, true);
      const all = built.bases.flatMap((base) =>
        mutantsOf(operation, base.request, foreignPath, built.foreignFor).map((mutant) => ({
          ...mutant,
          target: `${base.label}${mutant.target}`,
        })),
      );
      const mutants = sampleMutants(all, budget, random);
      const failures: string[] = [];
      let fingerprint: string | undefined;
      for (const mutant of mutants) {
        fingerprint ??= await fingerprintOf(database, api.filesDir);
        const answer = await send(callerOf(operation), operation, mutant.request);
        const label = `${mutant.target} ← ${mutant.kind}: ${answer.status}`;
        if (answer.status >= 500) failures.push(`${label} ${JSON.stringify(answer.body).slice(0, 200)}`);
        else if (answer.status >= 400) {
          const after = await fingerprintOf(database, api.filesDir);
          if (after !== fingerprint) failures.push(`${label} but wrote: ${fingerprint} → ${after}`);
          fingerprint = after;
        } else fingerprint = undefined;
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  it('sees a write, and only a write, in its fingerprint (so "nothing written" can fail)', async () => {
    const main = await demoIds(api.db);
    const before = await fingerprintOf(database, api.filesDir);
    expect((await admin.get(`/api/organizations/${main.organizationId}`)).status).toBe(200);
    expect(await fingerprintOf(database, api.filesDir)).toBe(before);
    const edited = await admin.patch(`/api/organizations/${main.organizationId}`, { meetingPlace: '活动室 fuzz' });
    expect(edited.status).toBe(200);
    expect(await fingerprintOf(database, api.filesDir)).not.toBe(before);
  });

  it('leaves out only operations that still exist, each with its reason', () => {
    const documented = new Set(operationsOf(document).map(routeOf));
    expect(Object.keys(notFuzzed).filter((route) => !documented.has(route))).toEqual([]);
  });
});
