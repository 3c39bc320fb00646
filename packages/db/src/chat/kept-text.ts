import {
  type ChatKeptText,
  type ChatKeptTextQuery,
  ok,
  pseudonymLetters,
  type Result,
  shanghaiDate,
} from '@seedbed/core';
import type { StoreContext } from '../context';
import { findInScope } from '../find-in-scope';
import { chatAgreementInForce } from './agreement-in-force';
import { keptChatText } from './text-retention';

/**
 * The newest messages whose text the agreement in force still keeps (chat.text.read; kept-text.ts in
 * core). None under an analysis-only agreement, none past its day even before the retention job ran;
 * 409 chat.no_agreement once the agreement is withdrawn.
 */
export async function findChatKeptText(
  call: Pick<StoreContext, 'db' | 'scope' | 'actor'>,
  groupId: string,
  query: ChatKeptTextQuery,
  options: { namesShown: boolean },
): Promise<Result<ChatKeptText>> {
  const group = await findInScope(call, 'chat_groups', groupId);
  if (!group.ok) return group;
  const agreement = await chatAgreementInForce(call, groupId);
  if (!agreement.ok) return agreement;
  const textKept = agreement.value.scope === 'analysis_and_text';
  const answer = {
    groupId,
    textKept,
    textRetentionDays: agreement.value.text_retention_days,
    namesShown: options.namesShown,
  };
  if (!textKept) return ok({ ...answer, messages: [] });
  const now = call.actor.now;
  const rows = await call.db
    .selectFrom('chat_messages as m')
    .leftJoin('chat_senders as s', 's.id', 'm.sender_id')
    .leftJoin('people as p', 'p.id', 's.person_id')
    .select([
      'm.source_ref',
      'm.sent_at',
      'm.kind',
      'm.text_expires_at',
      's.id as sender_id',
      's.pseudonym_number',
      's.display_name',
      'p.name as person_name',
      keptChatText(now, 'm').as('kept'),
    ])
    .where('m.group_id', '=', groupId)
    .where('m.text', 'is not', null)
    .where('m.text_expires_at', '>', now)
    .orderBy('m.sent_at', 'desc')
    .orderBy('m.source_ref', 'desc')
    .limit(query.limit)
    .execute();
  return ok({
    ...answer,
    messages: rows
      .filter((row) => row.kept !== null && row.text_expires_at !== null)
      .map((row) => ({
        id: row.source_ref,
        sentAt: row.sent_at.toISOString(),
        kind: row.kind,
        sender: {
          id: row.sender_id,
          pseudonym: row.pseudonym_number === null ? '?' : pseudonymLetters(row.pseudonym_number),
          name: options.namesShown ? (row.person_name ?? row.display_name ?? null) : null,
        },
        text: row.kept!,
        forgottenOn: shanghaiDate(row.text_expires_at!),
      })),
  });
}
