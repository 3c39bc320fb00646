import {
  estateTypeSheetLabels,
  estateTypes,
  type Locale,
  placeSheetColumns,
  placeSheetInstructions,
  type SheetRow,
} from '@seedbed/core';
import ExcelJS from 'exceljs';

/**
 * The place sheet as an .xlsx file (exceljs): the template a street office fills in, and the
 * upload read back into rows of text for core's `checkPlaceSheet`. Only reading and writing the
 * file lives here; every rule is core's.
 */

export { xlsxType } from '../http/xlsx';
export const placeSheetName = '地点';

/** The template: the 地点 sheet with its header row and an example, and the instructions. */
export async function placeTemplate(locale: Locale): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(placeSheetName);
  sheet.columns = placeSheetColumns.map(({ header, width }) => ({ header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // A list to choose the estate type from, so a typed word cannot be misspelt.
  const typeColumn = placeSheetColumns.findIndex((column) => column.key === 'estateType') + 1;
  const choices = `"${estateTypes.map((type) => estateTypeSheetLabels[type]).join(',')}"`;
  for (let row = 2; row <= 1000; row += 1)
    sheet.getCell(row, typeColumn).dataValidation = { type: 'list', allowBlank: true, formulae: [choices] };
  const notes = book.addWorksheet(locale === 'en' ? 'Instructions' : '填写说明');
  notes.getColumn(1).width = 110;
  for (const line of placeSheetInstructions[locale]) notes.addRow([line]);
  notes.getRow(1).font = { bold: true };
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The rows of the upload's 地点 sheet (or its first sheet), each cell as text, with the row's
 * number as the street office sees it. Null when the bytes are not an .xlsx workbook.
 */
export async function readPlaceSheet(bytes: Uint8Array): Promise<SheetRow[] | null> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = book.getWorksheet(placeSheetName) ?? book.worksheets[0];
  if (!sheet) return null;
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, placeSheetColumns.length); column += 1)
      cells.push(textOf(row.getCell(column)));
    rows.push({ rowNumber, cells });
  });
  return rows;
}

function textOf(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return (cell.text ?? '').trim();
}
