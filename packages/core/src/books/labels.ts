import type { Locale } from '../shared/locale';
import type { EntryDirection, ExpenseCategory, IncomeSource } from './schemas';

/** Words of the book's sheet (server/src/books/book-xlsx.ts); the web's are in web/src/books/messages.ts. */
export const bookSheetLabels: Record<
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
      member_advance: '垫付',
      other: '其他收入',
    },
    category: {
      activity_supplies: '活动物资',
      venue: '场地',
      transport: '交通',
      printing: '打印',
      food: '餐饮',
      equipment: '设备',
      advance_repayment: '还垫付',
      other: '其他支出',
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
      other: 'Other income',
    },
    category: {
      activity_supplies: 'Activity supplies',
      venue: 'Venue',
      transport: 'Transport',
      printing: 'Printing',
      food: 'Food',
      equipment: 'Equipment',
      advance_repayment: 'Advance repaid',
      other: 'Other expense',
    },
  },
};
