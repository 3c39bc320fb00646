import {
  addDays,
  type ChatAgreement,
  type ChatAgreementInput,
  type ChatWithdrawalInput,
  fail,
  isNarrowerAgreement,
  ok,
  type Result,
  shanghaiDayEnd,
} from '@seedbed/core';
import { sql } from 'kysely';
import { recordAudit } from '../audit';
import { insertAudited, updateAudited } from '../audited';
import { inTransaction, type StoreContext, type TxContext } from '../context';
import { findInScope } from '../find-in-scope';
import { agreementOf, agreementQuery } from './agreement-read';

/**
 * The organization's agreement to analyse a group (issue 19 "Agreement and privacy first"). One is in
 * force at a time (a unique index holds it too): a new one replaces the old only after the old is
 * withdrawn — except one that only narrows it (core's isNarrowerAgreement: analysis only, or fewer
 * days of text), which withdraws the old itself and drops the text no longer covered, keeping the
 * messages the organization still agrees to have analysed. The group row is locked first, so an import checking `chatAgreementInForce` with
 * `forUpdate` and a withdrawal never interleave.
 */

async function checkAgreedBy(tx: TxContext, organizationId: string | null, streetId: string, personId: string) {
  const person = organizationId
    ? await tx.db
        .selectFrom('organization_members')
        .select('person_id')
        .where('organization_id', '=', organizationId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
    : await tx.db
        .selectFrom('people')
        .select('id as person_id')
        .where('id', '=', personId)
        .where('street_id', '=', streetId)
        .executeTakeFirst();
  return person ? ok(personId) : fail('chat.agreed_by_not_member');
}

export function recordChatAgreement(
  call: StoreContext,
  groupId: string,
  input: ChatAgreementInput,
): Promise<Result<ChatAgreement>> {
  if (input.agreedOn > call.today) return Promise.resolve(fail('chat.future_day'));
  return inTransaction(call, async (tx) => {
    const group = await findInScope(tx, 'chat_groups', groupId, { forUpdate: true });
    if (!group.ok) return group;
    const inForce = await tx.db
      .selectFrom('chat_agreements')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('withdrawn_at', 'is', null)
      .forUpdate()
      .executeTakeFirst();
    if (inForce) {
      const old = { scope: inForce.scope, textRetentionDays: inForce.text_retention_days };
      if (!isNarrowerAgreement(old, input)) return fail('chat.agreement_in_force');
      if (input.agreedOn < inForce.agreed_on)
        return fail('chat.withdrawn_before_agreed', { agreedOn: inForce.agreed_on });
      await updateAudited(
        tx,
        'chat_agreements',
        inForce.id,
        { withdrawn_on: input.agreedOn, withdrawn_by: tx.actor.userId, withdrawn_at: tx.actor.now },
        { action: 'chat.agreement.narrowed' },
      );
    }
    if (input.agreedByPersonId) {
      const agreedBy = await checkAgreedBy(
        tx,
        group.value.organization_id,
        group.value.street_id,
        input.agreedByPersonId,
      );
      if (!agreedBy.ok) return agreedBy;
    }
    const id = tx.newId();
    await insertAudited(
      tx,
      'chat_agreements',
      {
        id,
        street_id: group.value.street_id,
        group_id: groupId,
        agreed_by_person_id: input.agreedByPersonId ?? null,
        agreed_by_role: input.agreedByRole,
        agreed_on: input.agreedOn,
        scope: input.scope,
        text_retention_days: input.scope === 'analysis_and_text' ? (input.textRetentionDays ?? null) : null,
        note: input.note ?? '',
        recorded_by: tx.actor.userId,
        recorded_at: tx.actor.now,
      },
      { action: 'chat.agreement.record' },
    );
    // Text already kept under the earlier, wider agreement is not covered by the narrower one.
    if (inForce) await narrowKeptText(tx, groupId, input);
    return ok(agreementOf(await agreementQuery(tx.db).where('a.id', '=', id).executeTakeFirstOrThrow()));
  });
}

/**
 * Under a new agreement the text kept under the old one must fit the new: analysis only keeps no
 * text at all; a shorter retention brings every expiry forward to the agreement's day plus its days.
 */
async function narrowKeptText(tx: TxContext, groupId: string, input: ChatAgreementInput) {
  if (input.scope === 'analysis') {
    await tx.db
      .updateTable('chat_messages')
      .set({ text: null, text_expires_at: null })
      .where('group_id', '=', groupId)
      .where('text', 'is not', null)
      .execute();
    return;
  }
  const latest = shanghaiDayEnd(addDays(input.agreedOn, input.textRetentionDays ?? 0));
  await tx.db
    .updateTable('chat_messages')
    .set({ text_expires_at: latest })
    .where('group_id', '=', groupId)
    .where('text', 'is not', null)
    .where('text_expires_at', '>', latest)
    .execute();
}

export interface ChatWithdrawal {
  agreement: ChatAgreement;
  messagesDeleted: number;
  sendersDeleted: number;
  importsCleared: number;
}

/**
 * Withdrawing stops analysis (`chatAgreementInForce` fails from now on) and deletes what the agreement
 * no longer covers, in one transaction: the group's messages, its senders (the names the export
 * wrote, the export's keys for them, their matches to people), and the imports' problem lists. What is
 * left is the group itself and the imports' counts — no person in them.
 * Audited with the counts only; earlier audit rows of the senders (which held their names) are
 * redacted the way an erasure redacts them.
 */
export function withdrawChatAgreement(
  call: StoreContext,
  agreementId: string,
  input: ChatWithdrawalInput,
): Promise<Result<ChatWithdrawal>> {
  if (input.withdrawnOn > call.today) return Promise.resolve(fail('chat.future_day'));
  return inTransaction(call, async (tx) => {
    const found = await findInScope(tx, 'chat_agreements', agreementId);
    if (!found.ok) return found;
    const group = await findInScope(tx, 'chat_groups', found.value.group_id, { forUpdate: true, includeGone: true });
    if (!group.ok) return group;
    const agreement = await findInScope(tx, 'chat_agreements', agreementId, { forUpdate: true });
    if (!agreement.ok) return agreement;
    if (agreement.value.withdrawn_at !== null) return fail('chat.agreement_withdrawn');
    if (input.withdrawnOn < agreement.value.agreed_on)
      return fail('chat.withdrawn_before_agreed', { agreedOn: agreement.value.agreed_on });
    const groupId = agreement.value.group_id;
    await updateAudited(
      tx,
      'chat_agreements',
      agreementId,
      { withdrawn_on: input.withdrawnOn, withdrawn_by: tx.actor.userId, withdrawn_at: tx.actor.now },
      { action: 'chat.agreement.withdraw' },
    );
    const deleted = await tx.db.deleteFrom('chat_messages').where('group_id', '=', groupId).executeTakeFirst();
    // The senders go too — names, matches and the export's keys for them (often the name itself):
    // under a new agreement a new import starts the group's pseudonyms again from 成员 A.
    const senders = await tx.db.deleteFrom('chat_senders').where('group_id', '=', groupId).returning('id').execute();
    if (senders.length > 0) {
      const redacted = JSON.stringify({ redacted: 'chat.agreement.withdraw' });
      await tx.db
        .updateTable('audit_log')
        .set({ before: sql`case when before is null then null else ${redacted}::jsonb end`, after: redacted })
        .where('table_name', '=', 'chat_senders')
        .where(
          'record_id',
          'in',
          senders.map((s) => s.id),
        )
        .execute();
    }
    const imports = await tx.db
      .updateTable('chat_imports')
      .set({ problems: '[]' })
      .where('group_id', '=', groupId)
      .returning('id')
      .execute();
    const withdrawal = {
      messagesDeleted: Number(deleted.numDeletedRows),
      sendersDeleted: senders.length,
      importsCleared: imports.length,
    };
    await recordAudit(tx.db, tx.actor, {
      action: 'chat.group.data_deleted',
      tableName: 'chat_groups',
      recordId: groupId,
      streetId: group.value.street_id,
      after: { reason: 'agreement withdrawn', agreementId, ...withdrawal },
    });
    const after = await agreementQuery(tx.db).where('a.id', '=', agreementId).executeTakeFirstOrThrow();
    return ok({ agreement: agreementOf(after), ...withdrawal });
  });
}
