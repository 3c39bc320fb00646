/**
 * Yuan as staff type them ("15000", "15,000.5") to integer fen, by string arithmetic so no float
 * ever holds money (house rule: integer fen end to end); null for anything else (negative, three
 * decimals, letters). The reverse shows a stored amount in the same form.
 */
export function yuanTextToFen(text: string): number | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/[,，\s]/g, ''));
  if (!match) return null;
  const [, yuan = '0', cents = ''] = match;
  return Number(yuan) * 100 + Number(cents.padEnd(2, '0'));
}

export function fenToYuanText(fen: number): string {
  const cents = fen % 100;
  return cents === 0 ? String((fen - cents) / 100) : `${(fen - cents) / 100}.${String(cents).padStart(2, '0')}`;
}
