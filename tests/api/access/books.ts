import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { receiptOncePerDatabase } from '../../support/access-receipts';
import type { Client } from '../../support/api';
import { makeJpeg, sendFile } from '../../support/images';

/**
 * Access rows for a team's cash book 账本 (issue 17, see access-control.test.ts): the book of
 * 夕阳红舞蹈队, read by its team, staff and the officials serving it; written by its treasurer 财务
 * (the `treasurer` login's team role) and staff. Handovers name the members on both sides, so the
 * personal-data scan meets the names this capability shows.
 */

const book = (ctx: AccessContext) => `/api/organizations/${ctx.ids.organizationId}/books`;

/** An income straight in the table: each write row has its own entry to act on. */
async function insertIncome(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('cash_entries')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      organization_id: ctx.ids.organizationId,
      direction: 'income',
      source: 'donation',
      category: null,
      amount_fen: 10000n,
      occurred_on: '2026-06-01',
      note: `访问控制 ${ctx.n}`,
      reverses_id: null,
      reversal_reason: null,
      source_ref_kind: null,
      source_ref_id: null,
      recorded_by: null,
      recorded_at: new Date('2026-06-01T02:00:00Z'),
    })
    .execute();
  return id;
}

const personOf = async (ctx: AccessContext, username: string) =>
  (await ctx.db.selectFrom('users').select('person_id').where('username', '=', username).executeTakeFirstOrThrow())
    .person_id as string;

/**
 * An open handover from the treasurer to the member at the book's balance, straight in the table
 * (any open one cancelled): a row confirms only its outgoing side, so the role never moves.
 */
async function insertHandover(ctx: AccessContext): Promise<string> {
  await ctx.db
    .updateTable('treasurer_handovers')
    .set({ cancelled_at: new Date() })
    .where('organization_id', '=', ctx.ids.organizationId)
    .where('completed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
  const { balance } = await ctx.db
    .selectFrom('cash_entries')
    .select(
      sql<string>`coalesce(sum(case when direction = 'income' then amount_fen else -amount_fen end), 0)`.as('balance'),
    )
    .where('organization_id', '=', ctx.ids.organizationId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await ctx.db
    .insertInto('treasurer_handovers')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      organization_id: ctx.ids.organizationId,
      from_person_id: await personOf(ctx, 'treasurer'),
      to_person_id: await personOf(ctx, 'member'),
      balance_fen: BigInt(balance),
      started_by: null,
      started_at: new Date('2026-06-30T01:00:00Z'),
    })
    .execute();
  return id;
}

/** A receipt of an income entry, sent once per database by the admin. */
const sharedReceipt = (client: Client, ctx: AccessContext) =>
  receiptOncePerDatabase(client, ctx, {
    kind: 'book entry',
    sender: 'admin',
    uploadPathOf: async () => `${book(ctx)}/entries/${await insertIncome(ctx)}/receipts`,
  });

/** 财务公开: the team (every team role), staff, and the committee and street it serves. */
const readers = all(403, {
  admin: 200,
  staff: 200,
  assistant: 200,
  leader: 200,
  member: 200,
  official: 200,
  street: 200,
});
/** organization.money.keep: the treasurer by team role, and staff. */
const keepers = (status: number) => all(403, { admin: status, staff: status, treasurer: status });

export const booksAccessRows: AccessRow[] = [
  {
    name: 'the team’s cash book',
    route: 'GET /api/organizations/{id}/books',
    call: (c, ctx) => c.get(book(ctx)),
    expect: readers,
  },
  {
    name: 'a period’s statement (财务公开)',
    route: 'GET /api/organizations/{id}/books/statement',
    call: (c, ctx) => c.get(`${book(ctx)}/statement?from=2026-06-01&to=2026-06-30`),
    expect: readers,
  },
  {
    name: 'record an income in the book',
    route: 'POST /api/organizations/{id}/books/entries',
    call: (c, ctx) =>
      c.post(`${book(ctx)}/entries`, {
        direction: 'income',
        source: 'charity_sale',
        amountFen: 1000 + ctx.n,
        occurredOn: '2026-06-30',
      }),
    expect: keepers(201),
  },
  {
    name: 'reverse an entry with a reason',
    route: 'POST /api/organizations/{id}/books/entries/{entryId}/reverse',
    call: async (c, ctx) => c.post(`${book(ctx)}/entries/${await insertIncome(ctx)}/reverse`, { reason: '记错了' }),
    expect: keepers(201),
  },
  {
    name: 'add a receipt photo to an entry',
    route: 'POST /api/organizations/{id}/books/entries/{entryId}/receipts',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `${book(ctx)}/entries/${await insertIncome(ctx)}/receipts`,
        await makeJpeg(200, 150, { color: { r: ctx.n % 255, g: 90, b: 30 } }),
        'image/jpeg',
      ),
    expect: keepers(201),
  },
  {
    name: 'a receipt photo',
    route: 'GET /api/organizations/{id}/books/receipts/{receiptId}',
    call: async (c, ctx) => c.get(`${book(ctx)}/receipts/${await sharedReceipt(c, ctx)}`),
    expect: readers,
  },
  {
    name: 'the book as an .xlsx (staff)',
    route: 'GET /api/organizations/{id}/books.xlsx',
    call: (c, ctx) => c.get(`${book(ctx)}.xlsx`),
    expect: all(403, { admin: 200, staff: 200 }),
  },
  {
    name: 'start a treasurer handover to a member',
    route: 'POST /api/organizations/{id}/books/handovers',
    call: async (c, ctx) => c.post(`${book(ctx)}/handovers`, { toPersonId: await personOf(ctx, 'deputy') }),
    expect: keepers(201),
  },
  {
    name: 'confirm the outgoing side of a handover (the treasurer, or staff on their behalf)',
    route: 'POST /api/organizations/{id}/books/handovers/{handoverId}/confirm',
    call: async (c, ctx) => c.post(`${book(ctx)}/handovers/${await insertHandover(ctx)}/confirm`, { side: 'outgoing' }),
    expect: all(403, { admin: 200, staff: 200, treasurer: 200 }),
  },
];
