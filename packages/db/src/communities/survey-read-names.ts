import type { SurveyEstate } from '@seedbed/core';
import type { Db } from '../connection';

/** What the survey's read sections share: which protected fields to show, and records they point to, named. */

/** Which protected fields the caller's role may see (server/communities asks core's `can()`). */
export interface SurveyVisibility {
  contacts: boolean;
  residents: boolean;
}

export type Named = { id: string; name: string };
export type Names = ReadonlyMap<string, string>;

/** A pointer as the survey shows it: the id with its name ('' when the name is not found), or null. */
export const refOf = (names: Names, id: string | null): Named | null => (id ? { id, name: names.get(id) ?? '' } : null);

/** The community's estates and courtyards by id, which most sections point to. */
export interface PlaceNames {
  estates: Names;
  courtyards: Names;
}

export function placeNamesOf(estates: readonly SurveyEstate[]): PlaceNames {
  return {
    estates: new Map(estates.map((e) => [e.id, e.name])),
    courtyards: new Map(estates.flatMap((e) => e.courtyards.map((c) => [c.id, c.name] as const))),
  };
}

/** Names of the organizations or people with these ids (none asked, none read). */
export async function namesOf(
  db: Db,
  table: 'organizations' | 'people',
  ids: readonly (string | null)[],
): Promise<Names> {
  const wanted = ids.filter((id): id is string => !!id);
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom(table as 'organizations')
    .select(['id', 'name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
