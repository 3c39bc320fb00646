import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

/**
 * A person's erasure reaches the objections they raised on a round's public page /r/{code}, found
 * by their phone or — on one left without a phone — by their name; a namesake's objection, left
 * with another phone, keeps its contact.
 */
let api: TestApi;
let staff: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  staff = await api.as('staff');
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

describe('erasing a person who raised objections', () => {
  it('clears their phone’s and their phoneless objections, not a namesake’s', async () => {
    const person = await api.db
      .selectFrom('people')
      .select(['id', 'name', 'phone'])
      .where('street_id', '=', ids.mainStreetId)
      .where('phone', 'is not', null)
      .where('erased_at', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const round = await api.db
      .selectFrom('grant_rounds')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .executeTakeFirstOrThrow();
    const object = async (name: string, phone: string | null) => {
      const id = randomUUID();
      await api.db
        .insertInto('grant_round_objections')
        .values({
          id,
          street_id: ids.mainStreetId,
          round_id: round.id,
          text: '评分表能公开吗？',
          name,
          phone,
          consent: true,
          raised_at: new Date('2026-06-29T11:00:00Z'),
        })
        .execute();
      return id;
    };
    const own = await object(person.name, person.phone);
    const phoneless = await object(person.name, null);
    const namesake = await object(person.name, '13900000001');

    const exported = JSON.stringify((await staff.get(`/api/people/${person.id}/export`)).body);
    expect([exported.includes(own), exported.includes(phoneless), exported.includes(namesake)]).toEqual([
      true,
      true,
      false,
    ]);
    expect((await staff.post(`/api/people/${person.id}/erase`)).status).toBe(200);
    const rows = await api.db
      .selectFrom('grant_round_objections')
      .select(['id', 'name', 'phone'])
      .where('id', 'in', [own, phoneless, namesake])
      .execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(own)).toMatchObject({ name: null, phone: null });
    expect(byId.get(phoneless)).toMatchObject({ name: null, phone: null });
    expect(byId.get(namesake)).toMatchObject({ name: person.name, phone: '13900000001' });
  });
});
