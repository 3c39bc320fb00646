/**
 * A sender's per-group pseudonym 成员 A, 成员 B … (issue 19): the letters of `chat_senders.pseudonym_number`
 * counted like spreadsheet columns (1 → A, 26 → Z, 27 → AA), so it stays short in a big group and is
 * stable across imports. Roles that may not read residents' names (`person.read`) see only this.
 */
export function pseudonymLetters(number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`pseudonym number ${number}`);
  let letters = '';
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}
