import { z } from 'zod';

/**
 * A meeting's public summary, shared like a publicity draft (issue 18: "a meeting's public summary
 * can be shared"): what the page /m/{code} shows to anyone with the link. It names no resident —
 * the attendees are a count, a follow-up's owner is the organizing team's name or only the fact that
 * someone is responsible (负责人) — so an erased person never shows, and a decision's words are the
 * chair's. The summary text is what the chair wrote for the public (meetings.public_summary).
 */
export const publicMeetingSchema = z.object({
  title: z.string(),
  typeName: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  communityName: z.string(),
  /** The organizing team's name; none when staff or the committee organized it. */
  organizerName: z.string().nullable(),
  attendeeCount: z.number().int(),
  summary: z.string().nullable(),
  agenda: z.array(z.string()),
  decisions: z.array(z.string()),
  followUps: z.array(
    z.object({
      what: z.string(),
      /** Whether someone is responsible (never who: the page shows the team or the word 负责人). */
      hasOwner: z.boolean(),
      dueOn: z.string().nullable(),
      isDone: z.boolean(),
    }),
  ),
});
export type PublicMeeting = z.infer<typeof publicMeetingSchema>;

/** POST /api/meetings/{id}/share answers the code of the page /m/{code} (the same code each time). */
export const meetingShareSchema = z.object({ shareCode: z.string() });
