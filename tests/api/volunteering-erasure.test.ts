import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

/**
 * Erasure (PIPL art. 47) reaches the volunteer records: the demo member has hours and a
 * certificate; after erasure their name is gone from all of them, and the minutes and the
 * certificate number stay, so the organization's totals and numbering remain whole.
 */
describe('erasing a volunteer', () => {
  it('removes the name from hours, sign-ins and certificate snapshots, keeping minutes and numbers', async () => {
    const account = await api.db
      .selectFrom('users')
      .select('person_id')
      .where('username', '=', 'member')
      .executeTakeFirstOrThrow();
    const personId = account.person_id as string;
    const person = await api.db
      .selectFrom('people')
      .select('name')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const hoursBefore = await api.db
      .selectFrom('volunteer_hours')
      .select(['id', 'minutes'])
      .where('person_id', '=', personId)
      .orderBy('id')
      .execute();
    const certificatesBefore = await api.db
      .selectFrom('volunteer_certificates')
      .select(['id', 'number'])
      .where('person_id', '=', personId)
      .execute();
    expect(hoursBefore.length).toBeGreaterThan(0);
    expect(certificatesBefore.length).toBeGreaterThan(0);

    const staff = await api.as('staff');
    expect((await staff.post(`/api/people/${personId}/erase`)).status).toBe(200);

    const hoursAfter = await api.db
      .selectFrom('volunteer_hours')
      .select(['id', 'minutes', 'volunteer_name'])
      .where('person_id', '=', personId)
      .orderBy('id')
      .execute();
    expect(hoursAfter.map(({ id, minutes }) => ({ id, minutes }))).toEqual(hoursBefore);
    expect(hoursAfter.every((h) => h.volunteer_name !== person.name)).toBe(true);
    const certificatesAfter = await api.db
      .selectFrom('volunteer_certificates')
      .select(['id', 'number', 'snapshot'])
      .where('person_id', '=', personId)
      .execute();
    expect(certificatesAfter.map(({ id, number }) => ({ id, number }))).toEqual(certificatesBefore);
    for (const certificate of certificatesAfter)
      expect(JSON.stringify(certificate.snapshot)).not.toContain(person.name);
    const attendances = await api.db
      .selectFrom('volunteer_attendances')
      .select(['name', 'phone'])
      .where('person_id', '=', personId)
      .execute();
    for (const attendance of attendances) expect(attendance).toMatchObject({ phone: null });
    expect(attendances.every((a) => a.name !== person.name)).toBe(true);
  });
});
