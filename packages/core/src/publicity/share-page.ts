import { coverFirst, publicQuotes, shareTitle } from './rules';
import type { PublicityFacts, PublicityQuote, PublicPublicityPage } from './schemas';

type PublicPhoto = PublicPublicityPage['photos'][number];

/** Everything a share page is made of, from a stored draft (the server) or an unsaved form (the editor's preview). */
export interface SharePageSource {
  code: string;
  title: string;
  lead: string;
  paragraphs: readonly string[];
  reflection: string | null;
  quotes: readonly PublicityQuote[];
  /** The leader's choice, in order; the cover (null: the first) is shown first. */
  photoIds: readonly string[];
  coverPhotoId: string | null;
  /** The activity's photos that still exist, with their public URLs; a chosen photo removed since is skipped. */
  photos: readonly PublicPhoto[];
  /** The people the leader may name (children are never among them: they are not offered). */
  people: readonly { id: string; name: string | null }[];
  namedIds: ReadonlySet<string>;
  facts: PublicityFacts;
  publishedAt: string;
}

/**
 * The public share page 活动信息稿 of a draft — one function for the page residents open and the
 * preview the leader sees before saving, so the two cannot drift: blank paragraphs dropped, only
 * included quotes (the speaker only when kept), the chosen photos cover first, each ticked name
 * once, and the organizations by name only (no ids on a public page).
 */
export function buildSharePage(source: SharePageSource): PublicPublicityPage {
  const organizations = source.facts.organizations.map((o) => ({ name: o.name }));
  const photosById = new Map(source.photos.map((photo) => [photo.id, photo]));
  const named = source.people.filter((person) => source.namedIds.has(person.id) && person.name);
  return {
    code: source.code,
    title: source.title,
    shareTitle: shareTitle({
      title: source.title,
      organizationNames: organizations.map((o) => o.name),
      communityName: source.facts.communityName,
    }),
    lead: source.lead,
    paragraphs: source.paragraphs.map((p) => p.trim()).filter(Boolean),
    reflection: source.reflection?.trim() || null,
    quotes: publicQuotes(source.quotes),
    photos: coverFirst(source.photoIds, source.coverPhotoId).flatMap((id) => photosById.get(id) ?? []),
    names: [...new Set(named.map((person) => person.name as string))],
    facts: { ...source.facts, organizations },
    publishedAt: source.publishedAt,
  };
}
