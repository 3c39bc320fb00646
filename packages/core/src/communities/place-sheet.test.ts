import { describe, expect, it } from 'vitest';
import { checkPlaceSheet, parseEstateType, parseSheetCount, type SheetRow } from './place-sheet';
import { placeSheetColumns } from './place-sheet-columns';

const head: SheetRow = { rowNumber: 1, cells: placeSheetColumns.map((c) => c.header) };
const sheet = (...rows: string[][]): SheetRow[] => [head, ...rows.map((cells, i) => ({ rowNumber: i + 2, cells }))];
const context = { existingCommunities: ['老社区'], thisYear: 2026 };
const codesOf = (check: ReturnType<typeof checkPlaceSheet>) =>
  check.ok ? [] : check.issues.map((i) => `${i.code}@${i.params.row}:${i.params.column}`);

describe('the place sheet', () => {
  it('plans communities, estates and courtyards, figures from any row of the community', () => {
    const check = checkPlaceSheet(
      sheet(
        ['新华社区', '12,345', '', '幸福小区', '老旧小区', '1995', '1号院'],
        ['新华社区', '', '4000', '幸福小区', '', '', '2号院'],
        ['新华社区', '12345', '', '阳光花园', '商品房', '2008', ''],
        ['东风社区', '800', '300', '', '', '', ''],
        ['', '', '', '', '', '', ''],
      ),
      context,
    );
    expect(check).toEqual({
      ok: true,
      plan: [
        {
          name: '新华社区',
          residentPopulation: 12345,
          households: 4000,
          estates: [
            { name: '幸福小区', estateType: 'old_neighbourhood', buildYear: 1995, courtyards: ['1号院', '2号院'] },
            { name: '阳光花园', estateType: 'commodity_housing', buildYear: 2008, courtyards: [] },
          ],
        },
        { name: '东风社区', residentPopulation: 800, households: 300, estates: [] },
      ],
    });
  });

  it('finds the columns by their headers, in any order, and names every missing one on row 1', () => {
    const reordered: SheetRow[] = [
      { rowNumber: 1, cells: ['院落', '社区', '小区', '小区类型', '建成年份', '户数', '常住人口'] },
      { rowNumber: 2, cells: ['1号院', '新华社区', '幸福小区', '', '', '', ''] },
    ];
    expect(checkPlaceSheet(reordered, context).ok).toBe(true);
    const missing: SheetRow[] = [{ rowNumber: 1, cells: ['社区', '小区', '院落'] }, reordered[1]!];
    expect(codesOf(checkPlaceSheet(missing, context))).toEqual([
      'places.sheet.missing_column@1:常住人口',
      'places.sheet.missing_column@1:户数',
      'places.sheet.missing_column@1:小区类型',
      'places.sheet.missing_column@1:建成年份',
    ]);
  });

  it('names the row and column of bad numbers, years, types and missing names', () => {
    const check = checkPlaceSheet(
      sheet(
        ['新华社区', '一万', '', '', '', '', ''],
        ['', '10', '', '', '', '', ''],
        ['东风社区', '', '-3', '幸福小区', '别墅', '', ''],
        ['南门社区', '', '', '幸福小区', '老旧小区', '2010', ''],
        ['西门社区', '', '', '幸福小区', '', '3000', ''],
        ['北门社区', '', '', '', '', '', '1号院'],
      ),
      context,
    );
    expect(codesOf(check)).toEqual([
      'places.sheet.bad_number@2:常住人口',
      'places.sheet.required@3:社区',
      'places.sheet.bad_number@4:户数',
      'places.sheet.unknown_type@4:小区类型',
      'places.sheet.not_old@5:建成年份',
      'places.sheet.bad_year@6:建成年份',
      'places.sheet.courtyard_without_estate@7:院落',
    ]);
  });

  it('refuses repeats within the sheet, disagreeing figures and communities the street already has', () => {
    const check = checkPlaceSheet(
      sheet(
        ['新华社区', '100', '', '幸福小区', '', '', '1号院'],
        ['新华社区', '200', '', '幸福小区', '', '', '1号院'],
        ['新华社区', '', '', '阳光花园', '', '', ''],
        ['新华社区', '', '', '阳光花园', '', '', ''],
        ['老社区', '', '', '', '', '', ''],
      ),
      context,
    );
    expect(codesOf(check)).toEqual([
      'places.sheet.conflict@3:常住人口',
      'places.sheet.duplicate@3:院落',
      'places.sheet.duplicate@5:小区',
      'places.sheet.exists@6:社区',
    ]);
  });

  it('refuses an empty sheet', () => {
    expect(codesOf(checkPlaceSheet(sheet(['', '', '', '', '', '', '']), context))).toEqual(['places.sheet.empty@2:']);
    expect(codesOf(checkPlaceSheet([], context))).toEqual(['places.sheet.empty@1:']);
  });

  it('reads counts and types as a street office writes them', () => {
    expect(parseSheetCount('')).toBeNull();
    expect(parseSheetCount('12，345')).toBe(12345);
    expect(parseSheetCount('300.0')).toBe(300);
    expect(parseSheetCount('3.5')).toBe('bad');
    expect(parseEstateType('')).toBe('other');
    expect(parseEstateType('城中村')).toBe('urban_village');
    expect(parseEstateType('high_end')).toBe('high_end');
    expect(parseEstateType('别墅')).toBeNull();
  });
});
