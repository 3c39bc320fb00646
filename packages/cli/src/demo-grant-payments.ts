import { type Result, scopeFrom } from '@seedbed/core';
import { closeGrant, type Database, moveGrantClaim, payGrantTranche, type StoreContext } from '@seedbed/db';
import { createRandom, type DemoData } from '@seedbed/demo';
import type { Transaction } from 'kysely';

/**
 * The demo's grant payments and closings 结项 (packages/demo/src/grants-money-extension.ts), made
 * through the grants' own stores inside the load's transaction, each as the staff member who paid
 * or closed on that day: the store marks the tranche or claim paid and posts it into the team's
 * book once (a closing posts the unspent money returned), as the app does — the demo never writes
 * a grant's book entry by hand. A store refusing a payment is a
 * bug in the demo, so it aborts the load. New ids come from a seeded stream: the same demo every time.
 */
export async function makeDemoGrantPayments(trx: Transaction<Database>, data: DemoData, seed: number): Promise<void> {
  const random = createRandom(seed).fork('grant-payments');
  for (const payment of data.grantPayments) {
    const payer = data.users.find((user) => user.id === payment.paidBy);
    if (!payer) throw new Error(`the demo's grant payment names no user: ${payment.paidBy}`);
    const call: StoreContext = {
      db: trx,
      scope: scopeFrom(payer.scope_kind, payer.scope_id),
      actor: { userId: payer.id, now: new Date(`${payment.on}T02:00:00.000Z`), displayName: payer.display_name },
      today: payment.on,
      newId: () => random.uuid(),
    };
    const paid: Result<unknown> =
      payment.kind === 'tranche'
        ? await payGrantTranche(call, payment.id, payment.on)
        : payment.kind === 'claim'
          ? await moveGrantClaim(call, payment.id, { role: payer.role }, { move: 'pay', note: '' })
          : await closeGrant(call, payment.id, { closedOn: payment.on });
    if (!paid.ok) throw new Error(`the demo's ${payment.kind} ${payment.id} was not paid: ${paid.error.code}`);
  }
}
