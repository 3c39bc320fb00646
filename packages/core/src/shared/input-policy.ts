/**
 * What any text or date arriving from outside must be before a store sees it — one policy for every
 * route, applied at the edge (server/src/http/input-policy.ts and the date schemas), so no capability
 * has to remember it and none can answer a 500 for it.
 */

/**
 * Text PostgreSQL cannot keep, or that is not text at all: a NUL character (`text` columns refuse
 * it) and a lone UTF-16 surrogate (half of a character, which becomes U+FFFD on the way in).
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !loneSurrogate.test(text);
}

/**
 * The paths ('feedback.0.text') of the strings in a parsed JSON value that are not storable text,
 * keys included; at most `limit` of them (one is enough to refuse, a few help the form).
 */
export function unstorableTextPaths(value: unknown, limit = 10): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (found.length >= limit) return;
    if (typeof node === 'string') {
      if (!isStorableText(node)) found.push(path.join('.') || '(body)');
    } else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...path, String(index)]);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (!isStorableText(key)) found.push([...path, '(key)'].join('.'));
        visit(item, [...path, key]);
      }
    }
  };
  visit(value, []);
  return found;
}

/**
 * The years a record can be about. A community's history reaches back to the Qing dynasty (an old
 * temple fair, a courtyard's founding), a resident's birth to the 1900s, and nothing is planned past
 * this century's end; PostgreSQL itself has no year 0000. Outside these years a date is a typo.
 */
export const earliestYear = 1800;
export const latestYear = 2200;

/** Whether an ISO date or instant ('YYYY-MM-DD…') falls within the years a record can be about. */
export function isPlausibleYear(isoText: string): boolean {
  const year = Number(isoText.slice(0, 4));
  return Number.isInteger(year) && year >= earliestYear && year <= latestYear;
}
