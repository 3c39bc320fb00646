import {
  type ActivistKind,
  type FoundVia,
  isChildUnder14,
  type PersonDetail,
  type PersonTraits,
  type PersonUpdateInput,
  traitKeys,
} from '@seedbed/core';

/** The edit form's state: text as typed, choices as strings ('' = none). */
export interface PersonEditValues {
  name: string;
  phone: string;
  birthYear: string;
  birthDate: string;
  estateId: string;
  courtyardId: string;
  addressNote: string;
  isActivist: boolean;
  activistKind: ActivistKind | '';
  foundVia: FoundVia | '';
  introducedBy: { id: string; name: string } | null;
  traits: PersonTraits;
  volunteerRegisteredOn: string;
  volunteerPlatform: string;
  interests: string;
  wishes: string;
  notes: string;
}

export function editValuesOf(person: PersonDetail): PersonEditValues {
  return {
    name: person.name,
    phone: person.phone ?? '',
    birthYear: person.birthYear === null ? '' : String(person.birthYear),
    birthDate: person.birthDate ?? '',
    estateId: person.estateId ?? '',
    courtyardId: person.courtyardId ?? '',
    addressNote: person.addressNote ?? '',
    isActivist: person.isActivist,
    activistKind: person.activistKind ?? '',
    foundVia: person.foundVia ?? '',
    introducedBy: person.introducedBy,
    traits: person.traits,
    volunteerRegisteredOn: person.volunteerRegisteredOn ?? '',
    volunteerPlatform: person.volunteerPlatform ?? '',
    interests: person.interests ?? '',
    wishes: person.wishes ?? '',
    notes: person.notes ?? '',
  };
}

/** Whether the values, as typed, describe a child under 14 (then no phone is kept: PIPL art. 31). */
export function isChildValue(values: Pick<PersonEditValues, 'birthYear' | 'birthDate'>, today: string): boolean {
  const year = values.birthYear.trim() ? Number(values.birthYear) : null;
  return isChildUnder14(
    { birthYear: Number.isInteger(year) ? year : null, birthDate: values.birthDate || null },
    today,
  );
}

const text = (value: string) => (value.trim() ? value.trim() : null);

/** Traits in the seed's order without empty notes, so an untouched form never counts as a change. */
function cleanTraits(traits: PersonTraits): PersonTraits {
  const clean: PersonTraits = {};
  for (const key of traitKeys) {
    const trait = traits[key];
    if (!trait) continue;
    const note = trait.note?.trim();
    clean[key] = note ? { rating: trait.rating, note } : { rating: trait.rating };
  }
  return clean;
}

/**
 * The PATCH body: only what differs from the stored person, empty text as null (cleared). A child's
 * phone is always sent as null — the rule is checked on the server too, this only keeps the form
 * from offering what would be refused. The body is left to core's schema to validate.
 */
export function patchFrom(person: PersonDetail, values: PersonEditValues, today: string): Record<string, unknown> {
  const birthYear = values.birthYear.trim() ? Number(values.birthYear) : null;
  const candidate: Record<string, unknown> = {
    name: values.name.trim(),
    phone: isChildValue(values, today) ? null : text(values.phone),
    birthYear,
    birthDate: values.birthDate || null,
    estateId: values.estateId || null,
    courtyardId: values.estateId && values.courtyardId ? values.courtyardId : null,
    addressNote: text(values.addressNote),
    isActivist: values.isActivist,
    activistKind: values.activistKind || null,
    foundVia: values.foundVia || null,
    introducedById: values.introducedBy?.id ?? null,
    traits: cleanTraits(values.traits),
    volunteerRegisteredOn: values.volunteerRegisteredOn || null,
    volunteerPlatform: text(values.volunteerPlatform),
    interests: text(values.interests),
    wishes: text(values.wishes),
    notes: text(values.notes),
  };
  const stored: Record<string, unknown> = {
    name: person.name,
    phone: person.phone,
    birthYear: person.birthYear,
    birthDate: person.birthDate,
    estateId: person.estateId,
    courtyardId: person.courtyardId,
    addressNote: person.addressNote,
    isActivist: person.isActivist,
    activistKind: person.activistKind,
    foundVia: person.foundVia,
    introducedById: person.introducedBy?.id ?? null,
    traits: cleanTraits(person.traits),
    volunteerRegisteredOn: person.volunteerRegisteredOn,
    volunteerPlatform: person.volunteerPlatform,
    interests: person.interests,
    wishes: person.wishes,
    notes: person.notes,
  };
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(candidate))
    if (JSON.stringify(candidate[key]) !== JSON.stringify(stored[key])) patch[key] = candidate[key];
  return patch satisfies Partial<Record<keyof PersonUpdateInput, unknown>>;
}
