import { type ExpenseCategory, type IncomeSource, maxEntryFen } from '@seedbed/core';
import { addDays } from './dates';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * Rows of the books tables (packages/db/src/migrations/0020-books.ts), named as the columns: a year
 * of several teams' cash books 账本 on the demo street, kept by each team's treasurer 财务. The
 * leader's team (夕阳红舞蹈队, whose treasurer is the `treasurer` login) gets ¥1000 共建资金 a month
 * from the community; others live on 会费, 义卖 and donations. Every book stays covered: an
 * expense the cash cannot pay is advanced by a member (垫付) and repaid later (还垫付), as the
 * book's rule asks. Amounts are fen.
 */
export interface CashEntryRow {
  id: string;
  street_id: string;
  organization_id: string;
  direction: 'income' | 'expense';
  source: IncomeSource | null;
  category: ExpenseCategory | null;
  amount_fen: number;
  occurred_on: string;
  note: string | null;
  reverses_id: null;
  reversal_reason: null;
  source_ref_kind: null;
  source_ref_id: null;
  recorded_by: string | null;
  recorded_at: string;
}

export interface BooksDemoData {
  cash_entries: CashEntryRow[];
}

const expenseNotes: Record<Exclude<ExpenseCategory, 'advance_repayment' | 'other'>, readonly string[]> = {
  activity_supplies: ['扇子和绸带', '活动用的矿泉水', '手工材料', '横幅'],
  venue: ['借用活动室的电费', '场地清洁'],
  transport: ['外出交流的公交车费', '搬音响的三轮车费'],
  printing: ['打印签到表', '复印宣传单'],
  food: ['重阳节聚餐', '志愿者的盒饭'],
  equipment: ['小音箱', '扩音器电池'],
};

export function generateBooksDemo(random: Random, base: BaseDemoData, today: string): BooksDemoData {
  const data: BooksDemoData = { cash_entries: [] };
  const treasurerLogin = base.users.find((u) => u.username === 'treasurer');
  const leaderTeamId = base.users.find((u) => u.username === 'leader')?.scope_id;
  const mainStreetId = base.users.find((u) => u.username === 'staff')?.scope_id;
  if (!leaderTeamId || !mainStreetId) return data;
  const withTreasurer = new Set(
    base.organization_members.filter((m) => m.role === 'treasurer' && m.left_on === null).map((m) => m.organization_id),
  );
  const others = base.organizations.filter(
    (o) => o.street_id === mainStreetId && o.status === 'active' && o.id !== leaderTeamId && withTreasurer.has(o.id),
  );
  const teams = [leaderTeamId, ...random.sample(others, Math.min(4, others.length)).map((o) => o.id)];
  for (const [index, organizationId] of teams.entries()) {
    const recordedBy = organizationId === leaderTeamId ? (treasurerLogin?.id ?? null) : null;
    data.cash_entries.push(
      ...bookOf(random.fork(`book-${index}`), organizationId, mainStreetId, recordedBy, today, index === 0),
    );
  }
  return data;
}

function bookOf(
  random: Random,
  organizationId: string,
  streetId: string,
  recordedBy: string | null,
  today: string,
  hasCommunityFund: boolean,
): CashEntryRow[] {
  const rows: CashEntryRow[] = [];
  let balance = 0;
  let advanced = 0;
  let order = 0;
  const add = (direction: 'income' | 'expense', kind: string, amount: number, on: string, note: string | null) => {
    const fen = Math.min(amount, maxEntryFen);
    balance += direction === 'income' ? fen : -fen;
    order += 1;
    rows.push({
      id: random.uuid(),
      street_id: streetId,
      organization_id: organizationId,
      direction,
      source: direction === 'income' ? (kind as IncomeSource) : null,
      category: direction === 'expense' ? (kind as ExpenseCategory) : null,
      amount_fen: fen,
      occurred_on: on,
      note,
      reverses_id: null,
      reversal_reason: null,
      source_ref_kind: null,
      source_ref_id: null,
      recorded_by: recordedBy,
      recorded_at: `${on}T01:${String(order % 60).padStart(2, '0')}:00.000Z`,
    });
  };
  for (let month = 11; month >= 0; month -= 1) {
    const start = addDays(today, -30 * month - 28);
    if (hasCommunityFund) add('income', 'community_fund', 100000, start, '社区共建资金');
    else if (random.chance(0.5)) add('income', 'membership_fee', random.int(10, 30) * 1000, start, '本月会费');
    if (random.chance(0.3))
      add(
        'income',
        random.pick(['charity_sale', 'donation', 'sponsorship'] as const),
        random.int(5, 60) * 1000,
        addDays(start, 5),
        null,
      );
    for (let n = random.int(1, 3); n > 0; n -= 1) {
      const category = random.pick(Object.keys(expenseNotes) as (keyof typeof expenseNotes)[]);
      const amount = random.int(2, 80) * 500;
      const on = addDays(start, random.int(6, 25));
      if (on > today) continue;
      if (amount > balance) {
        add('income', 'member_advance', amount - balance, on, '队员先垫付');
        advanced += amount - balance;
      }
      add('expense', category, amount, on, random.pick(expenseNotes[category]));
    }
    if (advanced > 0 && balance >= advanced) {
      add(
        'expense',
        'advance_repayment',
        advanced,
        addDays(start, 27) > today ? today : addDays(start, 27),
        '还队员垫付',
      );
      advanced = 0;
    }
  }
  return rows;
}
