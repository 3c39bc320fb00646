import { fenAsYuanText, type GrantClaim, type GrantLedger, type Locale } from '@seedbed/core';
import ExcelJS from 'exceljs';

/**
 * A grant's ledger as an .xlsx for the funder's audit (exceljs, as the book's sheet): one sheet of
 * budget against actual per line with the totals, one of every claim. Money is yuan text with two
 * decimals computed from fen by string (core's fenAsYuanText), never a float. No resident's name:
 * who advanced a claim is not on the sheet, whoever downloads it.
 */
const text = {
  'zh-CN': {
    lines: '预算执行',
    claims: '报销明细',
    lineHeaders: ['预算科目', '预算（元）', '已支出（元）', '待审（元）', '余额（元）', '可用上限（元）'],
    claimHeaders: ['编号', '预算科目', '金额（元）', '支出日期', '用途', '状态', '付款日期'],
    total: '合计',
    cap: '资助总额',
    tranches: '已预拨',
    direct: '直接报销',
    held: '团队结余',
    returned: '已退还',
  },
  en: {
    lines: 'Budget lines',
    claims: 'Claims',
    lineHeaders: ['Line', 'Budget (yuan)', 'Spent (yuan)', 'Pending (yuan)', 'Remaining (yuan)', 'Ceiling (yuan)'],
    claimHeaders: ['No.', 'Line', 'Amount (yuan)', 'Spent on', 'What', 'State', 'Paid on'],
    total: 'Total',
    cap: 'Grant total',
    tranches: 'Tranches paid',
    direct: 'Paid directly',
    held: 'Held by the team',
    returned: 'Returned',
  },
} as const;

export async function grantLedgerSheet(
  ledger: GrantLedger,
  claims: readonly GrantClaim[],
  stateLabel: (state: GrantClaim['state']) => string,
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const words = text[locale];
  const book = new ExcelJS.Workbook();
  const lines = book.addWorksheet(words.lines);
  lines.columns = words.lineHeaders.map((header, index) => ({ header, width: index === 0 ? 24 : 16 }));
  lines.getRow(1).font = { bold: true };
  for (const line of ledger.lines)
    lines.addRow([
      line.label,
      fenAsYuanText(line.budgetFen),
      fenAsYuanText(line.spentFen),
      fenAsYuanText(line.pendingFen),
      fenAsYuanText(line.remainingFen),
      fenAsYuanText(line.ceilingFen),
    ]);
  lines.addRow([
    words.total,
    fenAsYuanText(ledger.budgetFen),
    fenAsYuanText(ledger.spentFen),
    fenAsYuanText(ledger.pendingFen),
    fenAsYuanText(ledger.remainingFen),
  ]).font = { bold: true };
  lines.addRow([]);
  for (const [label, fen] of [
    [words.cap, ledger.capFen],
    [words.tranches, ledger.tranchesPaidFen],
    [words.direct, ledger.paidDirectFen],
    [words.held, ledger.heldByTeamFen],
    [words.returned, ledger.returnedFen],
  ] as const)
    lines.addRow([label, fenAsYuanText(fen)]);
  const sheet = book.addWorksheet(words.claims);
  sheet.columns = words.claimHeaders.map((header, index) => ({ header, width: [8, 20, 14, 12, 36, 12, 12][index] }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const claim of claims)
    sheet.addRow([
      claim.number,
      claim.lineLabel,
      fenAsYuanText(claim.amountFen),
      claim.spentOn,
      claim.description,
      stateLabel(claim.state),
      claim.paidOn ?? '',
    ]);
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
