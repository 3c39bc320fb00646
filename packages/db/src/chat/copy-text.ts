/**
 * Values in PostgreSQL's COPY text format (https://www.postgresql.org/docs/current/sql-copy.html,
 * "Text Format"): `\N` is null; backslash, tab, line feed and carriage return are escaped.
 */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (ch) => copyEscapes[ch]!) : value;
}

const copyEscapes: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A text[] as an array literal (every element quoted, `"` and `\` escaped), then as a COPY field. */
export function copyArray(values: readonly string[]): string {
  if (values.length === 0) return '{}';
  return copyField(`{${values.map((value) => `"${value.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(',')}}`);
}
