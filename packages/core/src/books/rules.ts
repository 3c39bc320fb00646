import { fail, ok, type Result } from '../errors';
import { addDays } from '../shared/time';
import {
  type EntryDirection,
  type ExpenseCategory,
  expenseCategories,
  type IncomeSource,
  incomeSources,
  maxEntryFen,
  type Statement,
} from './schemas';

/**
 * The book's arithmetic, pure. An entry moves cash in (income) or out (expense); a reversing entry
 * carries the same direction, source or category as the entry it cancels with the amount negated,
 * so a statement's "income from donations" is net of a donation recorded by mistake, and the
 * trail a funder audits keeps both lines (corrections never delete).
 */
export interface BookLine {
  direction: EntryDirection;
  source: IncomeSource | null;
  category: ExpenseCategory | null;
  /** Positive for an entry, negative for a reversal. */
  amountFen: number;
  occurredOn: string;
  /** Tie-break within a day: the order the treasurer wrote them in. */
  recordedAt: string;
}

/** What the line does to the cash: + for income, − for expense (a reversal's sign flips it back). */
export function cashEffect(line: Pick<BookLine, 'direction' | 'amountFen'>): number {
  return line.direction === 'income' ? line.amountFen : -line.amountFen;
}

/** Book order: by the day the money moved, then by when it was written down. */
export function inBookOrder<T extends Pick<BookLine, 'occurredOn' | 'recordedAt'>>(lines: readonly T[]): T[] {
  return [...lines].sort(
    (a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.recordedAt.localeCompare(b.recordedAt),
  );
}

/** The balance after each line, in book order (the lines are sorted first). */
export function runningBalances<T extends BookLine>(lines: readonly T[]): (T & { balanceFen: number })[] {
  let balance = 0;
  return inBookOrder(lines).map((line) => {
    balance += cashEffect(line);
    return { ...line, balanceFen: balance };
  });
}

export function balanceOf(lines: readonly Pick<BookLine, 'direction' | 'amountFen'>[]): number {
  return lines.reduce((sum, line) => sum + cashEffect(line), 0);
}

/**
 * A book's cash never goes below zero at any point in book order: money spent that the team did not
 * have was advanced by someone, and is written as income 垫付 (member_advance) first. A back-dated
 * expense is checked where it lands, not only against today's balance. Refused with
 * `books.balance_negative`, naming the shortfall in fen.
 */
export function checkBookStaysCovered(lines: readonly BookLine[]): Result<null> {
  for (const line of runningBalances(lines)) {
    if (line.balanceFen < 0)
      return fail('books.balance_negative', { shortfallFen: -line.balanceFen, on: line.occurredOn });
  }
  return ok(null);
}

/**
 * A period's statement (财务公开), both ends inclusive: opening (every line before `from`), income
 * per source, expense per category, closing. Always opening + income − expense = closing.
 */
export function statementOf(lines: readonly BookLine[], from: string, to: string): Statement {
  const incomeBySource = Object.fromEntries(incomeSources.map((s) => [s, 0])) as Record<IncomeSource, number>;
  const expenseByCategory = Object.fromEntries(expenseCategories.map((c) => [c, 0])) as Record<ExpenseCategory, number>;
  let openingFen = 0;
  for (const line of lines) {
    if (line.occurredOn < from) openingFen += cashEffect(line);
    else if (line.occurredOn > to) continue;
    else if (line.direction === 'income') incomeBySource[line.source ?? 'other'] += line.amountFen;
    else expenseByCategory[line.category ?? 'other'] += line.amountFen;
  }
  const incomeFen = sum(Object.values(incomeBySource));
  const expenseFen = sum(Object.values(expenseByCategory));
  return {
    from,
    to,
    openingFen,
    incomeBySource,
    expenseByCategory,
    incomeFen,
    expenseFen,
    closingFen: openingFen + incomeFen - expenseFen,
  };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Money the team raised itself (小树 "raises its own funds"): income that is neither a grant given
 * to it nor a member's advance (which is a loan, paid back).
 */
export function isOwnMoney(source: IncomeSource | null): boolean {
  return source !== 'grant' && source !== 'member_advance';
}

/** What the book says for the stage criteria (core/src/organizations/stage-criteria.ts). */
export interface BookFacts {
  /** "Own account": a treasurer keeps the book and wrote in it in the last 6 months (183 days). */
  keepsOwnBook: boolean;
  /** "Raises its own money": net own income (isOwnMoney) in the last 12 months (365 days), in fen. */
  ownIncomeLast12MonthsFen: number;
}

export function bookFacts(lines: readonly BookLine[], hasTreasurer: boolean, today: string): BookFacts {
  const sixMonthsAgo = addDays(today, -183);
  const yearAgo = addDays(today, -365);
  const ownIncome = lines
    .filter((l) => l.direction === 'income' && isOwnMoney(l.source) && l.occurredOn > yearAgo && l.occurredOn <= today)
    .reduce((total, l) => total + l.amountFen, 0);
  return {
    keepsOwnBook: hasTreasurer && lines.some((l) => l.occurredOn > sixMonthsAgo && l.occurredOn <= today),
    ownIncomeLast12MonthsFen: ownIncome,
  };
}

/**
 * Typed yuan as fen, by string, never through a float: '12.5' and '¥12.50' → 1250, '3' → 300.
 * Null for anything else (a third decimal, letters, zero, over one entry's ceiling).
 */
export function parseYuan(typed: string): number | null {
  const match = /^[¥￥]?\s*(\d{1,9})(?:[.。](\d{1,2}))?$/.exec(typed.trim().replaceAll(',', ''));
  if (!match) return null;
  const fen = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return fen >= 1 && fen <= maxEntryFen ? fen : null;
}

/** Fen as plain yuan with two decimals for a sheet cell ('-12.05'), by string: no float rounding. */
export function fenAsYuanText(fen: number): string {
  const negative = fen < 0;
  const digits = String(Math.abs(fen)).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
