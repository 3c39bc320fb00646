import {
  defaultQuotes,
  leadParagraph,
  type PublicityQuote,
  publicityCodeLength,
  readableCodeAlphabet,
  splitParagraphs,
} from '@seedbed/core';
import type { ActivityDemoData } from './activity-extension';
import type { ActivityRow } from './activity-rows';
import type { Random } from './random';
import type { BaseDemoData } from './rows';

/**
 * Rows of publicity_drafts (packages/db/src/migrations/0012-publicity.ts), named as the columns.
 * `quotes` is jsonb, written as JSON text.
 */
export interface PublicityDraftRow {
  id: string;
  street_id: string;
  activity_id: string;
  community_id: string | null;
  code: string;
  title: string;
  lead: string;
  paragraphs: string[];
  reflection: string | null;
  quotes: string;
  photo_ids: string[];
  cover_photo_id: string | null;
  named_participant_ids: string[];
  named_sign_in_ids: string[];
  status: 'draft' | 'published';
  published_at: string | null;
  published_by: string | null;
  created_by: string | null;
  updated_at: string;
}

/** The demo street's published publicity drafts for the feed. Pure: seeded random and `today` passed in. */
export type PublicityDemoData = { publicity_drafts: PublicityDraftRow[] };

/** About thirty recent records of the main street are shared, as seed 002's leaders shared theirs. */
const publishedCount = 30;

export function generatePublicityDemo(
  random: Random,
  base: BaseDemoData,
  activities: ActivityDemoData,
  today: string,
): PublicityDemoData {
  const staff = base.users.find((u) => u.username === 'staff');
  const leader = base.users.find((u) => u.username === 'leader');
  const mainStreetId = staff?.scope_id;
  if (!mainStreetId || !leader?.scope_id) return { publicity_drafts: [] };
  const leaderOrganizationId = leader.scope_id;
  const organizationName = new Map(base.organizations.map((o) => [o.id, o.name]));
  const estateName = new Map(base.estates.map((e) => [e.id, e.name]));
  const organizersOf = new Map<string, string[]>();
  for (const link of [...activities.activity_organizations].sort((a, b) => a.position - b.position))
    organizersOf.set(link.activity_id, [...(organizersOf.get(link.activity_id) ?? []), link.organization_id]);
  const feedbackOf = new Map<string, { text: string; saidBy: string | null; position: number }[]>();
  for (const f of activities.activity_feedback)
    feedbackOf.set(f.activity_id, [
      ...(feedbackOf.get(f.activity_id) ?? []),
      { text: f.text, saidBy: f.said_by, position: f.position },
    ]);

  // Records of the main street's organizations that ended at least two days ago, newest first.
  const cutoff = new Date(`${today}T00:00:00+08:00`).getTime() - 2 * 86_400_000;
  const candidates = activities.activities
    .filter(
      (a) =>
        a.street_id === mainStreetId &&
        a.run_by === 'organizations' &&
        (organizersOf.get(a.id)?.length ?? 0) > 0 &&
        new Date(a.ends_at).getTime() < cutoff,
    )
    .sort((a, b) => b.starts_at.localeCompare(a.starts_at) || a.id.localeCompare(b.id));
  // The leader's own latest record is among them, so the activity page shows a share page.
  const leaders = candidates.find((a) => organizersOf.get(a.id)?.includes(leaderOrganizationId));
  const chosen = [...(leaders ? [leaders] : []), ...candidates.filter((a) => a !== leaders)].slice(0, publishedCount);

  const usedCodes = new Set<string>();
  const newCode = () => {
    for (;;) {
      let code = '';
      for (let i = 0; i < publicityCodeLength; i += 1) code += random.pick([...readableCodeAlphabet]);
      if (!usedCodes.has(code)) {
        usedCodes.add(code);
        return code;
      }
    }
  };

  const drafts = chosen.map((activity: ActivityRow): PublicityDraftRow => {
    const organizationNames = (organizersOf.get(activity.id) ?? []).map((id) => organizationName.get(id) ?? '');
    const placeName = activity.place_text ?? (activity.estate_id ? (estateName.get(activity.estate_id) ?? null) : null);
    const quotes: PublicityQuote[] = defaultQuotes(
      (feedbackOf.get(activity.id) ?? []).sort((a, b) => a.position - b.position),
    ).map((q) => ({ ...q, showSaidBy: random.chance(0.4) }));
    // Shared a few hours to a day and a half after it ended.
    const publishedAt = new Date(new Date(activity.ends_at).getTime() + random.int(2, 36) * 3_600_000).toISOString();
    return {
      id: random.uuid(),
      street_id: activity.street_id,
      activity_id: activity.id,
      community_id: activity.community_id,
      code: newCode(),
      title: activity.title,
      lead: leadParagraph(
        {
          title: activity.title,
          startsAt: new Date(activity.starts_at),
          placeName,
          organizationNames,
          organizerCount: activity.organizer_count,
          servedCount: activity.served_count,
        },
        'zh-CN',
      ),
      paragraphs: splitParagraphs(activity.content),
      reflection: activity.reflection,
      quotes: JSON.stringify(quotes),
      // The demo has no photo files: drafts without photos, no cover.
      photo_ids: [],
      cover_photo_id: null,
      named_participant_ids: [],
      named_sign_in_ids: [],
      status: 'published',
      published_at: publishedAt,
      published_by: activity.recorded_by,
      created_by: activity.recorded_by,
      updated_at: publishedAt,
    };
  });
  return { publicity_drafts: drafts };
}
