/** One CSV cell. A number stays as it is; a string may need quoting and defusing. */
export type CsvCell = string | number | null;

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180); formulas defused. */
function csvField(value: CsvCell): string {
  const text = value === null ? '' : String(value);
  // A leading = + - @ would be run as a formula by Excel: prefix a quote (OWASP CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A table as CSV for Excel: UTF-8 with a byte-order mark (without it Excel on Windows reads Chinese
 * as mojibake) and CRLF line ends.
 */
export function toExcelCsv(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
