import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BookLine,
  balanceOf,
  bookFacts,
  checkBookStaysCovered,
  fenAsYuanText,
  parseYuan,
  runningBalances,
  statementOf,
} from './rules';
import { expenseCategories, incomeSources, maxEntryFen } from './schemas';

const income = (amountFen: number, occurredOn: string, source: BookLine['source'] = 'community_fund'): BookLine => ({
  direction: 'income',
  source,
  category: null,
  amountFen,
  occurredOn,
  recordedAt: `${occurredOn}T10:00:00Z`,
});
const expense = (amountFen: number, occurredOn: string, category: BookLine['category'] = 'food'): BookLine => ({
  direction: 'expense',
  source: null,
  category,
  amountFen,
  occurredOn,
  recordedAt: `${occurredOn}T11:00:00Z`,
});

describe('the running balance', () => {
  it('follows book order, whatever order the lines come in', () => {
    const lines = [expense(2550, '2026-03-05'), income(100000, '2026-03-01'), income(5000, '2026-03-05')];
    expect(runningBalances(lines).map((l) => l.balanceFen)).toEqual([100000, 105000, 102450]);
    expect(balanceOf(lines)).toBe(102450);
  });

  it('nets a reversal out: the mistaken line and its reversal both stay', () => {
    const lines = [income(100000, '2026-03-01'), income(9900, '2026-03-02'), { ...income(-9900, '2026-03-02') }];
    expect(balanceOf(lines)).toBe(100000);
  });
});

describe('an expense the cash does not cover', () => {
  it('is refused, with the day and the shortfall', () => {
    const refused = checkBookStaysCovered([income(1000, '2026-03-01'), expense(1250, '2026-03-02')]);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'books.balance_negative', params: { shortfallFen: 250, on: '2026-03-02' } },
    });
  });

  it('is refused where a back-dated expense lands, even when today’s balance covers it', () => {
    const lines = [expense(500, '2026-02-28'), income(1000, '2026-03-01')];
    expect(checkBookStaysCovered(lines).ok).toBe(false);
  });

  it('is fine once a member’s advance 垫付 is written first, and its repayment after', () => {
    const lines = [
      income(3000, '2026-03-01', 'member_advance'),
      expense(3000, '2026-03-01', 'activity_supplies'),
      income(5000, '2026-03-10', 'donation'),
      expense(3000, '2026-03-10', 'advance_repayment'),
    ];
    expect(checkBookStaysCovered(lines).ok).toBe(true);
    expect(balanceOf(lines)).toBe(2000);
  });
});

describe('the statement of a period', () => {
  const lines = [
    income(100000, '2026-02-01'),
    expense(30000, '2026-02-15', 'venue'),
    income(100000, '2026-03-01'),
    income(2000, '2026-03-08', 'charity_sale'),
    expense(1250, '2026-03-08', 'food'),
    expense(800, '2026-03-31', 'printing'),
    income(100000, '2026-04-01'),
  ];

  it('opens with everything before, sums by source and category, and closes', () => {
    const march = statementOf(lines, '2026-03-01', '2026-03-31');
    expect(march.openingFen).toBe(70000);
    expect(march.incomeBySource.community_fund).toBe(100000);
    expect(march.incomeBySource.charity_sale).toBe(2000);
    expect(march.expenseByCategory.food).toBe(1250);
    expect(march.expenseByCategory.printing).toBe(800);
    expect(march.incomeFen).toBe(102000);
    expect(march.expenseFen).toBe(2050);
    expect(march.closingFen).toBe(169950);
  });

  it('names every source and category, zero where nothing moved', () => {
    const empty = statementOf([], '2026-01-01', '2026-12-31');
    expect(Object.keys(empty.incomeBySource)).toEqual([...incomeSources]);
    expect(Object.keys(empty.expenseByCategory)).toEqual([...expenseCategories]);
    expect(empty.closingFen).toBe(0);
  });
});

const day = fc.integer({ min: 0, max: 400 }).map((n) => {
  const date = new Date(Date.UTC(2026, 0, 1 + n));
  return date.toISOString().slice(0, 10);
});
const line: fc.Arbitrary<BookLine> = fc.oneof(
  fc.record({
    direction: fc.constant('income' as const),
    source: fc.constantFrom(...incomeSources),
    category: fc.constant(null),
    amountFen: fc.integer({ min: -maxEntryFen, max: maxEntryFen }),
    occurredOn: day,
    recordedAt: fc.constant('2026-01-01T00:00:00Z'),
  }),
  fc.record({
    direction: fc.constant('expense' as const),
    source: fc.constant(null),
    category: fc.constantFrom(...expenseCategories),
    amountFen: fc.integer({ min: -maxEntryFen, max: maxEntryFen }),
    occurredOn: day,
    recordedAt: fc.constant('2026-01-01T00:00:00Z'),
  }),
);

describe('every statement balances (property)', () => {
  it('opening + income − expense = closing, and closing is the balance up to its end', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), day, day, (lines, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const statement = statementOf(lines, from, to);
        const sum = (values: Record<string, number>) => Object.values(values).reduce((x, y) => x + y, 0);
        expect(statement.openingFen + sum(statement.incomeBySource) - sum(statement.expenseByCategory)).toBe(
          statement.closingFen,
        );
        expect(statement.closingFen).toBe(balanceOf(lines.filter((l) => l.occurredOn <= to)));
      }),
    );
  });

  it('consecutive periods chain: one closes where the next opens', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), day, (lines, split) => {
        const first = statementOf(lines, '2026-01-01', split);
        const next = statementOf(lines, `${split}\u0000`, '2027-12-31');
        expect(next.openingFen).toBe(first.closingFen);
      }),
    );
  });

  it('the last running balance is the balance, and a covered book never dips below zero', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const running = runningBalances(lines);
        expect(running.at(-1)?.balanceFen ?? 0).toBe(balanceOf(lines));
        if (checkBookStaysCovered(lines).ok) expect(running.every((l) => l.balanceFen >= 0)).toBe(true);
      }),
    );
  });
});

describe('the stage facts from the book', () => {
  it('counts own money (not grants, not advances) in the last 12 months, and recent keeping', () => {
    const lines = [
      income(50000, '2025-01-10', 'donation'),
      income(90000, '2026-01-10', 'grant'),
      income(3000, '2026-02-10', 'member_advance'),
      income(2000, '2026-02-11', 'charity_sale'),
      income(1000, '2026-02-12', 'membership_fee'),
    ];
    expect(bookFacts(lines, true, '2026-03-01')).toEqual({ keepsOwnBook: true, ownIncomeLast12MonthsFen: 3000 });
    expect(bookFacts(lines, false, '2026-03-01').keepsOwnBook).toBe(false);
    expect(bookFacts(lines, true, '2027-03-01').keepsOwnBook).toBe(false);
  });
});

describe('yuan typed and written', () => {
  it('parses by string: ¥12.50 is 1250 fen, and nothing through a float', () => {
    expect(parseYuan('¥12.50')).toBe(1250);
    expect(parseYuan('12.5')).toBe(1250);
    expect(parseYuan('0.29')).toBe(29);
    expect(parseYuan('1,000')).toBe(100000);
    expect(parseYuan('3')).toBe(300);
    for (const bad of ['', '0', '1.234', 'abc', '-5', '1e3', '10000001']) expect(parseYuan(bad)).toBeNull();
  });

  it('every fen amount survives typing its own yuan text (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: maxEntryFen }), (fen) => parseYuan(fenAsYuanText(fen)) === fen));
  });

  it('writes two decimals and a sign', () => {
    expect(fenAsYuanText(5)).toBe('0.05');
    expect(fenAsYuanText(-1205)).toBe('-12.05');
    expect(fenAsYuanText(100000)).toBe('1000.00');
  });
});
