import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { insertPlan } from '../../support/activities';

/** Access rows for the printable PDFs routes (see access-control.test.ts). */

/**
 * One activity of the main organization, made once per database straight in the tables (the rows
 * must not depend on the demo having activities), with its own sign-in code.
 */
const fixtures = new WeakMap<object, Promise<{ activityId: string; code: string; planId: string }>>();

function fixture({ db, ids }: AccessContext) {
  let made = fixtures.get(db);
  if (!made) {
    made = (async () => {
      const activityId = randomUUID();
      const code = 'PRNT2345';
      await db
        .insertInto('activities')
        .values({
          id: activityId,
          street_id: ids.mainStreetId,
          community_id: ids.homeCommunityId,
          run_by: 'organizations',
          title: '打印访问控制活动',
          starts_at: new Date('2026-06-29T01:00:00Z'),
          ends_at: new Date('2026-06-29T03:00:00Z'),
          openness: 'open_to_all',
          organizer_count: 2,
          served_count: 20,
          sign_in_code: code,
          updated_at: new Date('2026-06-29T03:00:00Z'),
        })
        .execute();
      await db
        .insertInto('activity_organizations')
        .values({ activity_id: activityId, organization_id: ids.organizationId, street_id: ids.mainStreetId })
        .execute();
      const planId = await insertPlan(db, ids, {
        title: '打印访问控制预告',
        startsOn: '2026-07-02',
        startTime: '19:00',
        durationMinutes: 60,
        recurrence: { kind: 'weekly', everyWeeks: 1 },
      });
      return { activityId, code, planId };
    })();
    fixtures.set(db, made);
  }
  return made;
}

/** Everyone who may read the main organization's activity may print its sheets; experts read no activities. */
const printers = all(200, { expert: 403, leader2: 403, member2: 403 });

export const documentsAccessRows: AccessRow[] = [
  {
    name: 'print the sign-in sheet of an activity',
    route: 'GET /api/activities/{id}/sign-in-sheet.pdf',
    call: async (c, ctx) => c.get(`/api/activities/${(await fixture(ctx)).activityId}/sign-in-sheet.pdf`),
    expect: printers,
  },
  {
    name: 'print the record sheet of an activity',
    route: 'GET /api/activities/{id}/record-sheet.pdf',
    call: async (c, ctx) => c.get(`/api/activities/${(await fixture(ctx)).activityId}/record-sheet.pdf`),
    expect: printers,
  },
  {
    name: 'print the sign-in sheet of a planned date before it is held (its announcers: asking reserves the code)',
    route: 'GET /api/planned-activities/{id}/occurrences/{date}/sign-in-sheet.pdf',
    call: async (c, ctx) =>
      c.get(`/api/planned-activities/${(await fixture(ctx)).planId}/occurrences/2026-07-09/sign-in-sheet.pdf`),
    expect: all(403, { admin: 200, staff: 200, leader: 200, deputy: 200 }),
  },
  {
    name: 'the sign-in QR code is public',
    route: 'GET /api/sign-in/{code}/qr.svg',
    call: async (c, ctx) => c.get(`/api/sign-in/${(await fixture(ctx)).code}/qr.svg`),
    expect: all(200, { anonymous: 200 }),
  },
  {
    name: 'an unknown sign-in code has no QR code',
    route: 'GET /api/sign-in/{code}/qr.svg',
    call: (c) => c.get('/api/sign-in/ZZZZ2345/qr.svg'),
    expect: all(404, { anonymous: 404 }),
  },
];
