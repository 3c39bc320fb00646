import { z } from 'zod';
import { idSchema } from '../shared/schemas';

/**
 * Publicity drafts 活动信息稿 (issue: activities; seed 002: records shared into the leaders' group so
 * organizations learn from each other). One per activity, prefilled from the record, edited by the
 * leader, published as a public share page under its own short code.
 */

export const publicityStatusSchema = z.enum(['draft', 'published']);
export type PublicityStatus = z.infer<typeof publicityStatusSchema>;

/** A feedback quote as the draft keeps it: the leader chooses whether it shows, and whether its speaker does. */
export const publicityQuoteSchema = z.object({
  text: z.string().trim().min(1).max(500),
  saidBy: z.string().trim().max(60).nullable(),
  included: z.boolean(),
  /** Off by default: who said it is shown only when the leader keeps it. */
  showSaidBy: z.boolean(),
});
export type PublicityQuote = z.infer<typeof publicityQuoteSchema>;

/** At most nine photos (a WeChat grid); the cover is one of them and is shown first. */
export const maxPublicityPhotos = 9;
/** Photos chosen by default when a draft is made: the first five, as the seed's "five best photos". */
export const defaultPublicityPhotoCount = 5;

const paragraphSchema = z.string().trim().max(2000);

/** What the leader may change; lists given replace the old ones. */
export const publicityUpdateInputSchema = z.object({
  title: z.string().trim().min(1).max(100).optional(),
  lead: paragraphSchema.optional(),
  paragraphs: z.array(paragraphSchema).max(30).optional(),
  reflection: z.string().trim().max(5000).nullable().optional(),
  quotes: z.array(publicityQuoteSchema).max(50).optional(),
  /** Chosen photos in the order shown; ids of the activity's photos. */
  photoIds: z.array(idSchema).max(maxPublicityPhotos).optional(),
  /** One of photoIds; null = the first chosen photo. */
  coverPhotoId: idSchema.nullable().optional(),
  /** Participants (activity_participants) and self sign-ins the leader ticked to name publicly. */
  namedParticipantIds: z.array(idSchema).max(500).optional(),
  namedSignInIds: z.array(idSchema).max(500).optional(),
});
export type PublicityUpdateInput = z.infer<typeof publicityUpdateInputSchema>;

/**
 * Publishing. `keepContactDetails`: the leader has seen the warning about phone or ID numbers in
 * the words and publishes them on purpose (a team's public contact number).
 */
export const publicityPublishInputSchema = z.object({ keepContactDetails: z.boolean().optional() });
export type PublicityPublishInput = z.infer<typeof publicityPublishInputSchema>;

/** A photo of the activity the leader may choose (URLs need a session). */
export const publicityCandidatePhotoSchema = z.object({
  id: idSchema,
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  side: z.enum(['organization', 'staff']),
});

/** A person the leader may tick to name publicly. Children are never offered. */
export const publicityCandidateNameSchema = z.object({
  kind: z.enum(['participant', 'sign_in']),
  id: idSchema,
  name: z.string(),
});
export type PublicityCandidateName = z.infer<typeof publicityCandidateNameSchema>;

/** The facts of the activity a page shows; read from the record each time (not copied into the draft). */
export const publicityFactsSchema = z.object({
  startsAt: z.string(),
  endsAt: z.string(),
  placeName: z.string().nullable(),
  organizations: z.array(z.object({ id: idSchema, name: z.string() })),
  communityName: z.string().nullable(),
  streetName: z.string(),
  organizerCount: z.number().int(),
  servedCount: z.number().int(),
});
export type PublicityFacts = z.infer<typeof publicityFactsSchema>;

/** The draft as its editor sees it. */
export const publicityDraftSchema = z.object({
  id: idSchema,
  activityId: idSchema,
  code: z.string(),
  status: publicityStatusSchema,
  /** Path of the public share page: /p/{code}. */
  sharePath: z.string(),
  title: z.string(),
  lead: z.string(),
  paragraphs: z.array(z.string()),
  reflection: z.string().nullable(),
  quotes: z.array(publicityQuoteSchema),
  photoIds: z.array(idSchema),
  coverPhotoId: idSchema.nullable(),
  namedParticipantIds: z.array(idSchema),
  namedSignInIds: z.array(idSchema),
  candidatePhotos: z.array(publicityCandidatePhotoSchema),
  candidateNames: z.array(publicityCandidateNameSchema),
  /** Children among the participants and sign-ins: never offered, never shown. */
  childrenHidden: z.number().int(),
  facts: publicityFactsSchema,
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type PublicityDraft = z.infer<typeof publicityDraftSchema>;

/** Whether an activity has a draft, for the buttons on the activity page. */
export const activityPublicityStateSchema = z.object({
  draft: z
    .object({
      id: idSchema,
      code: z.string(),
      status: publicityStatusSchema,
      sharePath: z.string(),
      publishedAt: z.string().nullable(),
    })
    .nullable(),
  /** May the caller make or edit the draft? */
  canEdit: z.boolean(),
});
export type ActivityPublicityState = z.infer<typeof activityPublicityStateSchema>;

/** A photo on the public page: URLs that work without an account, for published drafts only. */
export const publicPhotoSchema = z.object({
  id: idSchema,
  url: z.string(),
  thumbnailUrl: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
});
export type PublicPhoto = z.infer<typeof publicPhotoSchema>;

/** The public share page /p/{code}: nothing personal but what the leader ticked; never a phone, never a child. */
export const publicPublicityPageSchema = z.object({
  code: z.string(),
  title: z.string(),
  /** The title for WeChat sharing: 【organization】title | community. */
  shareTitle: z.string(),
  lead: z.string(),
  paragraphs: z.array(z.string()),
  reflection: z.string().nullable(),
  quotes: z.array(z.object({ text: z.string(), saidBy: z.string().nullable() })),
  /** Cover first. */
  photos: z.array(publicPhotoSchema),
  names: z.array(z.string()),
  facts: publicityFactsSchema.omit({ organizations: true }).extend({
    organizations: z.array(z.object({ name: z.string() })),
  }),
  publishedAt: z.string(),
});
export type PublicPublicityPage = z.infer<typeof publicPublicityPageSchema>;

export const publicityCodeParamSchema = z.object({ code: z.string().min(1).max(40) });
export const publicPhotoParamSchema = z.object({ code: z.string().min(1).max(40), mediaId: idSchema });
export const publicPhotoQuerySchema = z.object({ size: z.enum(['display', 'thumb']).optional() });

/** One card of the feed across organizations. */
export const publicityFeedItemSchema = z.object({
  id: idSchema,
  code: z.string(),
  sharePath: z.string(),
  activityId: idSchema,
  title: z.string(),
  lead: z.string(),
  coverThumbnailUrl: z.string().nullable(),
  organizations: z.array(z.object({ id: idSchema, name: z.string() })),
  communityName: z.string().nullable(),
  activityStartsAt: z.string(),
  publishedAt: z.string(),
});
export type PublicityFeedItem = z.infer<typeof publicityFeedItemSchema>;

export const publicityFeedQuerySchema = z.object({ cursor: z.string().max(200).optional() });
export const publicityFeedSchema = z.object({
  items: z.array(publicityFeedItemSchema),
  /** Pass as ?cursor= for the next page; null at the end. */
  nextCursor: z.string().nullable(),
});
export type PublicityFeed = z.infer<typeof publicityFeedSchema>;
export const publicityFeedPageSize = 20;

/** What is on in a community (public): open planned dates ahead, and recent published drafts. */
export const whatsOnSchema = z.object({
  community: z.object({ id: idSchema, name: z.string(), streetName: z.string() }),
  from: z.string(),
  to: z.string(),
  upcoming: z.array(
    z.object({
      on: z.string(),
      startsAt: z.string(),
      endsAt: z.string(),
      title: z.string(),
      content: z.string(),
      organizationName: z.string(),
      placeName: z.string().nullable(),
      openness: z.enum(['invited', 'open_to_all']),
    }),
  ),
  recent: z.array(
    z.object({
      code: z.string(),
      sharePath: z.string(),
      title: z.string(),
      lead: z.string(),
      coverThumbnailUrl: z.string().nullable(),
      organizationNames: z.array(z.string()),
      activityStartsAt: z.string(),
      publishedAt: z.string(),
    }),
  ),
});
export type WhatsOn = z.infer<typeof whatsOnSchema>;
/** What's on looks this many days ahead (four weeks). */
export const whatsOnDays = 28;
