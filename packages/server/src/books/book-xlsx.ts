import { type CashEntry, fenAsYuanText, type Locale } from '@seedbed/core';
import ExcelJS from 'exceljs';

/**
 * The team's book as an .xlsx for staff's files and a funder's audit (exceljs, as the place sheet).
 * Money is written as yuan text with two decimals computed from fen by string (core's
 * fenAsYuanText): a sheet cell never holds a float that rounds.
 */
export { xlsxType } from '../http/xlsx';

const headers = {
  'zh-CN': ['日期', '收支', '来源/用途', '金额（元）', '余额（元）', '备注', '冲销', '记账时间'],
  en: ['Date', 'In/out', 'Source/category', 'Amount (yuan)', 'Balance (yuan)', 'Note', 'Reversal', 'Recorded at'],
} as const;

export async function cashBookSheet(
  entries: readonly CashEntry[],
  labels: { direction: (d: CashEntry['direction']) => string; kind: (entry: CashEntry) => string },
  locale: Locale,
): Promise<Uint8Array<ArrayBuffer>> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(locale === 'en' ? 'Cash book' : '账本');
  sheet.columns = headers[locale].map((header, index) => ({ header, width: [12, 8, 16, 14, 14, 30, 24, 22][index] }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const entry of entries) {
    const row = sheet.addRow([
      entry.occurredOn,
      labels.direction(entry.direction),
      labels.kind(entry),
      fenAsYuanText(entry.amountFen),
      fenAsYuanText(entry.balanceFen),
      entry.note ?? '',
      entry.reversalReason ?? '',
      entry.recordedAt,
    ]);
    for (const column of [4, 5]) row.getCell(column).alignment = { horizontal: 'right' };
  }
  return new Uint8Array(await book.xlsx.writeBuffer()) as Uint8Array<ArrayBuffer>;
}
