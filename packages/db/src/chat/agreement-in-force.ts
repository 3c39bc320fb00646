import { fail, ok, type Result } from '@seedbed/core';
import type { Selectable } from 'kysely';
import type { StoreContext, TxContext } from '../context';
import type { ChatAgreementsTable } from './tables';

export type ChatAgreementRow = Selectable<ChatAgreementsTable>;

/**
 * The organization's agreement in force for a group (issue 19: "A group can be analysed only after the
 * organization agrees"), or 409 `chat.no_agreement`. Every import and every analysis asks this first;
 * pass `forUpdate` inside a write so a withdrawal cannot slip between the check and the write.
 */
export async function chatAgreementInForce(
  context: Pick<StoreContext | TxContext, 'db'>,
  groupId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Result<ChatAgreementRow>> {
  let query = context.db
    .selectFrom('chat_agreements')
    .selectAll()
    .where('group_id', '=', groupId)
    .where('withdrawn_at', 'is', null);
  if (options.forUpdate) query = query.forUpdate();
  const agreement = await query.executeTakeFirst();
  return agreement ? ok(agreement) : fail('chat.no_agreement');
}
