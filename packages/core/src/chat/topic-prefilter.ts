/**
 * A fast "no dictionary word here" for the topic matcher (./topics.ts): most messages of a group hold
 * none, and normalising every one (NFKC, lower case) and segmenting it before looking was most of an
 * import's topic time.
 *
 * It is made for dictionaries whose words are CJK Unified Ideographs (U+4E00–U+9FFF) and ASCII letters and
 * digits (http, www, 5g), and for no other: NFKC leaves both as they are, and lower casing only folds
 * ASCII's capitals. So a text passes when
 * - an ideographic word's first character stands where the word itself follows, raw;
 * - it holds an ASCII letter or digit that begins a word, in either case (sent on without a closer look);
 * - or a character of it *becomes* an ideograph, a letter or a digit under NFKC and lower casing (a
 *   compatibility ideograph 豈, a Kangxi radical ⼈, ㊀, 〸, 🈚, a full-width Ｈ, ℌ, ①…).
 * Anything else cannot hold a word once normalised — NFKC never drops a character, so it cannot join two
 * pieces of a word that were apart — and is turned away without being normalised at all.
 */
export function topicPrefilter(words: readonly string[]): ((text: string) => boolean) | null {
  if (words.length === 0 || !words.every(isPrefilterable)) return null;
  const byFirst = new Map<number, string[]>();
  const asciiFirst = new Uint8Array(128);
  for (const word of words) {
    const first = word.charCodeAt(0);
    if (first < 128) {
      asciiFirst[first] = 1;
      asciiFirst[String.fromCharCode(first).toUpperCase().charCodeAt(0)] = 1;
      continue;
    }
    const list = byFirst.get(first) ?? [];
    list.push(word);
    byFirst.set(first, list);
  }
  const hasAscii = asciiFirst.includes(1);
  const becomes = becomesTable();
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (asciiFirst[code] === 1) return true;
      } else if (code >= 0x4e00 && code <= 0x9fff) {
        const candidates = byFirst.get(code);
        if (candidates) for (const word of candidates) if (text.startsWith(word, i)) return true;
      } else {
        const isAstral = code >= 0xd800 && code <= 0xdbff;
        const becoming = isAstral ? becomingOfAstral(text.codePointAt(i)!) : becomes[code]!;
        if ((becoming & becomesIdeograph) !== 0 || (hasAscii && (becoming & becomesAscii) !== 0)) return true;
        if (isAstral) i += 1;
      }
    }
    return false;
  };
}

const isIdeograph = (code: number) => code >= 0x4e00 && code <= 0x9fff;
const isAsciiWordCharacter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/** Words of ideographs and lower-case ASCII letters and digits (the dictionary's words are normalised). */
const isPrefilterable = (word: string) => {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isIdeograph(code) && !isAsciiWordCharacter(code)) return false;
  }
  return true;
};

/** What an astral character (emoji, 🈚, 𝐇…) becomes, asked of the runtime once per character met. */
const astral = new Map<number, number>();
function becomingOfAstral(point: number): number {
  let becoming = astral.get(point);
  if (becoming === undefined) {
    becoming = becomingOf(String.fromCodePoint(point));
    if (astral.size >= 10_000) astral.clear(); // a file of ever new characters keeps memory bounded
    astral.set(point, becoming);
  }
  return becoming;
}

function becomingOf(character: string): number {
  const normalised = character.normalize('NFKC').toLowerCase();
  let becoming = 0;
  for (let i = 0; i < normalised.length; i++) {
    const mapped = normalised.charCodeAt(i);
    if (isIdeograph(mapped)) becoming |= becomesIdeograph;
    if (isAsciiWordCharacter(mapped)) becoming |= becomesAscii;
  }
  return becoming;
}

const becomesIdeograph = 1;
const becomesAscii = 2;
let table: Uint8Array | null = null;

/** For each BMP character: what NFKC and lower casing turn it into (an ideograph, an ASCII letter or digit). */
function becomesTable(): Uint8Array {
  if (table) return table;
  const made = new Uint8Array(0x10000);
  for (let code = 0x80; code < 0x10000; code++) {
    if (isIdeograph(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
    made[code] = becomingOf(String.fromCharCode(code));
  }
  table = made;
  return made;
}
