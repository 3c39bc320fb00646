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
const secondSeed = 0x9e3779b9;

/**
 * The running state of both cyrb53 hashes: text fed in pieces hashes exactly as the pieces joined would
 * (cyrb53 mixes one character at a time), so the group key's part is hashed once per export and no
 * message's identity string is ever built.
 */
class PairHash {
  constructor(
    public a1: number,
    public a2: number,
    public b1: number,
    public b2: number,
  ) {}

  static start(): PairHash {
    return new PairHash(0xdeadbeef, 0x41c6ce57, 0xdeadbeef ^ secondSeed, 0x41c6ce57 ^ secondSeed);
  }

  copy(): PairHash {
    return new PairHash(this.a1, this.a2, this.b1, this.b2);
  }

  add(text: string): this {
    let { a1, a2, b1, b2 } = this;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      a1 = Math.imul(a1 ^ ch, 2654435761);
      a2 = Math.imul(a2 ^ ch, 1597334677);
      b1 = Math.imul(b1 ^ ch, 2654435761);
      b2 = Math.imul(b2 ^ ch, 1597334677);
    }
    this.a1 = a1;
    this.a2 = a2;
    this.b1 = b1;
    this.b2 = b2;
    return this;
  }

  equals(other: PairHash): boolean {
    return this.a1 === other.a1 && this.a2 === other.a2 && this.b1 === other.b1 && this.b2 === other.b2;
  }

  /** the state as a map key (four 32-bit words) */
  identity(): string {
    return `${this.a1},${this.a2},${this.b1},${this.b2}`;
  }

  /** the two 53-bit hashes as 28 hex digits */
  digest(): string {
    return finishHex(this.a1, this.a2) + finishHex(this.b1, this.b2);
  }
}

/**
 * cyrb53's finish as 14 hex digits: the 53-bit value 2³²·(h2 & 0x1fffff) + h1 is its top 21 bits over
 * its low 32, and 32 bits are exactly 8 hex digits — so the two halves are written apart, by a table,
 * which is several times faster than `toString(16)` of a number above 2³¹.
 */
function finishHex(first: number, second: number): string {
  let h1 = first;
  let h2 = second;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = h2 & 0x1fffff;
  return (
    hexByte[high >>> 16]! +
    hexByte[(high >>> 8) & 255]! +
    hexByte[high & 255]! +
    hexByte[h1 >>> 24]! +
    hexByte[(h1 >>> 16) & 255]! +
    hexByte[(h1 >>> 8) & 255]! +
    hexByte[h1 & 255]!
  );
}

const hexByte = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A 106-bit hash of the text as 28 hex digits: cyrb53 with seed 0, then with seed 0x9e3779b9. */
export function contentHash(text: string): string {
  return PairHash.start().add(text).digest();
}

export interface HashedMessage {
  senderKey: string;
  sentAt: number;
  kind: string;
  text: string | null;
}

/**
 * Hashed source keys for one export of one group, counting identical messages within a second. The key
 * is `h:` + contentHash(`<group key>\0<sender key>\0<second>\0<kind>\0<text>#<ordinal>`) — fixed by
 * ./source-key.test.ts, since every key already stored depends on it. Identical messages are told apart
 * by the hash state after their identity (four 32-bit words), not by the identity text itself.
 */
/** Identities of one second compared one by one before a map is made. */
const linearIdentities = 16;

export function hashedSourceKeys(groupKey: string): (message: HashedMessage) => string {
  const groupState = PairHash.start().add(groupKey);
  let second = Number.NaN;
  // The second's identities and their counts: compared as four numbers while a second holds a few (most
  // hold one; a minute-precise export puts a few in each), by a map of strings past that.
  const states: PairHash[] = [];
  const counts: number[] = [];
  let seen: Map<string, number> | null = null;
  return (message) => {
    const messageSecond = Math.floor(message.sentAt / 1000);
    if (messageSecond !== second) {
      second = messageSecond;
      states.length = 0;
      counts.length = 0;
      seen = null;
    }
    // U+0000 cannot occur in a group key, sender key or kind, so the fields cannot run into each other.
    const state = groupState
      .copy()
      .add('\u0000')
      .add(message.senderKey)
      .add(`\u0000${messageSecond}\u0000`)
      .add(message.kind)
      .add('\u0000')
      .add(message.text ?? '');
    let ordinal = 0;
    if (seen) {
      const identity = state.identity();
      ordinal = seen.get(identity) ?? 0;
      seen.set(identity, ordinal + 1);
    } else {
      let index = 0;
      while (index < states.length && !states[index]!.equals(state)) index += 1;
      if (index < states.length) ordinal = counts[index]!++;
      else if (states.length < linearIdentities) {
        states.push(state.copy());
        counts.push(1);
      } else {
        seen = new Map(states.map((known, at) => [known.identity(), counts[at]!]));
        seen.set(state.identity(), 1);
      }
    }
    return `h:${state.add(`#${ordinal}`).digest()}`;
  };
}
