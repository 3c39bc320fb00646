import type { Locale } from '../shared/locale';
import type { EntryDirection, ExpenseCategory, IncomeSource } from './schemas';

/**
 * The book's words for directions, sources and categories: one list for the sheet
 * (server/src/books/book-xlsx.ts) and the web's catalogue (web/src/books/messages.ts), so a
 * treasurer reads the same words on the phone and in the downloaded book.
 */
export const bookLabels: Record<
  Locale,
  {
    direction: Record<EntryDirection, string>;
    source: Record<IncomeSource, string>;
    category: Record<ExpenseCategory, string>;
  }
> = {
  'zh-CN': {
    direction: { income: '收入', expense: '支出' },
    source: {
      grant: '资助/微创投',
      community_fund: '共建资金',
      sponsorship: '赞助',
      donation: '捐赠',
      charity_sale: '义卖',
      membership_fee: '会费',
      paid_service: '公益付费服务',
      member_advance: '队员垫付',
      other: '其他',
    },
    category: {
      activity_supplies: '活动物资',
      venue: '场地',
      transport: '交通',
      printing: '打印复印',
      food: '吃饭喝水',
      equipment: '设备',
      advance_repayment: '还垫付',
      other: '其他',
    },
  },
  en: {
    direction: { income: 'Income', expense: 'Expense' },
    source: {
      grant: 'Grant',
      community_fund: 'Community fund',
      sponsorship: 'Sponsorship',
      donation: 'Donation',
      charity_sale: 'Charity sale',
      membership_fee: 'Membership fees',
      paid_service: 'Paid service',
      member_advance: 'Member advance',
      other: 'Other',
    },
    category: {
      activity_supplies: 'Activity supplies',
      venue: 'Venue',
      transport: 'Transport',
      printing: 'Printing',
      food: 'Food and drink',
      equipment: 'Equipment',
      advance_repayment: 'Advance repaid',
      other: 'Other',
    },
  },
};
