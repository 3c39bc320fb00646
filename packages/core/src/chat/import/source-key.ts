/**
 * Source keys for messages whose export carries no id of their own (issue 19: import is idempotent —
 * the same file again, or a newer export that overlaps, never duplicates a message).
 *
 * The key is `h:` + a hash of: group key, sender key, the second the message was sent, kind, text, and
 * its ordinal among *identical* messages (same sender, second, kind and text) in that second. Counting
 * only identical messages — not every message of the second — keeps the key stable when a newer export
 * starts in the middle of a busy second: only two identical messages straddling the cut could shift.
 * Exports are in time order; an out-of-order message revisiting an earlier second starts its ordinals
 * again, which can only merge truly identical messages.
 *
 * The hash is two independent 53-bit cyrb53 hashes (public domain, bryc) side by side: 106 bits, so a
 * collision among 10⁸ messages has a chance around 10⁻¹⁶. Not cryptographic: keys are not secrets.
 */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A 106-bit hash of the text as 28 hex digits. */
export function contentHash(text: string): string {
  return cyrb53(text, 0).toString(16).padStart(14, '0') + cyrb53(text, 0x9e3779b9).toString(16).padStart(14, '0');
}

export interface HashedMessage {
  senderKey: string;
  sentAt: number;
  kind: string;
  text: string | null;
}

/** Hashed source keys for one export of one group, counting identical messages within a second. */
export function hashedSourceKeys(groupKey: string): (message: HashedMessage) => string {
  let second = Number.NaN;
  let seen = new Map<string, number>();
  return (message) => {
    const messageSecond = Math.floor(message.sentAt / 1000);
    if (messageSecond !== second) {
      second = messageSecond;
      seen = new Map();
    }
    // U+0000 cannot occur in a group key, sender key or kind, so the fields cannot run into each other.
    const identity = `${groupKey}\u0000${message.senderKey}\u0000${messageSecond}\u0000${message.kind}\u0000${message.text ?? ''}`;
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    return `h:${contentHash(`${identity}#${ordinal}`)}`;
  };
}
