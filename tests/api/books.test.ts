import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { makeJpeg, sendFile } from '../support/images';
import { testToday } from '../support/template';

/**
 * A team's own cash book 账本 (issue 17): the treasurer 财务 of 夕阳红舞蹈队 keeps it, its members read the
 * statement (财务公开), staff coach it and take the sheet, and the book passes on by a handover both
 * sides confirm.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let treasurer: Client;
let member: Client;
let staff: Client;
let book: string;

const roleOf = async (personId: string) =>
  (
    await api.db
      .selectFrom('organization_members')
      .select('role')
      .where('organization_id', '=', ids.organizationId)
      .where('person_id', '=', personId)
      .where('left_on', 'is', null)
      .executeTakeFirstOrThrow()
  ).role;

const personOf = async (username: string) =>
  (await api.db.selectFrom('users').select('person_id').where('username', '=', username).executeTakeFirstOrThrow())
    .person_id as string;

const balance = async () => (await treasurer.get(book)).body.balanceFen as number;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [treasurer, member, staff] = await Promise.all([api.as('treasurer'), api.as('member'), api.as('staff')]);
  book = `/api/organizations/${ids.organizationId}/books`;
});
afterAll(() => api.close());

describe('the treasurer keeps the book', () => {
  it('records income and an expense, and the balance runs with them', async () => {
    const before = await balance();
    const income = await treasurer.post(`${book}/entries`, {
      direction: 'income',
      source: 'community_fund',
      amountFen: 100000,
      occurredOn: testToday,
      note: '社区共建资金 12 月',
    });
    expect(income.status).toBe(201);
    expect(income.body.balanceFen).toBe(before + 100000);
    const expense = await treasurer.post(`${book}/entries`, {
      direction: 'expense',
      category: 'activity_supplies',
      amountFen: 1250,
      occurredOn: testToday,
    });
    expect(expense.status).toBe(201);
    expect(expense.body.balanceFen).toBe(before + 98750);
    const [newest, previous] = expense.body.entries;
    expect(newest).toMatchObject({ direction: 'expense', category: 'activity_supplies', amountFen: 1250 });
    expect(newest.balanceFen).toBe(previous.balanceFen - 1250);
  });

  it('refuses an expense the cash does not cover, and writes nothing', async () => {
    const before = await balance();
    const refused = await treasurer.post(`${book}/entries`, {
      direction: 'expense',
      category: 'venue',
      amountFen: before + 1,
      occurredOn: testToday,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('books.balance_negative');
    expect(await balance()).toBe(before);
  });

  it('corrects by a reversing entry with its reason, once, and audits it', async () => {
    const before = await balance();
    const mistaken = await treasurer.post(`${book}/entries`, {
      direction: 'income',
      source: 'donation',
      amountFen: 99900,
      occurredOn: testToday,
    });
    const entryId = mistaken.body.entries[0].id as string;
    const reversed = await treasurer.post(`${book}/entries/${entryId}/reverse`, { reason: '多写了一个 9' });
    expect(reversed.status).toBe(201);
    expect(reversed.body.balanceFen).toBe(before);
    const original = reversed.body.entries.find((e: { id: string }) => e.id === entryId);
    expect(original.reversedById).toBe(reversed.body.entries[0].id);
    expect(reversed.body.entries[0]).toMatchObject({
      amountFen: -99900,
      reversesId: entryId,
      reversalReason: '多写了一个 9',
    });
    const again = await treasurer.post(`${book}/entries/${entryId}/reverse`, { reason: '再来一次' });
    expect(again.body.code).toBe('books.already_reversed');
    const audit = await api.db
      .selectFrom('audit_log')
      .select('action')
      .where('table_name', '=', 'cash_entries')
      .where('action', '=', 'books.entry_reversed')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('shows a member the statement of the month: by source, by category, and it balances', async () => {
    const month = testToday.slice(0, 7);
    const statement = await member.get(`${book}/statement?from=${month}-01&to=${testToday}`);
    expect(statement.status).toBe(200);
    const s = statement.body;
    expect(s.incomeBySource.community_fund).toBeGreaterThanOrEqual(100000);
    expect(s.expenseByCategory.activity_supplies).toBeGreaterThanOrEqual(1250);
    expect(s.openingFen + s.incomeFen - s.expenseFen).toBe(s.closingFen);
    expect(s.closingFen).toBe(await balance());
  });

  it('takes a receipt photo through the photo pipeline and serves it to the team', async () => {
    const entryId = (await treasurer.get(book)).body.entries.find(
      (e: { direction: string }) => e.direction === 'expense',
    ).id as string;
    const photo = await makeJpeg(800, 600, { gps: true });
    const sent = await sendFile(treasurer, 'POST', `${book}/entries/${entryId}/receipts`, photo, 'image/jpeg');
    expect(sent.status).toBe(201);
    const retried = await sendFile(treasurer, 'POST', `${book}/entries/${entryId}/receipts`, photo, 'image/jpeg');
    expect(retried.status).toBe(200);
    expect(retried.body.id).toBe(sent.body.id);
    const seen = await member.get(`${book}/receipts/${sent.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.headers.get('content-type')).toBe('image/jpeg');
    const listed = (await member.get(book)).body.entries.find((e: { id: string }) => e.id === entryId);
    expect(listed.receiptIds).toEqual([sent.body.id]);
  });
});

describe('who may write', () => {
  it('a member reads the book but cannot write in it', async () => {
    expect((await member.get(book)).status).toBe(200);
    const refused = await member.post(`${book}/entries`, {
      direction: 'income',
      source: 'donation',
      amountFen: 100,
      occurredOn: testToday,
    });
    expect(refused.status).toBe(403);
  });

  it('another team’s treasurer-to-be (its leader) cannot touch this book', async () => {
    const other = await api.as('leader2');
    expect((await other.get(book)).status).toBe(403);
    const refused = await other.post(`${book}/entries`, {
      direction: 'income',
      source: 'donation',
      amountFen: 100,
      occurredOn: testToday,
    });
    expect(refused.status).toBe(403);
  });
});

describe('the staff’s sheet', () => {
  it('parses back with money as yuan, two decimals, from fen', async () => {
    const sheet = await staff.get(`${book}.xlsx`);
    expect(sheet.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.bytes.buffer.slice(sheet.bytes.byteOffset) as ArrayBuffer);
    const rows = workbook.worksheets[0]?.getSheetValues().slice(2) as unknown[][];
    const amounts = rows.map((row) => row[4]);
    expect(amounts).toContain('1000.00');
    expect(amounts).toContain('12.50');
    expect(amounts).toContain('-999.00');
    const last = rows.at(-1) as unknown[];
    expect(last[5]).toBe(((await balance()) / 100).toFixed(2));
    expect((await member.get(`${book}.xlsx`)).status).toBe(403);
  });
});

describe('the treasurer handover 交接', () => {
  it('moves the role only when both sides have confirmed the balance', async () => {
    const outgoing = await personOf('treasurer');
    const incoming = await personOf('member');
    const started = await treasurer.post(`${book}/handovers`, { toPersonId: incoming });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ fromPersonId: outgoing, toPersonId: incoming, balanceFen: await balance() });
    const confirm = `${book}/handovers/${started.body.id}/confirm`;

    // Nobody confirms another's side.
    expect((await member.post(confirm, { side: 'outgoing' })).body.code).toBe('books.handover_not_yours');
    const first = await treasurer.post(confirm, { side: 'outgoing' });
    expect(first.status).toBe(200);
    expect(first.body.completedAt).toBeNull();
    expect(await roleOf(incoming)).toBe('member');

    const second = await member.post(confirm, { side: 'incoming' });
    expect(second.status).toBe(200);
    expect(second.body.completedAt).not.toBeNull();
    expect(await roleOf(incoming)).toBe('treasurer');
    expect(await roleOf(outgoing)).toBe('member');
    // The account follows the team role: the new treasurer writes, the former one no longer does.
    const write = { direction: 'income', source: 'membership_fee', amountFen: 500, occurredOn: testToday };
    expect((await member.post(`${book}/entries`, write)).status).toBe(201);
    expect((await treasurer.post(`${book}/entries`, write)).status).toBe(403);
  });

  it('a second confirmation that fails midway leaves the handover and the roles as they were', async () => {
    const keeper = await personOf('member');
    const next = await personOf('treasurer');
    const started = await member.post(`${book}/handovers`, { toPersonId: next });
    const confirm = `${book}/handovers/${started.body.id}/confirm`;
    expect((await member.post(confirm, { side: 'outgoing' })).status).toBe(200);
    const restore = await failWritesTo(api.db, 'organization_members', 'update');
    try {
      expect((await treasurer.post(confirm, { side: 'incoming' })).status).toBe(500);
    } finally {
      await restore();
    }
    const row = await api.db
      .selectFrom('treasurer_handovers')
      .selectAll()
      .where('id', '=', started.body.id)
      .executeTakeFirstOrThrow();
    expect(row.to_confirmed_at).toBeNull();
    expect(row.completed_at).toBeNull();
    expect(await roleOf(keeper)).toBe('treasurer');
    expect(await roleOf(next)).toBe('member');
    // Once the fault is gone the same confirmation completes it.
    expect((await treasurer.post(confirm, { side: 'incoming' })).body.completedAt).not.toBeNull();
    expect(await roleOf(next)).toBe('treasurer');
  });

  it('refuses a confirmation once the book changed after the start', async () => {
    const started = await treasurer.post(`${book}/handovers`, { toPersonId: await personOf('member') });
    await treasurer.post(`${book}/entries`, {
      direction: 'income',
      source: 'donation',
      amountFen: 100,
      occurredOn: testToday,
    });
    const refused = await treasurer.post(`${book}/handovers/${started.body.id}/confirm`, { side: 'outgoing' });
    expect(refused.body.code).toBe('books.handover_balance_changed');
  });
});

describe('the stage criteria read the book', () => {
  it('own account and own money are measured, not ticked', async () => {
    const overview = await staff.get(`/api/organizations/${ids.organizationId}/stages`);
    expect(overview.status).toBe(200);
    const criteria = overview.body.stages.flatMap((s: { criteria: { id: string }[] }) => s.criteria);
    const ownAccount = criteria.find((c: { id: string }) => c.id === 'own_account');
    const ownMoney = criteria.find((c: { id: string }) => c.id === 'own_fundraising');
    if (ownAccount) expect(ownAccount.status).toBe('met');
    if (ownMoney) expect(ownMoney.status).toBe('met');
    expect(overview.body.facts.keepsOwnBook).toBe(true);
    expect(overview.body.facts.ownIncomeLast12MonthsFen).toBeGreaterThan(0);
  });
});
