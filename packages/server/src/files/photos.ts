import { createHash } from 'node:crypto';
import sharp, { type Sharp } from 'sharp';
import type { FileStore } from './file-store';

/**
 * The photo pipeline: what a leader's phone uploads (activity photos, photos of the paper sign-in
 * sheet and record sheet, staff tracking-log photos) is checked by its real bytes, turned upright,
 * stripped of every bit of metadata (EXIF GPS, phone model, capture time, XMP, IPTC, ICC) and
 * stored only as two freshly encoded renditions. The original never reaches the disk.
 *
 * Renditions are JPEG, not WebP: WeChat's built-in browser on old Android phones (X5/XWeb cores
 * of the leaders' cheap handsets), older iOS (< 14) Safari, the image a WeChat share card shows,
 * and the PDF sheets/certificates we render all read baseline JPEG everywhere; WebP support there
 * is patchy. mozjpeg (built into sharp) keeps the JPEGs small enough for a bad network.
 *
 * HEIC (iPhone): the prebuilt libvips shipped with sharp decodes AVIF but not HEIC (no HEVC
 * decoder, for patent reasons), so HEIC is refused with its own clear code. WeChat's photo picker
 * converts HEIC to JPEG, so leaders who upload through WeChat never meet this.
 */

/** Codes this module returns; their messages live in core/src/activities/photo-error-messages.ts. */
export type PhotoErrorCode =
  | 'photo.not_image'
  | 'photo.unsupported_type'
  | 'photo.too_large'
  | 'photo.too_many_pixels'
  | 'photo.corrupt';

/** Shaped like core's `Result`, so it can be returned as one once the codes are in the catalogue. */
export type PhotoResult<T, Code extends string = PhotoErrorCode> =
  | { ok: true; value: T }
  | { ok: false; error: { code: Code; params?: Record<string, string | number> } };

export interface PhotoLimits {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Largest decoded image, in pixels (width × height): guards memory against decompression bombs. */
  maxPixels: number;
  /** Longest side of the display rendition, in px. */
  displayMaxSide: number;
  /** Longest side of the thumbnail, in px. */
  thumbnailMaxSide: number;
}

export const defaultPhotoLimits: PhotoLimits = {
  // 15 MB: a 50-megapixel phone photo is 8–12 MB as JPEG and a screenshot PNG a few MB; anything
  // larger is not an ordinary photo and would take minutes on a leader's mobile data anyway.
  maxBytes: 15 * 1024 * 1024,
  // 120 megapixels: covers the full-resolution mode of 108 MP phone cameras (12 000 × 9 000),
  // well under libvips' default (~268 MP), which would need gigabytes of memory to decode a PNG.
  maxPixels: 120_000_000,
  // 1600 px: sharp on a phone screen and in the A4 PDFs, about 200–400 KB as JPEG.
  displayMaxSide: 1600,
  // 400 px: lists, the activity feed and WeChat share cards (2× a 200 px tile).
  thumbnailMaxSide: 400,
};

export type PhotoSourceType = 'jpg' | 'png' | 'webp';

export interface PhotoRendition {
  bytes: Uint8Array;
  width: number;
  height: number;
  extension: 'jpg';
  contentType: 'image/jpeg';
}

export interface ProcessedPhoto {
  /** The real type of the upload, from its bytes. */
  sourceType: PhotoSourceType;
  /** Hex sha256 of the uploaded bytes, to detect the same photo uploaded twice. */
  contentHash: string;
  display: PhotoRendition;
  thumbnail: PhotoRendition;
}

const displayQuality = 82;
const thumbnailQuality = 76;

/** What the bytes are, from their signature: an image we take, an image we cannot take, or not an image. */
export function sniffPhotoType(bytes: Uint8Array): PhotoSourceType | 'heic' | 'avif' | 'other-image' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (
    bytes.length >= 8 &&
    bytes[0] === 0x89 &&
    ascii(bytes, 1, 4) === 'PNG' &&
    bytes[4] === 0x0d &&
    bytes[5] === 0x0a &&
    bytes[6] === 0x1a &&
    bytes[7] === 0x0a
  )
    return 'png';
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(brand)) return 'heic';
    if (brand === 'avif' || brand === 'avis') return 'avif';
  }
  if (bytes.length >= 6 && (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a')) return 'other-image';
  if (bytes.length >= 2 && ascii(bytes, 0, 2) === 'BM') return 'other-image';
  if (bytes.length >= 4 && (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*')) return 'other-image';
  return null;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

const sharpFormatOf: Record<PhotoSourceType, string> = { jpg: 'jpeg', png: 'png', webp: 'webp' };

/**
 * Checks one uploaded photo and makes its display and thumbnail renditions (upright, no metadata,
 * never enlarged). Every expected failure is a returned code; only bugs throw.
 */
export async function processPhoto(
  bytes: Uint8Array,
  limits: PhotoLimits = defaultPhotoLimits,
): Promise<PhotoResult<ProcessedPhoto>> {
  if (bytes.length > limits.maxBytes)
    return { ok: false, error: { code: 'photo.too_large', params: { maxMegabytes: megabytes(limits.maxBytes) } } };
  const sniffed = sniffPhotoType(bytes);
  if (sniffed === null) return { ok: false, error: { code: 'photo.not_image' } };
  if (sniffed === 'heic' || sniffed === 'avif' || sniffed === 'other-image')
    return { ok: false, error: { code: 'photo.unsupported_type' } };

  // 'truncated' refuses a photo whose upload was cut off (grey lower half otherwise) while still
  // taking the harmless warnings some phone cameras' JPEGs raise.
  const input = { failOn: 'truncated', limitInputPixels: limits.maxPixels } as const;
  try {
    const metadata = await sharp(bytes, input).metadata();
    // The decoder must agree with the signature: a file that only starts like a JPEG is not one.
    if (metadata.format !== sharpFormatOf[sniffed]) return { ok: false, error: { code: 'photo.corrupt' } };
    if ((metadata.width ?? 0) * (metadata.height ?? 0) > limits.maxPixels)
      return { ok: false, error: { code: 'photo.too_many_pixels' } };

    const display = await render(sharp(bytes, input), limits.displayMaxSide, displayQuality);
    const thumbnail = await render(sharp(display.bytes), limits.thumbnailMaxSide, thumbnailQuality);
    return {
      ok: true,
      value: {
        sourceType: sniffed,
        contentHash: createHash('sha256').update(bytes).digest('hex'),
        display,
        thumbnail,
      },
    };
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message))
      return { ok: false, error: { code: 'photo.too_many_pixels' } };
    // libvips could not decode it (truncated, damaged, or a wrong signature): the photo's fault.
    return { ok: false, error: { code: 'photo.corrupt' } };
  }
}

async function render(pipeline: Sharp, maxSide: number, quality: number): Promise<PhotoRendition> {
  const { data, info } = await pipeline
    // Apply the EXIF orientation to the pixels: the tag itself is dropped below.
    .autoOrient()
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    // JPEG has no transparency: a transparent PNG/WebP goes on white, not on black.
    .flatten({ background: '#ffffff' })
    // No withMetadata/keepExif/keepIccProfile: sharp writes none of the input's EXIF, GPS, XMP,
    // IPTC or ICC data and converts to sRGB.
    .jpeg({ quality, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer({ resolveWithObject: true });
  return {
    bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    width: info.width,
    height: info.height,
    extension: 'jpg',
    contentType: 'image/jpeg',
  };
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

export interface StoredPhoto {
  displayKey: string;
  thumbnailKey: string;
}

/**
 * Stores both renditions (never the original) through the file store, under one folder such as
 * `activity-photos`. If the second write fails the first file is removed again; once both are
 * written, the caller removes them (`removeStoredPhoto`) when the database row that would name
 * them is not written, so no file is left that nothing refers to.
 */
export async function storePhoto(store: FileStore, processed: ProcessedPhoto, folder: string): Promise<StoredPhoto> {
  const displayKey = await store.put(processed.display.bytes, { folder, extension: processed.display.extension });
  try {
    const thumbnailKey = await store.put(processed.thumbnail.bytes, {
      folder,
      extension: processed.thumbnail.extension,
    });
    return { displayKey, thumbnailKey };
  } catch (error) {
    await store.delete(displayKey).catch(() => undefined);
    throw error;
  }
}

/** Removes both renditions of a photo whose row was not written (a refused or repeated upload). */
export async function removeStoredPhoto(store: FileStore, stored: StoredPhoto): Promise<void> {
  await Promise.all([store.delete(stored.displayKey), store.delete(stored.thumbnailKey)]);
}
