/**
 * Contact details in words meant for a public page. A share page is open to anyone with the link
 * and travels through WeChat groups, so a resident's mobile number or ID number typed into a
 * paragraph or quote would be published to strangers (PIPL art. 28 treats ID numbers as sensitive).
 * Publishing checks the draft's words and asks the leader first; a team's own contact number may
 * still be published on purpose.
 */
export type ContactDetailKind = 'mobile' | 'landline' | 'id_number';

export interface ContactDetail {
  kind: ContactDetailKind;
  /** As a person can recognise it without the page repeating it: 138****5678. */
  masked: string;
}

// Digits may be split by spaces or dashes ("138 1234 5678", "138-1234-5678"); not inside a longer number.
// An ID number may be split anywhere ("110105 19491231 002X"): any 18 characters with single
// separators, kept only when the digits have an ID number's shape.
const patterns: readonly { kind: ContactDetailKind; pattern: RegExp; shape?: RegExp }[] = [
  {
    kind: 'id_number',
    pattern: /(?<![\dA-Za-z])\d(?:[\s-]?\d){16}[\s-]?[\dXx](?![\dA-Za-z])/g,
    shape: /^\d{6}(?:19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx]$/,
  },
  { kind: 'mobile', pattern: /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g },
  { kind: 'landline', pattern: /(?<![\d])0\d{2,3}[\s-]\d{7,8}(?!\d)/g },
];

/**
 * Numbers as people type them on a phone: full-width digits (１３８), Chinese numerals
 * (一三八, 〇 and 零 for 0, 幺 for 1 as said aloud) and full-width signs become ASCII, so that
 * "幺三八 一二三四 五六七八" is found like 13812345678. Only the matching needs them; the words are
 * never changed.
 */
const digitLike: Record<string, string> = {
  零: '0',
  〇: '0',
  一: '1',
  幺: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  '＋': '+',
  '－': '-',
  '—': '-',
  '\u3000': ' ',
};

function asciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[零〇一幺二两三四五六七八九＋－—\u3000]/g, (c) => digitLike[c] ?? c);
}

function mask(digits: string): string {
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Every contact detail in the texts, each once, in the order found. */
export function findContactDetails(texts: readonly (string | null | undefined)[]): ContactDetail[] {
  const found = new Map<string, ContactDetail>();
  for (const text of texts) {
    if (!text) continue;
    let rest = asciiDigits(text);
    for (const { kind, pattern, shape } of patterns) {
      for (const match of rest.matchAll(pattern)) {
        const digits = match[0].replace(/[\s+-]/g, '').replace(/^86(?=1\d{10}$)/, '');
        if (shape && !shape.test(digits)) continue;
        if (!found.has(digits)) found.set(digits, { kind, masked: mask(digits) });
        // An ID number also holds runs of digits that look like a phone number: count it once.
        rest = rest.replace(match[0], ' ');
      }
    }
  }
  return [...found.values()];
}
