import { isPossiblyChild, type PublicityFacts, publicPhotoUrls, type Scope } from '@seedbed/core';
import type { Kysely, Selectable } from 'kysely';
import type { ActivityDetailRecord } from '../activities';
import type { Database } from '../tables';
import type { PublicityDraftsTable } from './tables';

/**
 * What drafts, share pages and cards say about an activity, read from its record: the facts, the
 * people who could be named, the organizations and the cover of each card.
 */

type Db = Kysely<Database>;
export type DraftRow = Selectable<PublicityDraftsTable>;
/** The activity behind a draft is read whole once the draft itself passed the scope check. */
export const everyone: Scope = { kind: 'deployment' };

async function streetAndCommunityNames(db: Db, streetId: string, communityId: string | null) {
  const street = await db.selectFrom('streets').select('name').where('id', '=', streetId).executeTakeFirst();
  const community = communityId
    ? await db.selectFrom('communities').select('name').where('id', '=', communityId).executeTakeFirst()
    : undefined;
  return { streetName: street?.name ?? '', communityName: community?.name ?? null };
}

export async function factsOf(db: Db, activity: ActivityDetailRecord): Promise<PublicityFacts> {
  const names = await streetAndCommunityNames(db, activity.streetId, activity.communityId);
  return {
    startsAt: activity.startsAt,
    endsAt: activity.endsAt,
    placeName: activity.place?.name ?? activity.place?.text ?? null,
    organizations: activity.organizations,
    communityName: names.communityName,
    streetName: names.streetName,
    organizerCount: activity.organizerCount,
    servedCount: activity.servedCount,
  };
}

export interface NamedPerson {
  kind: 'participant' | 'sign_in';
  id: string;
  name: string;
  child: boolean;
}

/** Everyone of the activity who could be named, each marked when they may be a child. Never phones. */
export async function peopleOf(db: Db, activityId: string, today: string): Promise<NamedPerson[]> {
  const [participants, signIns] = await Promise.all([
    db
      .selectFrom('activity_participants as ap')
      .leftJoin('people', 'people.id', 'ap.person_id')
      .select(['ap.id', 'ap.guest_name', 'people.name', 'people.birth_date', 'people.birth_year'])
      .where('ap.activity_id', '=', activityId)
      .orderBy('ap.role')
      .orderBy('people.name')
      .orderBy('ap.guest_name')
      .execute(),
    db
      .selectFrom('activity_sign_ins')
      .select(['id', 'name', 'is_child'])
      .where('activity_id', '=', activityId)
      .orderBy('signed_at')
      .execute(),
  ]);
  return [
    ...participants.map(
      (p): NamedPerson => ({
        kind: 'participant',
        id: p.id,
        name: p.name ?? p.guest_name ?? '',
        child: isPossiblyChild({ birthDate: p.birth_date ?? null, birthYear: p.birth_year ?? null }, today),
      }),
    ),
    ...signIns.map((s): NamedPerson => ({ kind: 'sign_in', id: s.id, name: s.name, child: s.is_child })),
  ];
}

export async function organizationsByActivity(db: Db, activityIds: readonly string[]) {
  const byActivity = new Map<string, { id: string; name: string }[]>();
  if (activityIds.length === 0) return byActivity;
  const rows = await db
    .selectFrom('activity_organizations as ao')
    .innerJoin('organizations', 'organizations.id', 'ao.organization_id')
    .select(['ao.activity_id', 'organizations.id', 'organizations.name'])
    .where('ao.activity_id', 'in', activityIds)
    .orderBy('ao.activity_id')
    .orderBy('ao.position')
    .execute();
  for (const row of rows) byActivity.set(row.activity_id, [...(byActivity.get(row.activity_id) ?? []), row]);
  return byActivity;
}

/** The cover's public thumbnail URL, when the cover photo still exists. */
export async function coverThumbnails(db: Db, rows: readonly DraftRow[]) {
  const covers = rows.flatMap((r) => (r.cover_photo_id ? [r.cover_photo_id] : []));
  const existing =
    covers.length === 0
      ? []
      : await db.selectFrom('activity_media').select(['id', 'activity_id']).where('id', 'in', covers).execute();
  const found = new Set(existing.map((m) => `${m.activity_id}|${m.id}`));
  return new Map(
    rows.map((r) => [
      r.id,
      r.cover_photo_id && found.has(`${r.activity_id}|${r.cover_photo_id}`)
        ? publicPhotoUrls(r.code, r.cover_photo_id).thumbnailUrl
        : null,
    ]),
  );
}
