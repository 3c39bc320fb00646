import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { postLinkedEntry } from '@seedbed/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { makeJpeg, sendFile } from '../support/images';
import { testToday } from '../support/template';

/**
 * The book's writes of more than one step complete or leave no trace (issue 17): a handover that
 * replaces an open one, and a receipt whose files are written before its row. (The second
 * confirmation of a handover, which moves the role, is broken midway in books.test.ts.) And money
 * another capability posts (a grant's payment) appears in the book once.
 */
let api: TestApi;
let treasurer: Client;
let book: string;
let organizationId: string;

const personOf = async (username: string) =>
  (await api.db.selectFrom('users').select('person_id').where('username', '=', username).executeTakeFirstOrThrow())
    .person_id as string;

const storedFiles = () =>
  readdirSync(api.filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

beforeAll(async () => {
  api = await startTestApi();
  const ids = await demoIds(api.db);
  treasurer = await api.as('treasurer');
  organizationId = ids.organizationId;
  book = `/api/organizations/${ids.organizationId}/books`;
});
afterAll(() => api.close());

describe('a book’s multi-step writes that fail midway', () => {
  it('a new handover that cannot be written leaves the open one open', async () => {
    const open = await treasurer.post(`${book}/handovers`, { toPersonId: await personOf('member') });
    expect(open.status).toBe(201);
    const restore = await failWritesTo(api.db, 'treasurer_handovers', 'insert');
    try {
      const failed = await treasurer.post(`${book}/handovers`, { toPersonId: await personOf('deputy') });
      expect(failed.status).toBe(500);
    } finally {
      await restore();
    }
    const stillOpen = (await treasurer.get(book)).body.openHandover;
    expect(stillOpen?.id).toBe(open.body.id);
  });

  it('a receipt whose row cannot be written leaves no file in the store and no row', async () => {
    const added = await treasurer.post(`${book}/entries`, {
      direction: 'income',
      source: 'donation',
      amountFen: 2000,
      occurredOn: testToday,
    });
    const entryId = added.body.entries[0].id as string;
    const filesBefore = storedFiles();
    const restore = await failWritesTo(api.db, 'cash_entry_receipts', 'insert');
    try {
      const failed = await sendFile(
        treasurer,
        'POST',
        `${book}/entries/${entryId}/receipts`,
        await makeJpeg(640, 480),
        'image/jpeg',
      );
      expect(failed.status).toBe(500);
    } finally {
      await restore();
    }
    expect(storedFiles()).toBe(filesBefore);
    const listed = (await treasurer.get(book)).body.entries.find((e: { id: string }) => e.id === entryId);
    expect(listed.receiptIds).toEqual([]);
  });
});

describe('money another capability posts (a grant’s payment)', () => {
  it('appears in the book once, however often it is posted', async () => {
    const call = {
      db: api.db,
      scope: { kind: 'deployment' as const },
      actor: { userId: null, now: api.clock.now(), displayName: 'grants' },
      today: testToday,
      newId: randomUUID,
    };
    const payment = { kind: 'grant_payment', id: randomUUID() };
    const entry = { direction: 'income' as const, source: 'grant' as const, amountFen: 500000, occurredOn: testToday };
    const before = (await treasurer.get(book)).body.balanceFen as number;
    const first = await postLinkedEntry(call, { organizationId, entry, sourceRef: payment });
    const again = await postLinkedEntry(call, { organizationId, entry, sourceRef: payment });
    expect(first.ok && first.value.created).toBe(true);
    expect(again.ok && !again.value.created && again.value.id === (first.ok && first.value.id)).toBe(true);
    expect((await treasurer.get(book)).body.balanceFen).toBe(before + 500000);
  });
});
