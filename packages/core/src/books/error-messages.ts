import type { ErrorMessages } from '../shared/error-messages';

/** The team's cash book 账本: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const booksErrorMessages = {
  'books.unknown_entry': { status: 404, 'zh-CN': '这笔账不存在。', en: 'No such entry in the book.' },
  'books.balance_negative': {
    status: 409,
    'zh-CN':
      '记上这一笔，账上的钱会在 {on} 变成负数（差 {shortfallFen} 分）。如果是队员先垫的钱，请先记一笔收入“垫付”，还钱时再记支出“还垫付”。',
    en: 'This entry would take the cash below zero on {on} (short by {shortfallFen} fen). If a member paid first, record that as income “member advance”, and the repayment as an expense.',
  },
  'books.already_reversed': {
    status: 409,
    'zh-CN': '这笔账已经冲销过了。',
    en: 'This entry has already been reversed.',
  },
  'books.reversal_of_reversal': {
    status: 400,
    'zh-CN': '冲销记录不能再冲销；请重新记一笔正确的账。',
    en: 'A reversing entry cannot be reversed; record the right entry again instead.',
  },
  'books.future_date': {
    status: 400,
    'zh-CN': '日期不能晚于今天。',
    en: 'The date cannot be after today.',
  },
  'books.period_order': {
    status: 400,
    'zh-CN': '开始日期不能晚于结束日期。',
    en: 'The period must start on or before its end.',
  },
  'books.unknown_handover': { status: 404, 'zh-CN': '这次交接不存在。', en: 'No such handover.' },
  'books.handover_not_member': {
    status: 400,
    'zh-CN': '接手的人必须是本队现在的队员。',
    en: 'The new treasurer must be a current member of the team.',
  },
  'books.handover_to_treasurer': {
    status: 409,
    'zh-CN': '这位队员已经是财务了。',
    en: 'This member is already the treasurer.',
  },
  'books.handover_open': {
    status: 409,
    'zh-CN': '还有一次交接没有完成，请先完成或等双方确认。',
    en: 'A handover is still waiting for confirmation; finish it first.',
  },
  'books.handover_done': {
    status: 409,
    'zh-CN': '这次交接已经完成了。',
    en: 'This handover is already complete.',
  },
  'books.handover_not_yours': {
    status: 403,
    'zh-CN': '只有交接的本人（或社工）才能确认这一方。',
    en: 'Only the person on that side of the handover (or staff) can confirm it.',
  },
  'books.handover_balance_changed': {
    status: 409,
    'zh-CN': '交接开始后账上又记了账，余额变了。请重新发起交接，让双方核对新的余额。',
    en: 'The book changed after the handover started, so its balance did too. Start the handover again so both sides check the new balance.',
  },
  'books.handover_side_left': {
    status: 409,
    'zh-CN': '交接的一方已经不在队里了，请重新发起交接。',
    en: 'One side of the handover has left the team; start it again.',
  },
} as const satisfies ErrorMessages;
