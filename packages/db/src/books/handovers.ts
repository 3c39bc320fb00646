import {
  balanceOf,
  fail,
  type HandoverInput,
  type HandoverSide,
  ok,
  type Result,
  type TreasurerHandover,
} from '@seedbed/core';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { entryRowsOf, lineOf } from './lines';
import { handoverOf, handoverQuery, treasurerOf } from './read';

/**
 * 交接 (seed 000): the book passes from one treasurer 财务 to another, and both confirm the balance
 * the server computed. Only when both have does the team's treasurer role move — in the same
 * transaction as the second confirmation, so the roles and the handover never disagree.
 */

async function currentMembers(tx: TxContext, organizationId: string) {
  return tx.db
    .selectFrom('organization_members')
    .select(['id', 'person_id', 'role'])
    .where('organization_id', '=', organizationId)
    .where('left_on', 'is', null)
    .forUpdate()
    .execute();
}

/**
 * Starts a handover to a current member at today's balance. A handover still open (a side that
 * never confirmed, a book changed since) is cancelled by the new one, audited.
 */
export function startHandover(
  call: StoreContext,
  organizationId: string,
  input: HandoverInput,
): Promise<Result<TreasurerHandover>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', organizationId, { forUpdate: true });
    if (!organization.ok) return organization;
    const members = await currentMembers(tx, organizationId);
    const incoming = members.find((m) => m.person_id === input.toPersonId);
    if (!incoming) return fail('books.handover_not_member');
    if (incoming.role === 'treasurer') return fail('books.handover_to_treasurer');
    const open = await tx.db
      .selectFrom('treasurer_handovers')
      .select('id')
      .where('organization_id', '=', organizationId)
      .where('completed_at', 'is', null)
      .where('cancelled_at', 'is', null)
      .executeTakeFirst();
    if (open)
      await updateAudited(
        tx,
        'treasurer_handovers',
        open.id,
        { cancelled_at: tx.actor.now },
        {
          action: 'books.handover.cancel',
        },
      );
    const id = tx.newId();
    await insertAudited(
      tx,
      'treasurer_handovers',
      {
        id,
        street_id: organization.value.street_id,
        organization_id: organizationId,
        from_person_id: await treasurerOf(tx.db, organizationId),
        to_person_id: input.toPersonId,
        balance_fen: BigInt(balanceOf((await entryRowsOf(tx.db, organizationId)).map(lineOf))),
        started_by: tx.actor.userId,
        started_at: tx.actor.now,
      },
      { action: 'books.handover.start' },
    );
    return ok(handoverOf(await handoverQuery(tx.db).where('h.id', '=', id).executeTakeFirstOrThrow()));
  });
}

export interface HandoverConfirmation {
  side: HandoverSide;
  /** Staff confirm on behalf of a side that cannot (moved away, no phone); others only their own. */
  onBehalf: boolean;
}

export function confirmHandover(
  call: StoreContext,
  organizationId: string,
  handoverId: string,
  confirmation: HandoverConfirmation,
): Promise<Result<TreasurerHandover>> {
  return inTransaction(call, async (tx) => {
    const organization = await findInScope(tx, 'organizations', organizationId, { forUpdate: true });
    if (!organization.ok) return organization;
    const handover = await tx.db
      .selectFrom('treasurer_handovers')
      .selectAll()
      .where('id', '=', handoverId)
      .where('organization_id', '=', organizationId)
      .forUpdate()
      .executeTakeFirst();
    if (!handover || handover.cancelled_at) return fail('books.unknown_handover');
    if (handover.completed_at) return fail('books.handover_done');
    const { side } = confirmation;
    const personId = side === 'outgoing' ? handover.from_person_id : handover.to_person_id;
    if (personId === null) return fail('books.unknown_handover');
    if (!confirmation.onBehalf && !(await isCallersPerson(tx, personId))) return fail('books.handover_not_yours');
    const balance = balanceOf((await entryRowsOf(tx.db, organizationId)).map(lineOf));
    if (BigInt(balance) !== handover.balance_fen) return fail('books.handover_balance_changed');
    const members = await currentMembers(tx, organizationId);
    if (!members.some((m) => m.person_id === handover.to_person_id)) return fail('books.handover_side_left');

    const now = tx.actor.now;
    const confirmed =
      side === 'outgoing'
        ? { from_confirmed_by: tx.actor.userId, from_confirmed_at: now }
        : { to_confirmed_by: tx.actor.userId, to_confirmed_at: now };
    const fromDone = handover.from_person_id === null || side === 'outgoing' || handover.from_confirmed_at !== null;
    const toDone = side === 'incoming' || handover.to_confirmed_at !== null;
    const isComplete = fromDone && toDone;
    await updateAudited(
      tx,
      'treasurer_handovers',
      handoverId,
      { ...confirmed, ...(isComplete && { completed_at: now }) },
      { action: isComplete ? 'books.handover.complete' : 'books.handover.confirm' },
    );
    if (isComplete) {
      // The second confirmation moves the role: one treasurer, the incoming member.
      const roleAction = { action: 'organization.member.treasurer_handover' };
      for (const member of members) {
        if (member.person_id === handover.to_person_id) {
          await updateAudited(tx, 'organization_members', member.id, { role: 'treasurer' }, roleAction);
        } else if (member.role === 'treasurer') {
          await updateAudited(tx, 'organization_members', member.id, { role: 'member' }, roleAction);
        }
      }
    }
    return ok(handoverOf(await handoverQuery(tx.db).where('h.id', '=', handoverId).executeTakeFirstOrThrow()));
  });
}

async function isCallersPerson(tx: TxContext, personId: string): Promise<boolean> {
  const user = await tx.db.selectFrom('users').select('person_id').where('id', '=', tx.actor.userId).executeTakeFirst();
  return user?.person_id === personId;
}
