import {
  type ActivityPublicityState,
  addDays,
  checkPhotoChoice,
  coverFirst,
  decodeFeedCursor,
  defaultPhotoIds,
  defaultQuotes,
  encodeFeedCursor,
  fail,
  findContactDetails,
  isPossiblyChild,
  type Locale,
  leadParagraph,
  ok,
  type PublicityCandidateName,
  type PublicityDraft,
  type PublicityFacts,
  type PublicityFeed,
  type PublicityUpdateInput,
  type PublicPublicityPage,
  publicityFeedPageSize,
  publicPhotoUrls,
  publicQuotes,
  type Result,
  type Scope,
  sharePath,
  shareTitle,
  splitParagraphs,
  type WhatsOn,
  whatsOnDays,
} from '@seedbed/core';
import { type Selectable, sql } from 'kysely';
import { type ActivityDetailRecord, findActivity, listOccurrences } from '../activities';
import { type Actor, recordAudit } from '../audit';
import type { Db } from '../connection';
import { visibleActivities, visibleStreets } from '../scope';
import type { PublicityDraftsTable } from './tables';

/**
 * Publicity drafts 活动信息稿: one per activity, prefilled from the record, edited by the leader,
 * published under a public short code. Who may edit follows the activity (visibleActivities); the
 * feed is street-wide (visibleStreets): it is the leaders' group of seed 002, where the
 * organizations of one street learn from each other.
 *
 * Privacy: a public page names only the participants and self sign-ins the leader ticked, never a
 * child (people.birth_date / birth_year, or a sign-in made as a child), never a phone; a quote's
 * speaker only when the leader keeps it.
 */

type DraftRow = Selectable<PublicityDraftsTable>;
const everyone: Scope = { kind: 'deployment' };

async function visibleActivity(db: Db, scope: Scope, activityId: string) {
  const row = await db
    .selectFrom('activities')
    .select(['id', 'street_id', 'community_id', 'merged_into_id'])
    .where('activities.id', '=', activityId)
    .where(visibleActivities(scope))
    .executeTakeFirst();
  if (row) return ok(row);
  const exists = await db.selectFrom('activities').select('id').where('id', '=', activityId).executeTakeFirst();
  return fail<typeof row & object>(exists ? 'auth.forbidden' : 'activity.unknown');
}

/** The draft (if any) of an activity the caller may see. */
export async function activityPublicityState(
  db: Db,
  scope: Scope,
  activityId: string,
  canEdit: boolean,
): Promise<Result<ActivityPublicityState>> {
  const activity = await visibleActivity(db, scope, activityId);
  if (!activity.ok) return activity;
  const draft = await db
    .selectFrom('publicity_drafts')
    .select(['id', 'code', 'status', 'published_at'])
    .where('activity_id', '=', activityId)
    .executeTakeFirst();
  return ok({
    draft: draft
      ? {
          id: draft.id,
          code: draft.code,
          status: draft.status,
          sharePath: sharePath(draft.code),
          publishedAt: draft.published_at?.toISOString() ?? null,
        }
      : null,
    canEdit: canEdit && !activity.value.merged_into_id,
  });
}

async function streetAndCommunityNames(db: Db, streetId: string, communityId: string | null) {
  const street = await db.selectFrom('streets').select('name').where('id', '=', streetId).executeTakeFirst();
  const community = communityId
    ? await db.selectFrom('communities').select('name').where('id', '=', communityId).executeTakeFirst()
    : undefined;
  return { streetName: street?.name ?? '', communityName: community?.name ?? null };
}

async function factsOf(db: Db, activity: ActivityDetailRecord): Promise<PublicityFacts> {
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

/**
 * Makes the draft of an activity, prefilled from the record: title, lead paragraph (in the
 * caller's language), content as paragraphs, reflection, feedback quotes (speakers hidden), the
 * first five photos. A second call answers the existing draft (`created: false`).
 */
export async function createDraft(
  db: Db,
  actor: Actor,
  scope: Scope,
  input: { id: string; activityId: string; code: string; locale: Locale },
): Promise<Result<{ id: string; created: boolean }>> {
  const activity = await visibleActivity(db, scope, input.activityId);
  if (!activity.ok) return activity;
  const existing = await db
    .selectFrom('publicity_drafts')
    .select('id')
    .where('activity_id', '=', input.activityId)
    .executeTakeFirst();
  if (existing) return ok({ id: existing.id, created: false });
  if (activity.value.merged_into_id) return fail('publicity.activity_merged');
  const detail = await findActivity({ db, scope: everyone }, input.activityId);
  if (!detail.ok) return detail;
  const record = detail.value;
  const photoIds = defaultPhotoIds(record.media.filter((m) => m.kind === 'photo').map((m) => m.id));
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('publicity_drafts')
      .values({
        id: input.id,
        street_id: record.streetId,
        activity_id: record.id,
        community_id: record.communityId,
        code: input.code,
        title: record.title,
        lead: leadParagraph(
          {
            title: record.title,
            startsAt: new Date(record.startsAt),
            placeName: record.place?.name ?? record.place?.text ?? null,
            organizationNames: record.organizations.map((o) => o.name),
            organizerCount: record.organizerCount,
            servedCount: record.servedCount,
          },
          input.locale,
        ),
        paragraphs: splitParagraphs(record.content),
        reflection: record.reflection,
        quotes: JSON.stringify(defaultQuotes(record.feedback)),
        photo_ids: photoIds,
        cover_photo_id: photoIds[0] ?? null,
        created_by: actor.userId,
        updated_at: actor.now,
      })
      .onConflict((oc) => oc.column('activity_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      // Made by a concurrent call a moment ago: that one is the draft.
      const made = await trx
        .selectFrom('publicity_drafts')
        .select('id')
        .where('activity_id', '=', record.id)
        .executeTakeFirstOrThrow();
      return ok({ id: made.id, created: false });
    }
    await recordAudit(trx, actor, {
      action: 'publicity.create',
      tableName: 'publicity_drafts',
      recordId: row.id,
      streetId: row.street_id,
      after: row,
    });
    return ok({ id: row.id, created: true });
  });
}

interface NamedPerson {
  kind: 'participant' | 'sign_in';
  id: string;
  name: string;
  child: boolean;
}

/** Everyone of the activity who could be named, each marked when they may be a child. Never phones. */
async function peopleOf(db: Db, activityId: string, today: string): Promise<NamedPerson[]> {
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

/** The names a public page shows: ticked, still on the record, not a child; each name once. */
function publicNames(row: DraftRow, people: readonly NamedPerson[]): string[] {
  const ticked = new Set([...row.named_participant_ids, ...row.named_sign_in_ids]);
  return [...new Set(people.filter((p) => ticked.has(p.id) && !p.child && p.name).map((p) => p.name))];
}

async function draftInScope(db: Db, scope: Scope, id: string): Promise<Result<DraftRow>> {
  const row = await db
    .selectFrom('publicity_drafts')
    .selectAll('publicity_drafts')
    .where('publicity_drafts.id', '=', id)
    .where((eb) =>
      eb(
        'publicity_drafts.activity_id',
        'in',
        eb.selectFrom('activities').select('activities.id').where(visibleActivities(scope)),
      ),
    )
    .executeTakeFirst();
  if (row) return ok(row);
  const exists = await db.selectFrom('publicity_drafts').select('id').where('id', '=', id).executeTakeFirst();
  return fail(exists ? 'auth.forbidden' : 'publicity.unknown');
}

/** The draft as its editor sees it: with the photos and the (adult) names to choose from. */
export async function findDraft(db: Db, scope: Scope, id: string, today: string): Promise<Result<PublicityDraft>> {
  const found = await draftInScope(db, scope, id);
  if (!found.ok) return found;
  const row = found.value;
  const detail = await findActivity({ db, scope: everyone }, row.activity_id);
  if (!detail.ok) return detail;
  const people = await peopleOf(db, row.activity_id, today);
  const candidateNames: PublicityCandidateName[] = people
    .filter((p) => !p.child && p.name)
    .map((p) => ({ kind: p.kind, id: p.id, name: p.name }));
  return ok({
    id: row.id,
    activityId: row.activity_id,
    code: row.code,
    status: row.status,
    sharePath: sharePath(row.code),
    title: row.title,
    lead: row.lead,
    paragraphs: row.paragraphs,
    reflection: row.reflection,
    quotes: row.quotes,
    photoIds: row.photo_ids,
    coverPhotoId: row.cover_photo_id,
    namedParticipantIds: row.named_participant_ids,
    namedSignInIds: row.named_sign_in_ids,
    candidatePhotos: detail.value.media
      .filter((m) => m.kind === 'photo')
      .map((m) => ({
        id: m.id,
        url: m.url,
        thumbnailUrl: m.thumbnailUrl,
        width: m.width,
        height: m.height,
        side: m.side,
      })),
    candidateNames,
    childrenHidden: people.filter((p) => p.child).length,
    facts: await factsOf(db, detail.value),
    publishedAt: row.published_at?.toISOString() ?? null,
    updatedAt: row.updated_at.toISOString(),
  });
}

/** The leader's edits: fields given replace the old; photos and names are checked against the activity. */
export async function updateDraft(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  patch: PublicityUpdateInput,
  today: string,
): Promise<Result<{ id: string }>> {
  const found = await draftInScope(db, scope, id);
  if (!found.ok) return found;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('publicity_drafts')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const changes: Partial<Record<keyof DraftRow, unknown>> = {};
    if (patch.title !== undefined) changes.title = patch.title;
    if (patch.lead !== undefined) changes.lead = patch.lead;
    if (patch.paragraphs !== undefined) changes.paragraphs = patch.paragraphs.filter((p) => p.length > 0);
    if (patch.reflection !== undefined) changes.reflection = patch.reflection || null;
    if (patch.quotes !== undefined) changes.quotes = JSON.stringify(patch.quotes);
    if (patch.photoIds !== undefined || patch.coverPhotoId !== undefined) {
      const photos = await trx
        .selectFrom('activity_media')
        .select('id')
        .where('activity_id', '=', before.activity_id)
        .where('kind', '=', 'photo')
        .execute();
      const photoIds = patch.photoIds ?? before.photo_ids;
      const cover = patch.coverPhotoId !== undefined ? patch.coverPhotoId : before.cover_photo_id;
      const checked = checkPhotoChoice(
        photoIds,
        cover && photoIds.includes(cover) ? cover : patch.coverPhotoId === undefined ? null : cover,
        new Set(photos.map((p) => p.id)),
      );
      if (!checked.ok) return checked;
      changes.photo_ids = checked.value.photoIds;
      changes.cover_photo_id = checked.value.coverPhotoId;
    }
    if (patch.namedParticipantIds !== undefined || patch.namedSignInIds !== undefined) {
      const people = await peopleOf(trx, before.activity_id, today);
      const allowed = (kind: NamedPerson['kind']) =>
        new Set(people.filter((p) => p.kind === kind && !p.child).map((p) => p.id));
      const participants = [...new Set(patch.namedParticipantIds ?? before.named_participant_ids)];
      const signIns = [...new Set(patch.namedSignInIds ?? before.named_sign_in_ids)];
      const okParticipants = allowed('participant');
      const okSignIns = allowed('sign_in');
      // Ids kept from before that are gone from the record are dropped quietly; new ones must be valid.
      if (patch.namedParticipantIds?.some((p) => !okParticipants.has(p))) return fail('publicity.name_not_allowed');
      if (patch.namedSignInIds?.some((s) => !okSignIns.has(s))) return fail('publicity.name_not_allowed');
      changes.named_participant_ids = participants.filter((p) => okParticipants.has(p));
      changes.named_sign_in_ids = signIns.filter((s) => okSignIns.has(s));
    }
    const after = await trx
      .updateTable('publicity_drafts')
      .set({ ...(changes as object), updated_at: actor.now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'publicity.update',
      tableName: 'publicity_drafts',
      recordId: id,
      streetId: before.street_id,
      before,
      after,
    });
    return ok({ id });
  });
}

/** Publishes (the share page and the feed show it) or unpublishes (both stop at once). */
export async function setPublished(
  db: Db,
  actor: Actor,
  scope: Scope,
  id: string,
  published: boolean,
  options: { keepContactDetails?: boolean } = {},
): Promise<Result<{ id: string }>> {
  const found = await draftInScope(db, scope, id);
  if (!found.ok) return found;
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('publicity_drafts')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if ((before.status === 'published') === published) return ok({ id });
    const contactDetails = published ? findContactDetails(publicWords(before)) : [];
    if (contactDetails.length > 0 && !options.keepContactDetails)
      return fail('publicity.contact_details', { found: contactDetails.map((d) => d.masked).join(', ') });
    const after = await trx
      .updateTable('publicity_drafts')
      .set(
        published
          ? { status: 'published', published_at: actor.now, published_by: actor.userId, updated_at: actor.now }
          : { status: 'draft', updated_at: actor.now },
      )
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: published ? 'publicity.publish' : 'publicity.unpublish',
      tableName: 'publicity_drafts',
      recordId: id,
      streetId: before.street_id,
      before: { status: before.status },
      after: {
        status: after.status,
        published_at: after.published_at,
        // Who chose to publish a phone or ID number, and which (masked), stays on record.
        ...(contactDetails.length > 0 && { contactDetailsKept: contactDetails }),
      },
    });
    return ok({ id });
  });
}

/** The words a published page shows: what is checked for contact details before publishing. */
function publicWords(draft: Selectable<PublicityDraftsTable>): (string | null)[] {
  const quotes = draft.quotes.filter((q) => q.included);
  return [
    draft.title,
    draft.lead,
    ...draft.paragraphs,
    draft.reflection,
    ...quotes.map((q) => q.text),
    ...quotes.map((q) => (q.showSaidBy ? q.saidBy : null)),
  ];
}

async function publishedByCode(db: Db, code: string) {
  return db
    .selectFrom('publicity_drafts')
    .selectAll()
    .where('code', '=', code)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

/** The existing photos among the chosen ones, cover first (a photo removed since is skipped). */
async function chosenPhotos(db: Db, row: DraftRow) {
  if (row.photo_ids.length === 0) return [];
  const media = await db
    .selectFrom('activity_media')
    .select(['id', 'width', 'height', 'thumbnail_key'])
    .where('activity_id', '=', row.activity_id)
    .where('kind', '=', 'photo')
    .where('id', 'in', row.photo_ids)
    .execute();
  const byId = new Map(media.map((m) => [m.id, m]));
  return coverFirst(row.photo_ids, row.cover_photo_id).flatMap((id) => {
    const m = byId.get(id);
    return m ? [m] : [];
  });
}

/** The public share page of a published draft; unknown or unpublished → publicity.unknown. */
export async function findPublicPage(db: Db, code: string, today: string): Promise<Result<PublicPublicityPage>> {
  const row = await publishedByCode(db, code);
  if (!row?.published_at) return fail('publicity.unknown');
  const detail = await findActivity({ db, scope: everyone }, row.activity_id);
  if (!detail.ok) return fail('publicity.unknown');
  const [facts, photos, people] = await Promise.all([
    factsOf(db, detail.value),
    chosenPhotos(db, row),
    peopleOf(db, row.activity_id, today),
  ]);
  return ok({
    code: row.code,
    title: row.title,
    shareTitle: shareTitle({
      title: row.title,
      organizationNames: facts.organizations.map((o) => o.name),
      communityName: facts.communityName,
    }),
    lead: row.lead,
    paragraphs: row.paragraphs,
    reflection: row.reflection,
    quotes: publicQuotes(row.quotes),
    photos: photos.map((p) => ({ id: p.id, ...publicPhotoUrls(row.code, p.id), width: p.width, height: p.height })),
    names: publicNames(row, people),
    facts: { ...facts, organizations: facts.organizations.map((o) => ({ name: o.name })) },
    publishedAt: row.published_at.toISOString(),
  });
}

/** The file keys of a photo, only when it is chosen in a published draft with this code. */
export async function findPublicPhoto(
  db: Db,
  code: string,
  mediaId: string,
): Promise<Result<{ fileKey: string; thumbnailKey: string | null; mimeType: string }>> {
  const row = await db
    .selectFrom('publicity_drafts as d')
    .innerJoin('activity_media as m', 'm.activity_id', 'd.activity_id')
    .select(['m.file_key', 'm.thumbnail_key', 'm.mime_type'])
    .where('d.code', '=', code)
    .where('d.status', '=', 'published')
    .where('m.id', '=', mediaId)
    .where('m.kind', '=', 'photo')
    .where(sql<boolean>`m.id = any(d.photo_ids)`)
    .executeTakeFirst();
  if (!row) return fail('publicity.unknown');
  return ok({ fileKey: row.file_key, thumbnailKey: row.thumbnail_key, mimeType: row.mime_type });
}

async function organizationsByActivity(db: Db, activityIds: readonly string[]) {
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
async function coverThumbnails(db: Db, rows: readonly DraftRow[]) {
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

/**
 * The feed across organizations: published drafts of the streets the caller can see, newest
 * first, twenty a page. Street-wide on purpose: a leader sees the other teams of their street
 * (seed 002's leaders' group), not another street's.
 */
export async function listFeed(db: Db, scope: Scope, cursor: string | undefined): Promise<Result<PublicityFeed>> {
  let query = db
    .selectFrom('publicity_drafts as d')
    .innerJoin('activities as a', 'a.id', 'd.activity_id')
    .leftJoin('communities as c', 'c.id', 'd.community_id')
    .selectAll('d')
    .select(['a.starts_at', 'c.name as community_name'])
    .where('d.status', '=', 'published')
    .where('d.street_id', 'in', (eb) => eb.selectFrom('streets').select('streets.id').where(visibleStreets(scope)));
  if (cursor) {
    const position = decodeFeedCursor(cursor);
    if (!position.ok) return position;
    const { publishedAt, id } = position.value;
    query = query.where((eb) =>
      eb.or([
        eb('d.published_at', '<', publishedAt),
        eb.and([eb('d.published_at', '=', publishedAt), eb('d.id', '<', id)]),
      ]),
    );
  }
  const rows = await query
    .orderBy('d.published_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(publicityFeedPageSize + 1)
    .execute();
  const page = rows.slice(0, publicityFeedPageSize);
  const [organizations, covers] = await Promise.all([
    organizationsByActivity(
      db,
      page.map((r) => r.activity_id),
    ),
    coverThumbnails(db, page),
  ]);
  const last = page[page.length - 1];
  return ok({
    items: page.map((r) => ({
      id: r.id,
      code: r.code,
      sharePath: sharePath(r.code),
      activityId: r.activity_id,
      title: r.title,
      lead: r.lead,
      coverThumbnailUrl: covers.get(r.id) ?? null,
      organizations: organizations.get(r.activity_id) ?? [],
      communityName: r.community_name,
      activityStartsAt: r.starts_at.toISOString(),
      publishedAt: (r.published_at as Date).toISOString(),
    })),
    nextCursor:
      rows.length > publicityFeedPageSize && last?.published_at
        ? encodeFeedCursor({ publishedAt: last.published_at, id: last.id })
        : null,
  });
}

/**
 * What is on in a community, for residents (public, nothing personal): planned dates of the next
 * four weeks that residents may join (open to all, or by invitation — members-only ones are the
 * team's own business), each repeating plan expanded, and the six latest published drafts there.
 */
export async function whatsOn(db: Db, communityId: string, now: Date, today: string): Promise<Result<WhatsOn>> {
  const community = await db
    .selectFrom('communities')
    .innerJoin('streets', 'streets.id', 'communities.street_id')
    .select(['communities.id', 'communities.name', 'streets.name as street_name'])
    .where('communities.id', '=', communityId)
    .executeTakeFirst();
  if (!community) return fail('community.unknown');
  const to = addDays(today, whatsOnDays - 1);
  const occurrences = await listOccurrences({ db, scope: everyone }, { communityId, from: today, to });
  if (!occurrences.ok) return occurrences;
  const open = occurrences.value.filter(
    (o) => o.openness !== 'members_only' && new Date(o.endsAt).getTime() > now.getTime(),
  );
  const planIds = [...new Set(open.map((o) => o.plannedActivityId))];
  const plans =
    planIds.length === 0
      ? []
      : await db
          .selectFrom('planned_activities as p')
          .leftJoin('spaces', 'spaces.id', 'p.space_id')
          .leftJoin('estates', 'estates.id', 'p.estate_id')
          .leftJoin('courtyards', 'courtyards.id', 'p.courtyard_id')
          .select([
            'p.id',
            'p.content',
            'p.place_text',
            'spaces.name as space_name',
            'estates.name as estate_name',
            'courtyards.name as courtyard_name',
          ])
          .where('p.id', 'in', planIds)
          .execute();
  const planById = new Map(plans.map((p) => [p.id, p]));
  const drafts = await db
    .selectFrom('publicity_drafts as d')
    .innerJoin('activities as a', 'a.id', 'd.activity_id')
    .selectAll('d')
    .select('a.starts_at')
    .where('d.status', '=', 'published')
    .where('d.community_id', '=', communityId)
    .orderBy('d.published_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(6)
    .execute();
  const [organizations, covers] = await Promise.all([
    organizationsByActivity(
      db,
      drafts.map((d) => d.activity_id),
    ),
    coverThumbnails(db, drafts),
  ]);
  return ok({
    community: { id: community.id, name: community.name, streetName: community.street_name },
    from: today,
    to,
    upcoming: open.map((o) => {
      const plan = planById.get(o.plannedActivityId);
      const estate = [plan?.estate_name, plan?.courtyard_name].filter(Boolean).join(' ');
      const placeName = plan?.space_name || estate || plan?.place_text || o.placeText || null;
      return {
        on: o.on,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        title: o.title,
        content: plan?.content ?? '',
        organizationName: o.organizationName,
        placeName,
        openness: o.openness as 'invited' | 'open_to_all',
      };
    }),
    recent: drafts.map((d) => ({
      code: d.code,
      sharePath: sharePath(d.code),
      title: d.title,
      lead: d.lead,
      coverThumbnailUrl: covers.get(d.id) ?? null,
      organizationNames: (organizations.get(d.activity_id) ?? []).map((o) => o.name),
      activityStartsAt: d.starts_at.toISOString(),
      publishedAt: (d.published_at as Date).toISOString(),
    })),
  });
}
