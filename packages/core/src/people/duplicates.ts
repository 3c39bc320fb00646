/**
 * Duplicate detection: the same resident entered twice (by two staff, or once by phone and once
 * at an activity). Two records are flagged when they share a phone number, or when in the same
 * community their names are "similar": equal once spaces and letter case are ignored, or — for
 * names of three or more characters with the same surname (first character) — one edit apart
 * (张秀英 / 张秀兰, a common mishearing). Two-character names must match exactly: 王芳 and 王丽 are
 * different people far more often than not. Birth years known on both sides and more than a year
 * apart rule a name match out (two 王秀英 of 1950 and 1985 are two people). Staff decide; nothing is
 * merged automatically.
 */
export type PersonDuplicateReason = 'same_phone' | 'similar_name';

export interface PersonDuplicateCandidate {
  id: string;
  name: string;
  phone: string | null;
  communityId: string | null;
  birthYear?: number | null;
}

export function normalizePersonName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s·•.]/g, '')
    .toLowerCase();
}

/** Levenshtein distance over code points (Chinese characters are one each). */
export function nameEditDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, i) => i);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

export function isSimilarPersonName(a: string, b: string): boolean {
  const left = normalizePersonName(a);
  const right = normalizePersonName(b);
  if (left.length === 0 || right.length === 0) return false;
  if (left === right) return true;
  const [leftChars, rightChars] = [[...left], [...right]];
  if (Math.min(leftChars.length, rightChars.length) < 3) return false;
  return leftChars[0] === rightChars[0] && nameEditDistance(left, right) === 1;
}

export function personDuplicateReason(
  a: PersonDuplicateCandidate,
  b: PersonDuplicateCandidate,
): PersonDuplicateReason | null {
  if (a.id === b.id) return null;
  if (a.phone && b.phone && a.phone === b.phone) return 'same_phone';
  const agesDiffer = a.birthYear != null && b.birthYear != null && Math.abs(a.birthYear - b.birthYear) > 1;
  if (a.communityId && a.communityId === b.communityId && !agesDiffer && isSimilarPersonName(a.name, b.name))
    return 'similar_name';
  return null;
}
