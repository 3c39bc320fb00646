import { defaultMeetingTypes } from '@seedbed/core';
import { publicPageRoutes } from '@seedbed/server';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { postForm, todaysActivity } from '../support/forms';
import { countWrites, fingerprintOf } from '../support/fuzz/fingerprint';
import { grantRoundInput } from '../support/grant-rounds';

/**
 * The fuzz suite for the server-rendered public pages (/s/{code}, /v/{code}, /r/{code}), which are outside
 * the OpenAPI document that tests/api/fuzz.test.ts walks. Their forms are posted by browsers as
 * application/x-www-form-urlencoded, so their malformed input is of that kind: escapes that do
 * not decode or decode to a NUL or half a character, repeated and bracketed fields, a field far
 * too long, whole bodies of another type, odd codes in the path. Each answer must be a page below
 * 500, and a refusal (4xx) must have written nothing (support/fuzz/fingerprint.ts). Every route of
 * `publicPageRoutes()` must have a base form here, so a new page joins the day it is added.
 */
const api = await startTestApi();
const database = new pg.Client({ connectionString: api.url });
await database.connect();
await countWrites(database);
const leader = await api.as('leader');
const ids = await demoIds(api.db);
const { code } = await todaysActivity(leader, ids.organizationId, '表单模糊测试', 200);
// A micro-grant round in its 公示 on the tests' today, for /r/{code}'s objection form.
const staff = await api.as('staff');
const place = { streetId: ids.mainStreetId, communityId: ids.officialCommunityId };
const round = (await staff.post('/api/grant-rounds', await grantRoundInput(api.db, place))).body as {
  id: string;
  code: string;
};
await staff.post(`/api/grant-rounds/${round.id}/publish`);
// A vote of the team's members, for /b/{code}: one slip for the base ballot, another for the page.
const meeting = (
  await leader.post('/api/meetings', {
    typeId: defaultMeetingTypes.find((t) => t.key === 'forum')!.id,
    communityId: ids.homeCommunityId,
    title: '表单模糊测试的会',
    heldOn: '2026-06-30',
  })
).body as { id: string };
const opened = await leader.post(`/api/meetings/${meeting.id}/votes`, {
  question: '同意吗？',
  kind: 'motion',
  eligibility: 'organization_members',
  eligibilityId: ids.organizationId,
});
const slips = (await leader.get(`/api/votes/${opened.body.votes[0].id}/slips`)).body.slips as { code: string }[];
const slipCode = slips[0]!.code;
/** Each page's code: an activity's for /s/ and /v/, a published round's for /r/, a ballot slip's for /b/. */
const codeFor = (path: string) => (path.startsWith('/r/') ? round.code : path.startsWith('/b/') ? slipCode : code);
afterAll(async () => {
  await database.end();
  await api.close();
});

type Fields = Record<string, string>;

/** Valid forms per route, each as a browser sends it: what the mutants break one field at a time. */
const bases: Record<string, () => Promise<Fields[]>> = {
  'POST /s/{code}': async (): Promise<Fields[]> => [
    { name: '模糊居民', phone: '13700000001', consent: 'yes' },
    { name: '模糊小朋友', child: 'yes', guardian: 'yes', consent: 'yes' },
  ],
  'POST /v/{code}': async () => {
    const signIn = { action: 'sign-in', name: '模糊志愿者', phone: '13700000002', consent: 'yes' };
    const answer = await postForm(api.anonymous(), `/v/${code}`, signIn);
    const token = /name="token" value="([^"]+)"/.exec(answer.body)?.[1];
    expect(token, 'the volunteer sign-in base gives a sign-out key').toBeDefined();
    return [signIn, { action: 'sign-out', token: token! }];
  },
  // The slip votes once; its mutants then meet a used slip (409) or a choice that is none (400).
  'POST /b/{code}': async (): Promise<Fields[]> => [{ choice: 'for' }],
  'POST /r/{code}': async (): Promise<Fields[]> => [
    { text: '模糊测试的异议' },
    { text: '模糊测试的异议', name: '模糊居民', phone: '13700000003', agree: 'yes' },
  ],
};

/** One field's value replaced by raw (already percent-encoded) text, or the field removed or repeated. */
const fieldBreaks: { kind: string; encoded: (name: string) => string | null }[] = [
  { kind: 'nul', encoded: () => 'a%00b' },
  { kind: 'lone surrogate (CESU-8)', encoded: () => 'a%ED%A0%80b' },
  { kind: 'not UTF-8', encoded: () => '%FF%FE%C0%AF' },
  { kind: 'escape that does not decode', encoded: () => '%ZZ%' },
  { kind: 'very long', encoded: () => 'x'.repeat(100_000) },
  { kind: 'long but under the body limit', encoded: () => '长'.repeat(500) },
  { kind: 'empty', encoded: () => '' },
  { kind: 'missing', encoded: () => null },
  { kind: 'control characters', encoded: () => '%01%1B%7F' },
];

function encode(fields: Fields, replace?: { name: string; encoded: string | null }): string {
  const parts = Object.entries(fields)
    .filter(([name]) => name !== replace?.name || replace.encoded !== null)
    .map(([name, value]) =>
      name === replace?.name ? `${name}=${replace.encoded}` : `${name}=${encodeURIComponent(value)}`,
    );
  return parts.join('&');
}

/** Every mutant of one base form: each field broken each way, and the shape of the body itself. */
function mutantsOf(fields: Fields): { label: string; body: string; type?: string }[] {
  const mutants: { label: string; body: string; type?: string }[] = [];
  for (const name of Object.keys(fields))
    for (const { kind, encoded } of fieldBreaks)
      mutants.push({ label: `${name} ← ${kind}`, body: encode(fields, { name, encoded: encoded(name) }) });
  const valid = encode(fields);
  mutants.push(
    { label: 'every field repeated with another value', body: `${valid}&${encode(fields).replace(/=[^&]*/g, '=x')}` },
    { label: 'bracketed keys', body: `${valid}&name[]=a&name[b][c]=d&${'a['.repeat(5_000)}=1` },
    { label: 'a key holding a NUL', body: `${valid}&k%00=1` },
    { label: 'unknown fields', body: `${valid}&isChild=true&guardianConsent=true&__proto__=x&constructor=y` },
    { label: 'the whole body as JSON', body: JSON.stringify(fields), type: 'application/json' },
    { label: 'JSON under the form type', body: JSON.stringify(fields) },
    { label: 'empty body', body: '' },
    { label: 'text/plain', body: valid, type: 'text/plain' },
    {
      label: 'multipart',
      body: `--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--`,
      type: 'multipart/form-data; boundary=b',
    },
    { label: 'with a charset', body: valid, type: 'application/x-www-form-urlencoded; charset=gbk' },
    { label: 'only separators', body: '&&&===&=&' },
  );
  return mutants;
}

/** Paths (and queries) no activity has, or that no route should trip over. */
const pathBreaks = [
  '%00',
  'a%ED%A0%80b',
  '%ZZ',
  'x'.repeat(5_000),
  '..%2F..%2Fetc',
  `${code}?lang=%00`,
  `${code}?lang=${'x'.repeat(5_000)}`,
];

let fingerprint: string | undefined;
/** The answer must be below 500; a refusal must leave the database and files as they were. */
async function expectHarmless(label: string, answer: () => Promise<{ status: number }>, failures: string[]) {
  fingerprint ??= await fingerprintOf(database, api.filesDir);
  const { status } = await answer();
  if (status >= 500) failures.push(`${label}: ${status}`);
  else if (status >= 400) {
    const after = await fingerprintOf(database, api.filesDir);
    if (after !== fingerprint) failures.push(`${label}: ${status} but wrote: ${fingerprint} → ${after}`);
    fingerprint = after;
  } else fingerprint = undefined;
}

const send = (path: string, body: string, type = 'application/x-www-form-urlencoded') =>
  api.anonymous().call('POST', path, body, { 'content-type': type });

describe('the public pages’ forms: malformed input gets a 4xx page, never a 5xx, and a refusal writes nothing', () => {
  for (const route of publicPageRoutes()) {
    it(route, async () => {
      const [method, path] = route.split(' ') as [string, string];
      const failures: string[] = [];
      for (const broken of pathBreaks) {
        const url = path.replace(/\{(code|id)\}/, broken);
        await expectHarmless(
          `path ${broken.slice(0, 40)}`,
          () => (method === 'GET' ? api.request(url) : send(url, 'name=x')),
          failures,
        );
      }
      if (method === 'POST') {
        const base = bases[route];
        expect(base, 'a form route without a base form here: teach fuzz-forms.test.ts').toBeDefined();
        const url = path.replace('{code}', codeFor(path));
        for (const fields of await base!()) {
          const answer = await send(url, encode(fields));
          expect(answer.status, `the base form ${JSON.stringify(fields)} is taken`).toBe(200);
          fingerprint = undefined; // the base may write: compare from after it
          for (const mutant of mutantsOf(fields))
            await expectHarmless(
              `${JSON.stringify(fields).slice(0, 60)} ${mutant.label}`,
              () => send(url, mutant.body, mutant.type),
              failures,
            );
        }
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }

  it('sees a form’s write in its fingerprint (so "nothing written" can fail)', async () => {
    const before = await fingerprintOf(database, api.filesDir);
    expect((await postForm(api.anonymous(), `/s/${code}`, { name: '指纹测试', consent: 'yes' })).status).toBe(200);
    expect(await fingerprintOf(database, api.filesDir)).not.toBe(before);
  });
});
