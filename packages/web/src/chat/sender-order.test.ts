import type { ChatSender } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { inFirstShownOrder } from './sender-order';

const sender = (id: string, messageCount: number, isMatched = false) =>
  ({ id, messageCount, isMatched, isStaff: false, pseudonym: id }) as unknown as ChatSender;

describe('inFirstShownOrder', () => {
  it('shows the unmatched first, busiest first', () => {
    const positions = new Map<string, number>();
    const shown = inFirstShownOrder([sender('a', 5, true), sender('b', 3), sender('c', 9)], positions);
    expect(shown.map((s) => s.id)).toEqual(['c', 'b', 'a']);
  });

  it('keeps a sender where it was once matched, and puts new senders after', () => {
    const positions = new Map<string, number>();
    inFirstShownOrder([sender('a', 5), sender('b', 3), sender('c', 9)], positions);
    const after = inFirstShownOrder([sender('a', 5), sender('b', 3), sender('c', 9, true), sender('d', 1)], positions);
    expect(after.map((s) => s.id)).toEqual(['c', 'a', 'b', 'd']);
  });
});
