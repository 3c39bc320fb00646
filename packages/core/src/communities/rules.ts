import { fail, ok, type Result } from '../errors';

/**
 * Pure rules of the community survey. No clock: `today` (YYYY-MM-DD, Asia/Shanghai) is passed in.
 */

/** 老旧小区: an estate built before the end of 2000 (seeds 003, 004). */
export const lastOldNeighbourhoodYear = 2000;

export function isOldNeighbourhoodYear(buildYear: number): boolean {
  return buildYear <= lastOldNeighbourhoodYear;
}

/** An estate's build year must fit its type and not lie in the future. */
export function checkEstate(
  input: { estateType?: string | undefined; buildYear?: number | null | undefined },
  today: string,
): Result<true> {
  const year = input.buildYear;
  if (year === null || year === undefined) return ok(true);
  if (year > Number(today.slice(0, 4))) return fail('survey.future_date');
  if (input.estateType === 'old_neighbourhood' && !isOldNeighbourhoodYear(year))
    return fail('estate.not_old', { year: lastOldNeighbourhoodYear });
  return ok(true);
}

/** A date of something that happened (a visit, a resource found) cannot be after today. */
export function checkSurveyDates(dates: readonly (string | null | undefined)[], today: string): Result<true> {
  return dates.some((date) => date && date > today) ? fail('survey.future_date') : ok(true);
}

export interface PopulationFigures {
  residentPopulation?: number | null | undefined;
  localPopulation?: number | null | undefined;
  migrantPopulation?: number | null | undefined;
  childrenPopulation?: number | null | undefined;
  workingAgePopulation?: number | null | undefined;
  elderlyPopulation?: number | null | undefined;
}

/**
 * The parts of the resident population 常住人口 (locals + migrants; the three age bands) cannot add
 * up to more than the whole. They may add up to less: a survey seldom knows everyone.
 */
export function checkPopulation(figures: PopulationFigures): Result<true> {
  const total = figures.residentPopulation;
  if (total === null || total === undefined) return ok(true);
  const sum = (values: (number | null | undefined)[]) => values.reduce<number>((n, v) => n + (v ?? 0), 0);
  const origin = sum([figures.localPopulation, figures.migrantPopulation]);
  const ages = sum([figures.childrenPopulation, figures.workingAgePopulation, figures.elderlyPopulation]);
  if (origin > total || ages > total) return fail('community.population_parts');
  return ok(true);
}

/** A pin is a point on the picture: x and y are fractions of its width and height, both given or neither. */
export function checkPin(pin: { pinX?: number | null | undefined; pinY?: number | null | undefined }): Result<true> {
  const { pinX, pinY } = pin;
  const isSet = (v: number | null | undefined) => v !== null && v !== undefined;
  if (isSet(pinX) !== isSet(pinY)) return fail('resource.pin_incomplete');
  for (const v of [pinX, pinY])
    if (isSet(v) && ((v as number) < 0 || (v as number) > 1)) return fail('request.invalid');
  return ok(true);
}
