import type { ChatImportRecord } from '@seedbed/core';
import { binaryCopyBuffer } from './copy-binary';
import { copyArray, copyField } from './copy-text';
import { type ImportChunk, messageColumnCount } from './import-chunks';
import { clean } from './import-sender-resolver';
import type { NewSender } from './import-senders';

/** What a message's row needs beyond its record: the group, the import, and what the agreement keeps. */
export interface MessageRowContext {
  groupId: string;
  importId: string;
  /** text is kept for this many days from the message's time, or not at all (null) */
  textRetentionDays: number | null;
  now: Date;
  /** the group's senders' ids by display name, the lowest pseudonym first; grows as senders are met */
  idsByName: Map<string, string>;
  /** the bytes a chunk is taken at: each buffer starts a parser batch larger, so it seldom grows */
  chunkBytes: number;
}

export interface MessageTopics {
  words: string[];
  topicClass: 'public' | 'greeting' | 'article' | 'other' | null;
}

const dayMs = 86_400_000;
const noIds: string[] = [];
/** room for one more parser batch past a chunk's bytes (a thousand messages of a few hundred bytes) */
const batchMargin = 1 << 20;
/** distinct missing names kept (each at most 200 characters: under a megabyte) */
const missingNamesKept = 5_000;

/**
 * A file's messages as chat_messages rows in binary COPY format (./copy-binary.ts, the columns of
 * ./import-chunks.ts messageColumns), a chunk at a time. A quoted author or an @mention is written as the sender shown under that name when one
 * is known; a name no sender has yet (a member who speaks later in the file, or never) goes to the links
 * table instead and is resolved once every sender of the file is in (import-write.ts resolveLinks) —
 * either way the lowest-numbered sender of that name, as a name alone can say no more.
 */
export function messageRows(context: MessageRowContext) {
  const { groupId, importId, textRetentionDays, idsByName } = context;
  const now = context.now.getTime();
  // Rows are written into one of two buffers outside the JavaScript heap as they are made, so a chunk's
  // tens of thousands of strings die young instead of being joined and collected: the other buffer is
  // the chunk in the database (the writer takes the next only after that one is in).
  const buffers = [
    binaryCopyBuffer(context.chunkBytes + batchMargin),
    binaryCopyBuffer(context.chunkBytes + batchMargin),
  ];
  let rows = buffers[0]!;
  let rowCount = 0;
  let links: string[] = [];
  let senders: NewSender[] = [];
  // The names no sender had when a message named them: at the end, only the links naming one that a
  // sender has by then need the database's update (import-write.ts resolveLinks). Past a bound the set
  // stops being kept (null), and every link is resolved.
  let missingNames: Set<string> | null = new Set();
  const missing = (name: string) => {
    if (missingNames === null) return;
    missingNames.add(name);
    if (missingNames.size > missingNamesKept) missingNames = null;
  };

  return {
    /** the chunk's messages so far, and its bytes */
    get size() {
      return { rows: rowCount, bytes: rows.length };
    },

    /** A sender first met in this file: inserted with the chunk, and found by its name from now on. */
    addSender(sender: NewSender) {
      senders.push(sender);
      if (sender.name && !idsByName.has(sender.name)) idsByName.set(sender.name, sender.id);
    },

    /** the names messages gave that no sender had then (null: too many to keep) */
    get missingNames(): ReadonlySet<string> | null {
      return missingNames;
    },

    add(record: ChatImportRecord, senderId: string | null, topics: MessageTopics | null) {
      const quoted = record.replyToAuthor === null ? null : clean(record.replyToAuthor);
      const quotedId = quoted === null ? null : (idsByName.get(quoted) ?? null);
      if (quoted !== null && quotedId === null) missing(quoted);
      let mentionIds: string[] = noIds;
      let isMentionMissing = false;
      if (record.mentions.length > 0) {
        const found = new Set<string>();
        for (const mention of record.mentions) {
          const name = clean(mention);
          const id = idsByName.get(name);
          if (id) found.add(id);
          else {
            isMentionMissing = true;
            missing(name);
          }
        }
        mentionIds = [...found];
      }
      if ((quoted !== null && quotedId === null) || isMentionMissing)
        links.push(
          `${copyField(record.sourceKey)}\t${copyField(quotedId === null ? quoted : null)}\t${copyArray(isMentionMissing ? record.mentions.map(clean) : [])}\n`,
        );
      const expiresAt = textRetentionDays === null ? null : record.sentAt + textRetentionDays * dayMs;
      // text whose days are already over when an old export comes in is not stored at all
      const isTextKept = record.text !== null && expiresAt !== null && expiresAt > now;
      rowCount += 1;
      // messageColumns' order
      rows.row(messageColumnCount);
      rows.uuid(groupId);
      rows.text(clean(record.sourceKey));
      rows.uuid(senderId);
      rows.timestamp(record.sentAt);
      rows.word(record.kind);
      rows.text(record.replyToSourceKey === null ? null : clean(record.replyToSourceKey));
      rows.uuid(quotedId);
      rows.uuids(mentionIds);
      rows.words(topics?.words ?? noIds);
      rows.word(topics?.topicClass ?? null);
      rows.text(isTextKept ? clean(record.text!) : null);
      rows.timestamp(isTextKept ? expiresAt : null);
      rows.uuid(importId);
    },

    /** The chunk so far, and a fresh one begun. */
    take(): ImportChunk {
      const chunk = { senders, rows: rows.take(), links: links.join('') };
      rows = rows === buffers[0] ? buffers[1]! : buffers[0]!;
      rowCount = 0;
      links = [];
      senders = [];
      return chunk;
    },
  };
}
