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
const patterns: readonly { kind: ContactDetailKind; pattern: RegExp }[] = [
  { kind: 'id_number', pattern: /(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}[01]\d[0-3]\d\d{3}[\dXx](?![\dA-Za-z])/g },
  { kind: 'mobile', pattern: /(?<![\d])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/g },
  { kind: 'landline', pattern: /(?<![\d])0\d{2,3}[\s-]\d{7,8}(?!\d)/g },
];

function mask(digits: string): string {
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Every contact detail in the texts, each once, in the order found. */
export function findContactDetails(texts: readonly (string | null | undefined)[]): ContactDetail[] {
  const found = new Map<string, ContactDetail>();
  for (const text of texts) {
    if (!text) continue;
    let rest = text;
    for (const { kind, pattern } of patterns) {
      for (const match of rest.matchAll(pattern)) {
        const digits = match[0].replace(/[\s+-]/g, '').replace(/^86(?=1\d{10}$)/, '');
        if (!found.has(digits)) found.set(digits, { kind, masked: mask(digits) });
      }
      // An ID number also holds runs of digits that look like a phone number: count it once.
      rest = rest.replace(pattern, ' ');
    }
  }
  return [...found.values()];
}
