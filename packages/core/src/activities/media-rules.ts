import { fail, ok, type Result } from '../errors';
import { can, type Standing } from '../permissions';
import { isStorableText } from '../shared/input-policy';
import { mediaLimits } from './media-schemas';
import type { MediaKind } from './schemas';

/**
 * Pure rules for an activity's files: how many fit, who may change one, the caption header.
 */

/** The group a new file joins, and how many that group already holds. */
export interface MediaRoomInput {
  kind: MediaKind;
  /** Files of the same kind already on the same side (photos: same tracking log or none). */
  existingCount: number;
}

/** Refuses a file that would go over its kind's limit, with the limit in the message. */
export function checkMediaRoom({ kind, existingCount }: MediaRoomInput): Result<true> {
  if (kind === 'photo' && existingCount >= mediaLimits.photosPerSide)
    return fail('media.too_many_photos', { limit: mediaLimits.photosPerSide });
  if ((kind === 'sign_in_sheet' || kind === 'record_sheet') && existingCount >= mediaLimits.sheetPhotosPerKind)
    return fail('media.too_many_sheet_photos', { limit: mediaLimits.sheetPhotosPerKind });
  if (kind === 'video' && existingCount >= mediaLimits.videosPerActivity) return fail('media.video_exists');
  return ok(true);
}

/**
 * Who may change (caption, order) or remove one file of an activity the caller can already see:
 * staff and admin any; an assistant only what they uploaded; a leader — or a deputy, who records
 * the team's activities too — the organization's side (their organization's record, whoever
 * uploaded it), never a staff log's photos.
 */
export function mayChangeMedia(
  caller: Standing & { userId: string },
  media: { uploadedBy: string | null; side: 'organization' | 'staff' },
): boolean {
  switch (caller.role) {
    case 'admin':
    case 'incubator_staff':
      return true;
    case 'incubator_assistant':
      return media.uploadedBy === caller.userId;
    case 'organization_leader':
    case 'organization_member':
      return media.side === 'organization' && can(caller, 'activity.media.upload');
    default:
      return false;
  }
}

/**
 * The optional `X-Caption` header: URI-encoded (headers are Latin-1; captions are Chinese),
 * trimmed, empty means none, at most `captionMaxLength` characters.
 */
export function decodeCaptionHeader(value: string | undefined): Result<string | null> {
  if (value === undefined) return ok(null);
  let decoded: string;
  try {
    decoded = decodeURIComponent(value).trim();
  } catch {
    return fail('media.caption_invalid', { max: mediaLimits.captionMaxLength });
  }
  if ([...decoded].length > mediaLimits.captionMaxLength || !isStorableText(decoded))
    return fail('media.caption_invalid', { max: mediaLimits.captionMaxLength });
  return ok(decoded === '' ? null : decoded);
}

/**
 * Moves one item to a new place in an ordered list (clamped to the list), keeping the others'
 * order: the new positions, 0..n-1, of every id.
 */
export function reorder(ids: readonly string[], id: string, position: number): string[] {
  const others = ids.filter((other) => other !== id);
  if (others.length === ids.length) return [...ids];
  const at = Math.max(0, Math.min(position, others.length));
  return [...others.slice(0, at), id, ...others.slice(at)];
}
