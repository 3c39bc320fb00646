/** A blank input as the schemas read it: left out (an optional field), never an empty string. */
export const blankToUndefined = (text: string) => (text.trim() === '' ? undefined : text);

/**
 * The agenda with the item at `from` moved to `to` (the 上移 / 下移 buttons: no dragging on a cheap
 * phone). The same items, the moved one at `to`, the others in their order; an index outside the
 * list changes nothing.
 */
export function movedItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1) as [T];
  next.splice(to, 0, moved);
  return next;
}
