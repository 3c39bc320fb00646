import type { NegativeListEntry } from './round-schemas';

/** One entry of a round's negative list that a text touches, and the keyword that did. */
export interface NegativeListHit {
  key: string;
  label: string;
  keyword: string;
}

/** Full-width letters and digits become ASCII (ＣＡＳＨ → cash), and case is ignored. */
function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Which kinds of ineligible spending a budget line or a reimbursement claim's text mentions
 * (proposals and claims use it; issue 17). Matching is by substring, case-insensitive, after NFKC
 * (so full-width ＣＡＳＨ is cash): Chinese has no spaces to split words on, so 买烟 must hit 烟.
 * An entry's exceptions (酒精, 烟感…) are blanked out of the text first, so the disinfectant is
 * not alcohol. One hit per entry, with the first keyword of its list found — the list is ordered
 * most specific first (现金红包 before 现金). A hit asks a person to look; it decides nothing.
 */
export function negativeListHits(text: string, list: readonly NegativeListEntry[]): NegativeListHit[] {
  const source = comparable(text);
  const hits: NegativeListHit[] = [];
  for (const entry of list) {
    let masked = source;
    for (const exception of entry.exceptions) {
      const phrase = comparable(exception);
      if (phrase) masked = masked.split(phrase).join(' ');
    }
    const keyword = entry.keywords.find((word) => {
      const needle = comparable(word);
      return needle.length > 0 && masked.includes(needle);
    });
    if (keyword !== undefined) hits.push({ key: entry.key, label: entry.label, keyword });
  }
  return hits;
}
