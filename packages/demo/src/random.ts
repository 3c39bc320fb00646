/**
 * A tiny seeded pseudo-random generator. The demo street must be the same for the same seed, so a
 * test, a screenshot or a bug report can name a seed and get byte-identical data; nothing here may
 * touch Math.random or the clock.
 *
 * Values come from sfc32 (Chris Doty-Humphrey's Small Fast Counter, 128-bit state) whose state is
 * filled by mulberry32 from a 32-bit seed. The wide state matters because every section of the
 * generator draws from its own forked stream: with a bare 32-bit mulberry32, two streams could
 * overlap and hand out the same uuid.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One value, drawn in proportion to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A uuid in version-4 format (random bits from this stream). */
  uuid(): string;
  /**
   * An independent stream named by `label`. Sections draw from their own fork, so adding a draw to
   * one section does not reshuffle every other section's data.
   */
  fork(label: string): Random;
}

export function createRandom(seed: number): Random {
  if (!Number.isFinite(seed)) throw new Error(`demo seed must be a finite number, got ${seed}`);
  return streamFrom(Math.trunc(seed) >>> 0);
}

function streamFrom(seed: number): Random {
  const fill = mulberry32(seed);
  const nextWord = sfc32(fill(), fill(), fill(), fill());
  // sfc32's authors discard the first outputs so that similar seeds diverge.
  for (let i = 0; i < 12; i += 1) nextWord();

  const next = () => nextWord() / 4_294_967_296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };

  return {
    next,
    int,
    pick,
    shuffle,
    chance: (probability) => next() < probability,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + Math.max(weight, 0), 0);
      if (total <= 0) throw new Error('weighted pick needs a positive weight');
      let remaining = next() * total;
      for (const [value, weight] of entries) {
        remaining -= Math.max(weight, 0);
        if (remaining < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    uuid: () => {
      const hex = [nextWord(), nextWord(), nextWord(), nextWord()].map((w) => w.toString(16).padStart(8, '0')).join('');
      const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
    fork: (label) => streamFrom(fnv1a(`${seed}:${label}`)),
  };
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

function sfc32(a0: number, b0: number, c0: number, d0: number): () => number {
  let a = a0 | 0;
  let b = b0 | 0;
  let c = c0 | 0;
  let d = d0 | 0;
  return () => {
    d = (d + 1) | 0;
    const t = (((a + b) | 0) + d) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

/** FNV-1a over UTF-16 code units: turns a fork's label into a 32-bit seed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
