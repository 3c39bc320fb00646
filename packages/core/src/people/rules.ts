import { fail, ok, type Result } from '../errors';
import { type TrustStage, trustStages } from './types';

/** PIPL art. 28/31: a child under 14's information is sensitive; consent is the guardian's. */
export const childAgeLimit = 14;

/** The seed's "at least two visits per resident" (seed 003 §4.1.1) before cultivating further. */
export const visitsBeforeCultivation = 2;

/** What an erased person is called; aggregates still count the row. */
export const erasedPersonName = '已删除居民';

/**
 * Age in whole years on `today` (YYYY-MM-DD). With a birth date it is exact; with only a birth
 * year the birthday is unknown, so the younger of the two possible ages is taken — a person who
 * might still be 13 is treated as a child (the cautious side for a child's data).
 */
export function personAgeOn(
  birth: { birthDate?: string | null; birthYear?: number | null },
  today: string,
): number | null {
  const year = Number(today.slice(0, 4));
  if (birth.birthDate) {
    const born = Number(birth.birthDate.slice(0, 4));
    const hadBirthday = today.slice(5) >= birth.birthDate.slice(5);
    return year - born - (hadBirthday ? 0 : 1);
  }
  if (birth.birthYear != null) return year - birth.birthYear - 1;
  return null;
}

export function isChildUnder14(
  birth: { birthDate?: string | null; birthYear?: number | null },
  today: string,
): boolean {
  const age = personAgeOn(birth, today);
  return age !== null && age < childAgeLimit;
}

export interface PersonFacts {
  phone?: string | null | undefined;
  birthDate?: string | null | undefined;
  birthYear?: number | null | undefined;
}

/**
 * Rules across fields that the schema alone cannot check, on the record as it will be after the
 * write: no birth in the future, birth year and date agree, and no phone number for a child.
 */
export function checkPersonFacts<T extends PersonFacts>(facts: T, today: string): Result<T> {
  if (facts.birthDate && facts.birthDate > today) return fail('person.future_birth');
  if (facts.birthYear != null && facts.birthYear > Number(today.slice(0, 4))) return fail('person.future_birth');
  if (facts.birthDate && facts.birthYear != null && Number(facts.birthDate.slice(0, 4)) !== facts.birthYear)
    return fail('person.birth_mismatch');
  if (facts.phone && isChildUnder14(facts, today)) return fail('person.child_phone');
  return ok(facts);
}

/** Index of a stage in 陌生 → 熟络 → 初步信任 → 信任. */
export function trustRank(stage: TrustStage): number {
  return trustStages.indexOf(stage);
}

/**
 * A trust move is staff's judgement, so any stage may follow any other — up, or down when trust
 * is lost — but it must change something and say why (the reason is the history's substance).
 */
export function checkTrustMove(from: TrustStage, to: TrustStage, reason: string): Result<'up' | 'down'> {
  if (from === to) return fail('person.trust_unchanged');
  if (reason.trim().length === 0) return fail('person.trust_reason');
  return ok(trustRank(to) > trustRank(from) ? 'up' : 'down');
}

/** The nudge on lists: fewer visits than the seed asks for. */
export function needsMoreVisits(visitCount: number): boolean {
  return visitCount < visitsBeforeCultivation;
}

/** A date something happened (a visit, a consent) cannot lie after today. */
export function checkPersonDate(date: string, today: string): Result<string> {
  return date > today ? fail('person.future_date') : ok(date);
}

export interface PersonConsentFacts {
  guardianName?: string | undefined;
  guardianRelation?: string | undefined;
}

/** For a child under 14 the consent is the guardian's: who, and their relation, are required. */
export function checkPersonConsent<T extends PersonConsentFacts>(
  consent: T,
  person: { birthDate?: string | null; birthYear?: number | null },
  today: string,
): Result<T> {
  if (isChildUnder14(person, today) && (!consent.guardianName?.trim() || !consent.guardianRelation?.trim()))
    return fail('person.guardian_required');
  return ok(consent);
}

export function checkPersonMerge(keepId: string, mergeId: string): Result<{ keepId: string; mergeId: string }> {
  if (keepId === mergeId) return fail('person.merge_self');
  return ok({ keepId, mergeId });
}
