import ExcelJS from 'exceljs';
import type { Client, JsonResponse } from './api';
import { sendFile } from './images';

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const placeSheetHeader = ['社区', '常住人口', '户数', '小区', '小区类型', '建成年份', '院落'];

/** An .xlsx workbook with one 地点 sheet holding these rows (the first is the header). */
export async function sheetBytes(rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('地点');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Uploads a place sheet to a street's import. */
export function importSheet(
  client: Client,
  streetId: string,
  bytes: Uint8Array,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  return sendFile(client, 'POST', `/api/streets/${streetId}/places/import`, bytes, xlsxType, headers);
}
