import { bookFacts, checkBookStaysCovered } from '@seedbed/core';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './index';

const today = '2026-06-30';
const demo = generateDemo({ seed: 20171, today });

const booksOf = () => {
  const books = new Map<string, typeof demo.cash_entries>();
  for (const entry of demo.cash_entries)
    books.set(entry.organization_id, [...(books.get(entry.organization_id) ?? []), entry]);
  return books;
};
const linesOf = (entries: typeof demo.cash_entries) =>
  entries.map((e) => ({
    direction: e.direction,
    source: e.source,
    category: e.category,
    amountFen: e.amount_fen,
    occurredOn: e.occurred_on,
    recordedAt: e.recorded_at,
  }));

describe('the demo street’s cash books', () => {
  it('keeps several teams’ books over a year, each always covered and never dated after today', () => {
    const books = booksOf();
    expect(books.size).toBeGreaterThanOrEqual(3);
    for (const entries of books.values()) {
      expect(checkBookStaysCovered(linesOf(entries)).ok).toBe(true);
      expect(
        entries.every((e) => e.occurred_on <= today && Number.isSafeInteger(e.amount_fen) && e.amount_fen > 0),
      ).toBe(true);
    }
  });

  it('gives the treasurer’s team 共建资金 every month, so its 小树 money criteria read as met', () => {
    const leaderTeam = demo.users.find((u) => u.username === 'leader')?.scope_id;
    const entries = booksOf().get(leaderTeam ?? '') ?? [];
    expect(entries.filter((e) => e.source === 'community_fund')).toHaveLength(12);
    expect(bookFacts(linesOf(entries), true, today)).toMatchObject({ keepsOwnBook: true });
    expect(bookFacts(linesOf(entries), true, today).ownIncomeLast12MonthsFen).toBeGreaterThan(0);
  });
});
