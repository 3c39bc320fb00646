import type { ErrorCode } from '../errors';
import { estateTypeSheetLabels, type PlaceSheetColumn, placeSheetColumns } from './place-sheet-columns';
import { isOldNeighbourhoodYear, lastOldNeighbourhoodYear } from './rules';
import { type EstateType, estateTypes } from './schemas';

/**
 * The place sheet a street office fills in (导入地点): one row per courtyard, or per estate without
 * courtyards, or per community without estates. A community's figures may stand on any of its rows
 * but must agree where repeated. Pure: the server reads the xlsx into rows of text, these rules
 * decide; nothing is written unless every row is good.
 *
 * An import only creates: a community already live in the street is refused by name (`exists`),
 * so importing the same sheet twice makes nothing twice, and figures corrected on the page are
 * never silently overwritten by an old sheet.
 */

/** Rows beyond this are refused: a street has tens of communities and hundreds of courtyards. */
export const placeSheetMaxRows = 5000;

export interface SheetRow {
  /** The row's number in the sheet, as the street office sees it (the header is row 1). */
  rowNumber: number;
  cells: readonly string[];
}

export interface SheetIssue {
  code: ErrorCode;
  params: { row: number; column: string } & Record<string, string | number>;
}

export interface PlannedEstate {
  name: string;
  estateType: EstateType;
  buildYear: number | null;
  courtyards: string[];
}

export interface PlannedCommunity {
  name: string;
  residentPopulation: number | null;
  households: number | null;
  estates: PlannedEstate[];
}

export type SheetCheck = { ok: true; plan: PlannedCommunity[] } | { ok: false; issues: SheetIssue[] };

const maxNameLength = 60;
/** Issues beyond this are not listed: the first ones are enough to see what went wrong. */
const maxIssues = 200;

type Cells = Record<PlaceSheetColumn, string>;
const header = (key: PlaceSheetColumn) => placeSheetColumns.find((column) => column.key === key)!.header;

/**
 * Checks a whole sheet: the header row first (every template column present), then each row,
 * then names repeated within the sheet and communities that already exist in the street.
 * `existingCommunities` are the live communities' names; `thisYear` bounds the build year.
 */
export function checkPlaceSheet(
  rows: readonly SheetRow[],
  context: { existingCommunities: readonly string[]; thisYear: number },
): SheetCheck {
  const [head, ...body] = rows;
  if (!head) return { ok: false, issues: [{ code: 'places.sheet.empty', params: { row: 1, column: '' } }] };
  const positions = columnPositions(head);
  if (!positions.ok) return { ok: false, issues: positions.issues };
  const filled = body.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (filled.length === 0)
    return { ok: false, issues: [{ code: 'places.sheet.empty', params: { row: head.rowNumber + 1, column: '' } }] };
  if (filled.length > placeSheetMaxRows)
    return {
      ok: false,
      issues: [{ code: 'places.sheet.too_many_rows', params: { row: 1, column: '', max: placeSheetMaxRows } }],
    };
  const issues: SheetIssue[] = [];
  const plan = new Planner(context, issues);
  for (const row of filled) {
    const cells = Object.fromEntries(
      placeSheetColumns.map(({ key }) => [key, (row.cells[positions.value[key]] ?? '').trim()]),
    ) as Cells;
    plan.add(row.rowNumber, cells);
  }
  return issues.length > 0 ? { ok: false, issues: issues.slice(0, maxIssues) } : { ok: true, plan: plan.communities };
}

function columnPositions(
  head: SheetRow,
): { ok: true; value: Record<PlaceSheetColumn, number> } | { ok: false; issues: SheetIssue[] } {
  const names = head.cells.map((cell) => cell.trim());
  const issues: SheetIssue[] = placeSheetColumns
    .filter(({ header: name }) => !names.includes(name))
    .map(({ header: name }) => ({
      code: 'places.sheet.missing_column',
      params: { row: head.rowNumber, column: name },
    }));
  if (issues.length > 0) return { ok: false, issues };
  const value = Object.fromEntries(placeSheetColumns.map(({ key, header: name }) => [key, names.indexOf(name)]));
  return { ok: true, value: value as Record<PlaceSheetColumn, number> };
}

/** Whole numbers from 0, written plainly or with thousands separators (12,345 / 12，345). */
export function parseSheetCount(text: string): number | null | 'bad' {
  if (text === '') return null;
  const plain = text.replace(/[,，\s]/g, '');
  if (!/^\d{1,8}(\.0+)?$/.test(plain)) return 'bad';
  return Number.parseInt(plain, 10);
}

/**
 * A type as people type it: the list's label, the code, or the label with or without 小区
 * ("商品房小区" is 商品房, "老旧" is 老旧小区) — an office that typed rather than picked is not refused.
 */
export function parseEstateType(text: string): EstateType | null {
  if (text === '') return 'other';
  const bare = (label: string) => label.replace(/小区$/, '');
  const byLabel = estateTypes.find(
    (type) => type === text || bare(estateTypeSheetLabels[type]) === bare(text.replace(/\s/g, '')),
  );
  return byLabel ?? null;
}

interface Seen {
  row: number;
}

/** Builds the plan row by row, recording each issue with its row and column. */
class Planner {
  readonly communities: PlannedCommunity[] = [];
  private readonly communityRows = new Map<string, Seen & { community: PlannedCommunity }>();
  private readonly estateRows = new Map<string, Seen & { estate: PlannedEstate }>();
  private readonly courtyardRows = new Map<string, Seen>();
  private readonly existing: Set<string>;
  private readonly reported = new Set<string>();

  constructor(
    private readonly context: { existingCommunities: readonly string[]; thisYear: number },
    private readonly issues: SheetIssue[],
  ) {
    this.existing = new Set(context.existingCommunities);
  }

  private issue(code: ErrorCode, row: number, key: PlaceSheetColumn, extra: Record<string, string | number> = {}) {
    this.issues.push({ code, params: { row, column: header(key), ...extra } });
  }

  private name(row: number, cells: Cells, key: PlaceSheetColumn): boolean {
    if (cells[key].length <= maxNameLength) return true;
    this.issue('places.sheet.too_long', row, key, { max: maxNameLength });
    return false;
  }

  private count(row: number, cells: Cells, key: 'residentPopulation' | 'households'): number | null | undefined {
    const value = parseSheetCount(cells[key]);
    if (value !== 'bad') return value;
    this.issue('places.sheet.bad_number', row, key, { value: cells[key] });
    return undefined;
  }

  add(row: number, cells: Cells) {
    const before = this.issues.length;
    if (cells.community === '') this.issue('places.sheet.required', row, 'community');
    for (const key of ['community', 'estate', 'courtyard'] as const) this.name(row, cells, key);
    const residentPopulation = this.count(row, cells, 'residentPopulation');
    const households = this.count(row, cells, 'households');
    const estate = this.estateOf(row, cells);
    if (this.issues.length > before) return;
    const community = this.communityOf(row, cells.community, residentPopulation ?? null, households ?? null);
    if (!community || !estate) return;
    this.placeEstate(row, cells, community, estate);
  }

  /** The estate a row names (null when it names none), with its type and year checked. */
  private estateOf(row: number, cells: Cells): PlannedEstate | null {
    if (cells.estate === '') {
      if (cells.courtyard !== '') this.issue('places.sheet.courtyard_without_estate', row, 'courtyard');
      for (const key of ['estateType', 'buildYear'] as const)
        if (cells[key] !== '') this.issue('places.sheet.estate_detail_without_estate', row, key);
      return null;
    }
    const estateType = parseEstateType(cells.estateType);
    if (!estateType) this.issue('places.sheet.unknown_type', row, 'estateType', { value: cells.estateType });
    const year = parseSheetCount(cells.buildYear);
    if (year === 'bad' || (year !== null && (year < 1800 || year > this.context.thisYear))) {
      this.issue('places.sheet.bad_year', row, 'buildYear', { value: cells.buildYear, year: this.context.thisYear });
      return null;
    }
    if (estateType === 'old_neighbourhood' && year !== null && !isOldNeighbourhoodYear(year))
      this.issue('places.sheet.not_old', row, 'buildYear', { year: lastOldNeighbourhoodYear });
    return estateType ? { name: cells.estate, estateType, buildYear: year, courtyards: [] } : null;
  }

  private communityOf(
    row: number,
    name: string,
    residentPopulation: number | null,
    households: number | null,
  ): PlannedCommunity | null {
    const seen = this.communityRows.get(name);
    if (!seen) {
      if (this.existing.has(name)) {
        // Named once, on its first row: the rest of its rows are the same refusal.
        if (!this.reported.has(name)) this.issue('places.sheet.exists', row, 'community', { value: name });
        this.reported.add(name);
        return null;
      }
      const community: PlannedCommunity = { name, residentPopulation, households, estates: [] };
      this.communities.push(community);
      this.communityRows.set(name, { row, community });
      return community;
    }
    const { community } = seen;
    for (const [key, value] of [
      ['residentPopulation', residentPopulation],
      ['households', households],
    ] as const) {
      if (value === null) continue;
      if (community[key] === null) community[key] = value;
      else if (community[key] !== value) this.issue('places.sheet.conflict', row, key, { first: seen.row });
    }
    return community;
  }

  private placeEstate(row: number, cells: Cells, community: PlannedCommunity, estate: PlannedEstate | null) {
    if (!estate) {
      // A row with the community alone: a second one says nothing new, unless it repeats it by mistake.
      return;
    }
    const estateKey = `${community.name}\u0000${estate.name}`;
    const seen = this.estateRows.get(estateKey);
    let planned = seen?.estate;
    if (!seen) {
      planned = estate;
      community.estates.push(estate);
      this.estateRows.set(estateKey, { row, estate });
    } else if (
      (cells.estateType !== '' && seen.estate.estateType !== estate.estateType) ||
      (estate.buildYear !== null && seen.estate.buildYear !== null && seen.estate.buildYear !== estate.buildYear)
    ) {
      this.issue('places.sheet.conflict', row, cells.estateType !== '' ? 'estateType' : 'buildYear', {
        first: seen.row,
      });
      return;
    } else if (seen.estate.buildYear === null) seen.estate.buildYear = estate.buildYear;
    if (cells.courtyard === '') {
      if (seen && !planned!.courtyards.length)
        this.issue('places.sheet.duplicate', row, 'estate', { first: seen.row, value: estate.name });
      return;
    }
    const courtyardKey = `${estateKey}\u0000${cells.courtyard}`;
    const first = this.courtyardRows.get(courtyardKey);
    if (first) {
      this.issue('places.sheet.duplicate', row, 'courtyard', { first: first.row, value: cells.courtyard });
      return;
    }
    this.courtyardRows.set(courtyardKey, { row });
    planned!.courtyards.push(cells.courtyard);
  }
}

/** An uploaded place sheet: a street's places fit in far less (a few hundred rows ≈ 30 KB). */
export const placeSheetMaxBytes = 2 * 1024 * 1024;

/** What an uploaded sheet may unpack to: a 2 MB sheet of text unpacks to a few times that, never 64 MB. */
export const placeSheetMaxUnpackedBytes = 64 * 1024 * 1024;
