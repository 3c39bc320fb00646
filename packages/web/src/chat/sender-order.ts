import type { ChatSender } from '@seedbed/core';

/** Unmatched senders first, the busiest first: who most needs matching. */
function compareForMatching(a: ChatSender, b: ChatSender): number {
  return Number(a.isMatched) - Number(b.isMatched) || b.messageCount - a.messageCount;
}

/**
 * The senders in the order they were first shown. A sender staff just matched stays where it was
 * instead of jumping to the end of the list (off the page, while staff work down it); senders new
 * to the list (a roster uploaded) come after, unmatched and busiest first. `positions` is kept
 * between calls and grows.
 */
export function inFirstShownOrder(senders: readonly ChatSender[], positions: Map<string, number>): ChatSender[] {
  for (const sender of [...senders].sort(compareForMatching)) {
    if (!positions.has(sender.id)) positions.set(sender.id, positions.size);
  }
  return [...senders].sort((a, b) => positions.get(a.id)! - positions.get(b.id)!);
}
