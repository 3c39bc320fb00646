import { type ChatTopicDictionary, type ChatTopicWordInput, fail, ok, type Result } from '@seedbed/core';
import { recordAudit } from '../audit';
import { insertAudited } from '../audited';
import type { Db } from '../connection';
import { inTransaction, type StoreContext } from '../context';
import { findInScope } from '../find-in-scope';

/** The street's topic dictionary (issue 19): its own words; core's defaults apply while it has none. */
export async function findChatTopicDictionary(
  call: StoreContext,
  streetId: string,
): Promise<Result<ChatTopicDictionary>> {
  const street = await findInScope(call, 'streets', streetId);
  if (!street.ok) return street;
  return ok(await dictionaryOf(call.db, streetId));
}

/** The street's words, read without a scope check (after a write, a failure would not roll it back). */
async function dictionaryOf(db: Db, streetId: string): Promise<ChatTopicDictionary> {
  const rows = await db
    .selectFrom('chat_topic_words')
    .select(['id', 'word', 'category', 'created_at'])
    .where('street_id', '=', streetId)
    .orderBy('category')
    .orderBy('word')
    .execute();
  return {
    words: rows.map((row) => ({
      id: row.id,
      word: row.word,
      category: row.category,
      createdAt: new Date(row.created_at).toISOString(),
    })),
    usesDefaults: rows.length === 0,
  };
}

export function addChatTopicWord(
  call: StoreContext,
  streetId: string,
  input: ChatTopicWordInput,
): Promise<Result<ChatTopicDictionary>> {
  return inTransaction(call, async (tx) => {
    const street = await findInScope(tx, 'streets', streetId, { forUpdate: true });
    if (!street.ok) return street;
    const existing = await tx.db
      .selectFrom('chat_topic_words')
      .select('id')
      .where('street_id', '=', streetId)
      .where('word', '=', input.word)
      .executeTakeFirst();
    if (existing) return fail('chat.topic_word_exists', { word: input.word });
    await insertAudited(
      tx,
      'chat_topic_words',
      {
        id: tx.newId(),
        street_id: streetId,
        word: input.word,
        category: input.category,
        created_by: tx.actor.userId,
        created_at: tx.actor.now,
      },
      { action: 'chat.topic_word.add' },
    );
    return ok(await dictionaryOf(tx.db, streetId));
  });
}

export function deleteChatTopicWord(call: StoreContext, wordId: string): Promise<Result<ChatTopicDictionary>> {
  return inTransaction(call, async (tx) => {
    const word = await findInScope(tx, 'chat_topic_words', wordId, { forUpdate: true });
    if (!word.ok) return word;
    await tx.db.deleteFrom('chat_topic_words').where('id', '=', wordId).execute();
    await recordAudit(tx.db, tx.actor, {
      action: 'chat.topic_word.delete',
      tableName: 'chat_topic_words',
      recordId: wordId,
      streetId: word.value.street_id,
      before: word.value,
    });
    return ok(await dictionaryOf(tx.db, word.value.street_id));
  });
}
