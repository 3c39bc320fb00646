/**
 * Source keys for messages whose export carries no id of their own (issue 19: import is idempotent —
 * the same file again, or a newer export that overlaps, never duplicates a message).
 *
 * The key is `h`, the second the message was sent as (at least) eight hex digits, and a hash of: group
 * key, sender key, that second, kind, text, and the message's ordinal among *identical* messages (same
 * sender, second, kind and text) in that second. Counting only identical messages — not every message of
 * the second — keeps the key stable when a newer export starts in the middle of a busy second: only two
 * identical messages straddling the cut could shift. Exports are in time order; an out-of-order message
 * revisiting an earlier second starts its ordinals again, which can only merge truly identical messages.
 *
 * The second leads so that a file's keys come in the primary key's order: the database then inserts each
 * message beside the one before instead of somewhere in the group's whole key range (half the index's
 * time on a million messages). The hash is cyrb53 (public domain, bryc), 53 bits as 14 hex digits: two
 * different messages of one group would have to share their second too, so a collision needs about 10⁸
 * messages in one second. Not cryptographic: keys are not secrets. Keys stored before migration 0043 were
 * `h:` + this hash + a second cyrb53 with another seed; 0043 rewrote them to this form.
 */

/**
 * The running state of cyrb53 as two 32-bit words: text fed in pieces hashes exactly as the pieces joined
 * would (cyrb53 mixes one character at a time), so the group key's part is hashed once per export and no
 * message's identity string is ever built. Words in a typed array, not an object's fields or a closure's
 * variables: this runs for every message of a file of millions, and there a 32-bit number stored anywhere
 * else is a heap allocation.
 */
type HashState = Int32Array;

function startState(state: HashState): HashState {
  state[0] = 0xdeadbeef;
  state[1] = 0x41c6ce57;
  return state;
}

function addCode(state: HashState, ch: number): void {
  state[0] = Math.imul(state[0]! ^ ch, 2654435761);
  state[1] = Math.imul(state[1]! ^ ch, 1597334677);
}

function addText(state: HashState, text: string): void {
  let h1 = state[0]!;
  let h2 = state[1]!;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  state[0] = h1;
  state[1] = h2;
}

const digits = new Uint8Array(24);
/** An integer's decimal digits as `String(n)` writes them, fed in without the string. */
function addInteger(state: HashState, n: number): void {
  if (n < 0) addCode(state, 45); // '-'
  let rest = Math.abs(n);
  let count = 0;
  do {
    digits[count++] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  while (count > 0) addCode(state, digits[--count]!);
}

const hexCodes = Uint8Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/** `h`, eight hex digits of the second and fourteen of the hash, as character codes */
const keyCodes = new Uint8Array(23);
keyCodes[0] = 0x68; // 'h'

/** The key of a second below 2³² (until 2106) and the state's hash, made as one string (no pieces joined). */
function hashedKey(second: number, state: HashState): string {
  if (second >= 2 ** 32) return `h${second.toString(16)}${finishHex(state[0]!, state[1]!)}`;
  for (let digit = 0; digit < 8; digit++) keyCodes[1 + digit] = hexCodes[(second >>> (28 - 4 * digit)) & 15]!;
  finishInto(state[0]!, state[1]!, 9);
  const c = keyCodes;
  // biome-ignore format: the codes one to a line would be a page; spread or apply would copy them
  return String.fromCharCode(
    c[0]!, c[1]!, c[2]!, c[3]!, c[4]!, c[5]!, c[6]!, c[7]!, c[8]!, c[9]!, c[10]!, c[11]!, c[12]!, c[13]!, c[14]!,
    c[15]!, c[16]!, c[17]!, c[18]!, c[19]!, c[20]!, c[21]!, c[22]!,
  );
}

/**
 * cyrb53's finish as 14 hex digits at `at` of keyCodes: the 53-bit value 2³²·(h2 & 0x1fffff) + h1 is its
 * top 21 bits (6 digits) over its low 32 (8 digits), written apart.
 */
function finishInto(first: number, second: number, at: number): void {
  let h1 = first;
  let h2 = second;
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = h2 & 0x1fffff;
  for (let digit = 0; digit < 6; digit++) keyCodes[at + digit] = hexCodes[(high >>> (20 - 4 * digit)) & 15]!;
  for (let digit = 0; digit < 8; digit++) keyCodes[at + 6 + digit] = hexCodes[(h1 >>> (28 - 4 * digit)) & 15]!;
}

/** cyrb53's finish as a 14-digit hex string (the rare path of a second past 2106). */
function finishHex(first: number, second: number): string {
  finishInto(first, second, 9);
  return String.fromCharCode(...keyCodes.subarray(9, 23));
}

/** Identities of one second compared one by one before a map is made. */
const linearIdentities = 16;

export interface HashedMessage {
  senderKey: string;
  sentAt: number;
  kind: string;
  text: string | null;
}

/**
 * Hashed source keys for one export of one group, counting identical messages within a second. The key
 * is `h` + the second in hex (eight digits, more past 2106; 0 before 1970) + cyrb53 (seed 0) of
 * `<group key>\0<sender key>\0<second>\0<kind>\0<text>#<ordinal>` as 14 hex digits — fixed by
 * ./source-key.test.ts, since every key already stored depends on it. Identical messages are told apart
 * by the hash state after their identity (two 32-bit words), not by the identity text itself.
 */
export function hashedSourceKeys(groupKey: string): (message: HashedMessage) => string {
  const groupState = startState(new Int32Array(2));
  addText(groupState, groupKey);
  addCode(groupState, 0);
  const state = new Int32Array(2);
  let second = Number.NaN;
  // The second's identities (two words each) and their counts: compared as numbers while a second holds
  // a few (most hold one; a minute-precise export puts a few in each), by a map of strings past that.
  const states = new Int32Array(2 * linearIdentities);
  const counts = new Int32Array(linearIdentities);
  let known = 0;
  let seen: Map<string, number> | null = null;
  const identityAt = (words: Int32Array, at: number) => `${words[at]},${words[at + 1]}`;
  return (message) => {
    const messageSecond = Math.floor(message.sentAt / 1000);
    if (messageSecond !== second) {
      second = messageSecond;
      known = 0;
      seen = null;
    }
    // U+0000 cannot occur in a group key, sender key or kind, so the fields cannot run into each other.
    state.set(groupState);
    addText(state, message.senderKey);
    addCode(state, 0);
    addInteger(state, messageSecond);
    addCode(state, 0);
    addText(state, message.kind);
    addCode(state, 0);
    if (message.text !== null) addText(state, message.text);
    let ordinal = 0;
    if (seen) {
      const identity = identityAt(state, 0);
      ordinal = seen.get(identity) ?? 0;
      seen.set(identity, ordinal + 1);
    } else {
      let index = 0;
      while (index < known && !(states[2 * index] === state[0] && states[2 * index + 1] === state[1])) index += 1;
      if (index < known) ordinal = counts[index]!++;
      else if (known < linearIdentities) {
        states.set(state, 2 * known);
        counts[known++] = 1;
      } else {
        seen = new Map();
        for (let at = 0; at < known; at++) seen.set(identityAt(states, 2 * at), counts[at]!);
        seen.set(identityAt(state, 0), 1);
      }
    }
    addCode(state, 35); // '#'
    addInteger(state, ordinal);
    return hashedKey(Math.max(0, messageSecond), state);
  };
}
