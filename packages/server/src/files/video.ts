import type { PhotoResult } from './photos';

/**
 * The one short video clip an activity record may carry: checked by its real bytes and its size,
 * stored as it came (no transcoding on this small server). Phones record MP4 (Android) or MOV
 * (iPhone); a browser's MediaRecorder records WebM.
 */

export type VideoErrorCode = 'video.not_video' | 'video.too_large';
export type VideoType = 'mp4' | 'mov' | 'webm';

export interface VideoLimits {
  /** Largest clip accepted, in bytes. */
  maxBytes: number;
}

export const defaultVideoLimits: VideoLimits = {
  // 30 MB: about 30 seconds of 720p from a phone camera (WeChat's own limit for a clip it
  // compresses is similar); longer films belong on a video platform, not on a leader's data plan.
  maxBytes: 30 * 1024 * 1024,
};

export interface CheckedVideo {
  type: VideoType;
  extension: VideoType;
  contentType: 'video/mp4' | 'video/quicktime' | 'video/webm';
}

const contentTypes = { mp4: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm' } as const;

/** ISO base media brands that are still pictures, not films (HEIC, AVIF). */
const stillImageBrands = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis']);

/** What a clip is, from its signature; null when it is not one we take. */
export function sniffVideoType(bytes: Uint8Array): VideoType | null {
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (brand === 'qt  ') return 'mov';
    if (stillImageBrands.has(brand) || !/^[\x20-\x7e]{4}$/.test(brand)) return null;
    return 'mp4';
  }
  // WebM is Matroska (EBML header 1A 45 DF A3) whose DocType says "webm", near the start.
  if (bytes.length >= 4 && bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    if (ascii(bytes, 4, Math.min(bytes.length, 64)).includes('webm')) return 'webm';
  }
  return null;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** Checks one uploaded clip's type and size. Pure: no decoding, no I/O. */
export function checkVideoClip(
  bytes: Uint8Array,
  limits: VideoLimits = defaultVideoLimits,
): PhotoResult<CheckedVideo, VideoErrorCode> {
  if (bytes.length > limits.maxBytes)
    return {
      ok: false,
      error: { code: 'video.too_large', params: { maxMegabytes: Math.round(limits.maxBytes / (1024 * 1024)) } },
    };
  const type = sniffVideoType(bytes);
  if (type === null) return { ok: false, error: { code: 'video.not_video' } };
  return { ok: true, value: { type, extension: type, contentType: contentTypes[type] } };
}
