import { yearOf } from './dates';
import { personName, type Sex } from './names';
import type { Places } from './places';
import type { Random } from './random';
import type { CourtyardRow, EstateRow, PersonRow } from './rows';

/**
 * The residents Seedbed knows: not a census but the people who join activities, sign in and lead
 * teams. They skew old and female, as the practitioners in the seeds describe (the retired women
 * of the dance teams, the 55–75-year-old 能人), with children for the children's councils and some
 * younger adults for volunteering and the parent–child groups.
 */
export interface Resident {
  row: PersonRow;
  /** Not stored (the table has no such column); used only to make names and teams plausible. */
  sex: Sex;
  /** Age in whole years as the calendar year of `today` minus the birth year. */
  age: number;
}

/** Age bands with their weights. Nobody is exactly 14, so "under 14" is never a borderline case. */
const ageBands: readonly (readonly [readonly [number, number], number])[] = [
  [[5, 13], 12],
  [[15, 29], 8],
  [[30, 44], 13],
  [[45, 54], 12],
  [[55, 64], 22],
  [[65, 74], 22],
  [[75, 88], 11],
];

/** Youngest age at which a resident is given a phone: children's data is the most protected (PIPL art. 31). */
export const adultPhoneAge = 14;

export function generateResidents(
  random: Random,
  places: Places,
  residentsPerStreet: ReadonlyMap<string, number>,
  today: string,
  nextPhone: () => string,
): Resident[] {
  const residents: Resident[] = [];
  for (const street of places.streets) {
    const communities = places.communities.filter((c) => c.street_id === street.id);
    const counts = apportion(
      residentsPerStreet.get(street.id) ?? 0,
      communities.map((c) => c.resident_population ?? 1),
    );
    communities.forEach((community, index) => {
      const estates = places.estates.filter((e) => e.community_id === community.id);
      for (let i = 0; i < (counts[index] ?? 0); i += 1) {
        const estate = random.weighted(estates.map((e) => [e, e.households ?? 1] as const));
        residents.push(makeResident(random, places, estate, today, nextPhone));
      }
    });
  }
  return residents;
}

function makeResident(
  random: Random,
  places: Places,
  estate: EstateRow,
  today: string,
  nextPhone: () => string,
): Resident {
  const [low, high] = random.weighted(ageBands);
  const age = random.int(low, high);
  const birthYear = yearOf(today) - age;
  const sex: Sex = random.chance(age < adultPhoneAge ? 0.5 : 0.56) ? 'female' : 'male';
  const courtyards: CourtyardRow[] = places.courtyards.filter((c) => c.estate_id === estate.id);
  const row: PersonRow = {
    id: random.uuid(),
    street_id: estate.street_id,
    community_id: estate.community_id,
    estate_id: estate.id,
    courtyard_id: courtyards.length > 0 && random.chance(0.95) ? random.pick(courtyards).id : null,
    name: personName(random, birthYear, sex),
    phone: hasPhone(random, age) ? nextPhone() : null,
    birth_year: birthYear,
    is_activist: false,
  };
  return { row, sex, age };
}

/** Children have none; some teenagers and the very old do without one too. */
function hasPhone(random: Random, age: number): boolean {
  if (age < adultPhoneAge) return false;
  if (age < 18) return random.chance(0.7);
  if (age >= 80) return random.chance(0.8);
  return true;
}

/** Splits `total` over `weights` in whole numbers that add up to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    counts[index] = (counts[index] ?? 0) + 1;
    left -= 1;
  }
  return counts;
}
