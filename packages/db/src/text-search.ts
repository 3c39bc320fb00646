/** A LIKE pattern for text that holds `part`, its own `%`, `_` and `\` taken literally. */
export function containing(part: string): string {
  return `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
