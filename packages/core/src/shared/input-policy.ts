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
 * How deep a JSON body may nest. Our deepest shape is a handful of levels (an activity's place, a
 * survey's answers); a body 20,000 arrays deep is an attack or a bug, and walking it recursively
 * overflowed the stack, so it is refused before anything else looks at it.
 */
export const maxJsonDepth = 32;

/** Whether a parsed JSON value nests deeper than `maxDepth` (checked without recursion). */
export function isNestedTooDeep(value: unknown, maxDepth = maxJsonDepth): boolean {
  const pending: [node: unknown, depth: number][] = [[value, 0]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= maxDepth) return true;
    for (const item of Object.values(node)) pending.push([item, depth + 1]);
  }
  return false;
}

/**
 * The paths ('feedback.0.text') of the strings in a parsed JSON value that are not storable text,
 * keys included; at most `limit` of them (one is enough to refuse, a few help the form). Iterative,
 * with each path written out only when it is reported, so a large body costs one pass.
 */
export function unstorableTextPaths(value: unknown, limit = 10): string[] {
  interface Step {
    key: string;
    parent: Step | undefined;
  }
  const pathOf = (step: Step | undefined, last?: string) => {
    const keys = last === undefined ? [] : [last];
    for (let at = step; at; at = at.parent) keys.push(at.key);
    return keys.reverse().join('.') || '(body)';
  };
  const found: string[] = [];
  // Depth first, in the body's order (a stack, children pushed last to first), as a form lists them.
  const pending: [node: unknown, at: Step | undefined, badKey: boolean][] = [[value, undefined, false]];
  while (pending.length && found.length < limit) {
    const [node, at, badKey] = pending.pop()!;
    if (badKey) found.push(pathOf(at?.parent, '(key)'));
    if (typeof node === 'string') {
      if (!isStorableText(node)) found.push(pathOf(at));
    } else if (node !== null && typeof node === 'object') {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, item] = entries[i]!;
        pending.push([item, { key, parent: at }, !Array.isArray(node) && !isStorableText(key)]);
      }
    }
  }
  return found.slice(0, limit);
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
