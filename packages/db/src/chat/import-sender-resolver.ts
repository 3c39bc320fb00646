import { randomUUID } from 'node:crypto';
import type { ChatImportRecord } from '@seedbed/core';
import { forgottenSenderRef } from './forgotten-sender';
import { sendersByName } from './import-same-sender';
import type { NewSender, SenderState } from './import-senders';

/**
 * The senders of a file as the import meets them: a record's sender is the group's sender of its export
 * key, or of that key's hash when the person was erased (a re-import finds them, nameless), or — for a
 * line keyed by a name — the one keyed sender shown under that name; else a new sender with the next
 * pseudonym number, handed to `onNew` to be inserted before the messages that name it. Join and leave
 * lines move the sender's times, kept on the state for the end of the import.
 */
export function senderResolver(
  groupId: string,
  known: { senders: Map<string, SenderState>; lastPseudonym: number },
  onNew: (sender: NewSender) => void,
) {
  const { senders } = known;
  let nextPseudonym = known.lastPseudonym + 1;
  const byName = sendersByName(senders);
  return {
    senders,
    /** The record's sender id, or null for the group's own lines (no sender). */
    idOf(record: ChatImportRecord): string | null {
      if (record.senderKey === '' || record.senderKey === 'system') return null;
      let sender =
        senders.get(record.senderKey) ??
        senders.get(forgottenSenderRef(groupId, record.senderKey)) ??
        byName.find(record.senderKey);
      if (!sender) {
        const name = clean(record.senderName) || null;
        sender = { id: randomUUID(), displayName: name, joinedAt: null, leftAt: null, isChanged: false };
        senders.set(record.senderKey, sender);
        byName.add(record.senderKey, sender);
        onNew({
          id: sender.id,
          ref: record.senderKey,
          name: name ?? '',
          otherName: clean(record.senderOtherName ?? ''),
          number: nextPseudonym++,
        });
      }
      if (record.kind === 'join' && (sender.joinedAt === null || record.sentAt < sender.joinedAt)) {
        sender.joinedAt = record.sentAt;
        sender.isChanged = true;
      }
      if (record.kind === 'leave' && (sender.leftAt === null || record.sentAt > sender.leftAt)) {
        sender.leftAt = record.sentAt;
        sender.isChanged = true;
      }
      return sender.id;
    },
  };
}

/** PostgreSQL's text cannot hold U+0000. */
export const clean = (text: string) => (text.includes('\u0000') ? text.replaceAll('\u0000', '') : text);
