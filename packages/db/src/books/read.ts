import {
  type CashBook,
  type CashEntry,
  fail,
  ok,
  type Result,
  type Statement,
  type StatementQuery,
  statementOf,
  type TreasurerHandover,
} from '@seedbed/core';
import type { Kysely, Transaction } from 'kysely';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import type { Database } from '../tables';
import { entriesWithBalance, entryRowsOf, lineOf } from './lines';

type Reader = Pick<StoreContext, 'db' | 'scope'>;
type Db = Kysely<Database> | Transaction<Database>;

/** The team's book: balance, entries newest first with the balance after each, treasurer, open handover. */
export async function findCashBook(call: Reader, organizationId: string): Promise<Result<CashBook>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const entries = await entriesWithBalance(call.db, await entryRowsOf(call.db, organizationId));
  return ok({
    organizationId,
    balanceFen: entries.at(-1)?.balanceFen ?? 0,
    entries: entries.reverse(),
    treasurerPersonId: await treasurerOf(call.db, organizationId),
    openHandover: await openHandoverOf(call.db, organizationId),
  });
}

/** Every entry in book order (oldest first), for the staff's sheet. */
export async function findCashEntriesForExport(
  call: Reader,
  organizationId: string,
): Promise<Result<{ organizationName: string; entries: CashEntry[] }>> {
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const entries = await entriesWithBalance(call.db, await entryRowsOf(call.db, organizationId));
  return ok({ organizationName: organization.value.name, entries });
}

/** A period's statement (财务公开): what members open on their phones. */
export async function findStatement(
  call: Reader,
  organizationId: string,
  period: StatementQuery,
): Promise<Result<Statement>> {
  if (period.from > period.to) return fail('books.period_order');
  const organization = await findInScope(call, 'organizations', organizationId);
  if (!organization.ok) return organization;
  const lines = (await entryRowsOf(call.db, organizationId)).map(lineOf);
  return ok(statementOf(lines, period.from, period.to));
}

/** The current member whose role in the team is treasurer 财务, if any. */
export async function treasurerOf(db: Db, organizationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('organization_members')
    .select('person_id')
    .where('organization_id', '=', organizationId)
    .where('role', '=', 'treasurer')
    .where('left_on', 'is', null)
    .orderBy('joined_on')
    .executeTakeFirst();
  return row?.person_id ?? null;
}

export async function openHandoverOf(db: Db, organizationId: string): Promise<TreasurerHandover | null> {
  const row = await handoverQuery(db)
    .where('h.organization_id', '=', organizationId)
    .where('h.completed_at', 'is', null)
    .where('h.cancelled_at', 'is', null)
    .executeTakeFirst();
  return row ? handoverOf(row) : null;
}

export function handoverQuery(db: Db) {
  return db
    .selectFrom('treasurer_handovers as h')
    .innerJoin('people as incoming', 'incoming.id', 'h.to_person_id')
    .leftJoin('people as outgoing', 'outgoing.id', 'h.from_person_id')
    .selectAll('h')
    .select(['incoming.name as to_name', 'outgoing.name as from_name']);
}

type HandoverRow = Awaited<ReturnType<ReturnType<typeof handoverQuery>['executeTakeFirstOrThrow']>>;

const instant = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

export function handoverOf(row: HandoverRow): TreasurerHandover {
  return {
    id: row.id,
    organizationId: row.organization_id,
    fromPersonId: row.from_person_id,
    fromName: row.from_name,
    toPersonId: row.to_person_id,
    toName: row.to_name,
    balanceFen: Number(row.balance_fen),
    fromConfirmedAt: instant(row.from_confirmed_at),
    toConfirmedAt: instant(row.to_confirmed_at),
    completedAt: instant(row.completed_at),
    startedAt: new Date(row.started_at).toISOString(),
  };
}
