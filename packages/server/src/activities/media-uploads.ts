import { createHash } from 'node:crypto';
import { type ActivityMedia, decodeCaptionHeader, fail, ok, type Result } from '@seedbed/core';
import { addActivityMedia, checkMediaUpload, findMediaActivity, type MediaTarget, type NewMedia } from '@seedbed/db';
import type { Context } from 'hono';
import {
  defaultPhotoLimits,
  type PhotoLimits,
  processPhoto,
  removeStoredPhoto,
  sniffPhotoType,
  storePhoto,
} from '../files/photos';
import { checkVideoClip, defaultVideoLimits } from '../files/video';
import { withoutVideoMetadata } from '../files/video-metadata';
import { type Call, withStatus } from '../http/answer';
import type { AppEnv } from '../http/env';
import { readUpload } from '../http/upload';

/**
 * An upload is the raw file as the request body (its real type is read from its bytes). The
 * activity's scope is checked before the body is read; the same bytes sent again to the same
 * activity (a retry after a dropped connection) answer 200 with the file already there. Files are
 * written before their row; when the row is not written (a limit reached meanwhile, a retry that
 * raced) the files are removed again, so the store keeps no file that no row names.
 */

/**
 * Sheet photos keep a larger display rendition than activity photos: the handwriting on a sign-in
 * sheet must stay legible when printed or zoomed (2400 px on the long side of an A4 page ≈ 200 dpi).
 */
export const sheetPhotoLimits: PhotoLimits = { ...defaultPhotoLimits, displayMaxSide: 2400 };

type Uploaded = Result<ReturnType<typeof withStatus>>;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Scope before reading the body: an outsider learns nothing and uploads nothing. Then the caption. */
async function captionFor(c: Context<AppEnv>, call: Call, target: MediaTarget): Promise<Result<string | null>> {
  const activity = await findMediaActivity(call, target.activityId);
  if (!activity.ok) return activity;
  return decodeCaptionHeader(c.req.header('x-caption'));
}

/**
 * The row of files already written; `remove` takes them away again when no row names them (an
 * error, a limit reached meanwhile, the same bytes stored by a racing retry).
 */
async function addStored(call: Call, media: NewMedia, remove: () => Promise<void>): Promise<Uploaded> {
  let added: Result<{ media: ActivityMedia; created: boolean }>;
  try {
    added = await addActivityMedia(call, media);
  } catch (error) {
    await remove();
    throw error;
  }
  if (!added.ok || !added.value.created) await remove();
  if (!added.ok) return added;
  return ok(withStatus(added.value.media, added.value.created ? 201 : 200));
}

/** A photo or a sheet photo: through the photo pipeline, two JPEG renditions stored. */
export async function uploadImage(
  c: Context<AppEnv>,
  call: Call,
  target: MediaTarget,
  limits: PhotoLimits,
  folder: string,
): Promise<Uploaded> {
  const caption = await captionFor(c, call, target);
  if (!caption.ok) return caption;
  const bytes = await readUpload(c, limits.maxBytes);
  if (!bytes) return fail('photo.too_large', { maxMegabytes: megabytes(limits.maxBytes) });
  // What the file is comes first: a text file is "not a photo" even when the activity is full.
  const sniffed = sniffPhotoType(bytes);
  if (sniffed === null) return fail('photo.not_image');
  if (sniffed !== 'jpg' && sniffed !== 'png' && sniffed !== 'webp') return fail('photo.unsupported_type');
  const contentHash = sha256(bytes);
  const checked = await checkMediaUpload(call, target, contentHash);
  if (!checked.ok) return checked;
  if (checked.value.existing) return ok(withStatus(checked.value.existing, 200));
  const processed = await processPhoto(bytes, limits);
  if (!processed.ok) return processed;
  const { files } = c.get('deps');
  const stored = await storePhoto(files, processed.value, folder);
  const { display } = processed.value;
  const media = {
    ...target,
    contentHash,
    fileKey: stored.displayKey,
    thumbnailKey: stored.thumbnailKey,
    mimeType: display.contentType,
    byteSize: display.bytes.length,
    width: display.width,
    height: display.height,
    caption: caption.value,
  };
  return addStored(call, media, () => removeStoredPhoto(files, stored));
}

/** The short clip: checked from its bytes, stored as sent but for the phone's location and device. */
export async function uploadVideo(c: Context<AppEnv>, call: Call, target: MediaTarget): Promise<Uploaded> {
  const caption = await captionFor(c, call, target);
  if (!caption.ok) return caption;
  const limit = defaultVideoLimits.maxBytes;
  const bytes = await readUpload(c, limit);
  if (!bytes) return fail('video.too_large', { maxMegabytes: megabytes(limit) });
  const clip = checkVideoClip(bytes);
  if (!clip.ok) return clip;
  const contentHash = sha256(bytes);
  const checked = await checkMediaUpload(call, target, contentHash);
  if (!checked.ok) return checked;
  if (checked.value.existing) return ok(withStatus(checked.value.existing, 200));
  const { files } = c.get('deps');
  const stored = withoutVideoMetadata(bytes, clip.value.type);
  const key = await files.put(stored, { folder: 'activity-videos', extension: clip.value.extension });
  const media = {
    ...target,
    contentHash,
    fileKey: key,
    thumbnailKey: null,
    mimeType: clip.value.contentType,
    byteSize: bytes.length,
    width: null,
    height: null,
    caption: caption.value,
  };
  return addStored(call, media, () => files.delete(key));
}
