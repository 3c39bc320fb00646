/**
 * A phone's clip carries where and on what it was filmed: Android writes the place into
 * moov/udta/©xyz, an iPhone into moov/meta (com.apple.quicktime.location.ISO6709), some cameras XMP
 * (GPS included) into a top-level uuid box. Without a transcoder on this small server the clip is
 * kept as sent, so those boxes are blanked in place: each becomes a `free` box of the same size with
 * its bytes zeroed. Every offset in the file (the sample tables point into mdat) stays valid, and
 * players skip `free` boxes by definition (ISO/IEC 14496-12 §8.1.2).
 *
 * WebM from a browser's MediaRecorder carries no location, so it is left as it is.
 */

/** Boxes holding metadata rather than the film. */
const metadataBoxes = new Set(['udta', 'meta', 'uuid']);
/** Boxes whose children are searched for metadata: the movie and each of its tracks. */
const containers = new Set(['moov', 'trak']);

const typeAt = (bytes: Uint8Array, offset: number) => String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));

/** Blanks the metadata boxes of an MP4/MOV between start and end; stops at a malformed box. */
function blankBoxes(bytes: Uint8Array, view: DataView, start: number, end: number): void {
  let offset = start;
  while (offset + 8 <= end) {
    let size = view.getUint32(offset);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return;
      const large = view.getBigUint64(offset + 8);
      if (large > BigInt(end - offset)) return;
      size = Number(large);
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header || offset + size > end) return;
    const type = typeAt(bytes, offset);
    if (metadataBoxes.has(type)) {
      bytes.set([0x66, 0x72, 0x65, 0x65], offset + 4); // 'free'
      bytes.fill(0, offset + header, offset + size);
    } else if (containers.has(type)) {
      blankBoxes(bytes, view, offset + header, offset + size);
    }
    offset += size;
  }
}

/** The clip without its location and device metadata; the same length, a new buffer. */
export function withoutVideoMetadata(clip: Uint8Array, type: 'mp4' | 'mov' | 'webm'): Uint8Array {
  if (type === 'webm') return clip;
  const bytes = new Uint8Array(clip);
  blankBoxes(bytes, new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), 0, bytes.length);
  return bytes;
}
