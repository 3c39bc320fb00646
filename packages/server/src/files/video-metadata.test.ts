import { describe, expect, it } from 'vitest';
import { withoutVideoMetadata } from './video-metadata';

/** An ISO BMFF box: 32-bit size, four-letter type, payload. */
function box(type: string, ...payload: Uint8Array[]): Uint8Array {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}
const text = (value: string) => new Uint8Array(Buffer.from(value, 'utf8'));
const location = '+31.2304+121.4737/';

/** What an Android phone writes: location in moov/udta/©xyz, and an iPhone-style moov/meta. */
function phoneClip(): Uint8Array {
  return Buffer.concat([
    box('ftyp', text('isom'), new Uint8Array(4), text('isommp42')),
    box(
      'moov',
      box('mvhd', new Uint8Array(100)),
      box('trak', box('tkhd', new Uint8Array(84)), box('udta', box('name', text('Pixel 6 camera')))),
      box('udta', box('\u00a9xyz', text(location))),
      box('meta', box('keys', text('com.apple.quicktime.location.ISO6709')), box('ilst', text(location))),
    ),
    box('uuid', text('XMP GPSLatitude 31,13.82N')),
    box('mdat', text('frames of the film')),
  ]);
}

/** The boxes at one level, as [type, size]. */
function boxesOf(bytes: Uint8Array, start = 0, end = bytes.length): [string, number][] {
  const out: [string, number][] = [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let offset = start; offset < end; ) {
    const size = buffer.readUInt32BE(offset);
    out.push([buffer.toString('latin1', offset + 4, offset + 8), size]);
    offset += size;
  }
  return out;
}

describe('withoutVideoMetadata', () => {
  it('blanks the location, the device and XMP, keeping every size and the film itself', () => {
    const clip = phoneClip();
    const cleaned = withoutVideoMetadata(clip, 'mp4');
    const asText = Buffer.from(cleaned).toString('latin1');
    expect(cleaned.length).toBe(clip.length);
    expect(asText).not.toContain(location);
    expect(asText).not.toContain('Pixel 6');
    expect(asText).not.toContain('GPSLatitude');
    expect(asText).toContain('frames of the film');
    const top = boxesOf(cleaned);
    expect(top.map(([type]) => type)).toEqual(['ftyp', 'moov', 'free', 'mdat']);
    expect(top.map(([, size]) => size)).toEqual(boxesOf(clip).map(([, size]) => size));
    const moovStart = (top[0]?.[1] ?? 0) + 8;
    const moov = boxesOf(cleaned, moovStart, moovStart + (top[1]?.[1] ?? 0) - 8);
    expect(moov.map(([type]) => type)).toEqual(['mvhd', 'trak', 'free', 'free']);
    // The sent clip is not changed: its hash still finds a repeated upload.
    expect(Buffer.from(clip).toString('latin1')).toContain(location);
  });

  it('stops at a malformed box instead of reading past the end', () => {
    const broken = Buffer.concat([box('ftyp', text('isom')), Buffer.from([0, 0, 0xff, 0xff, 0x75, 0x64, 0x74, 0x61])]);
    expect(withoutVideoMetadata(broken, 'mov')).toEqual(new Uint8Array(broken));
  });

  it('leaves a browser-recorded WebM as it is', () => {
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3]);
    expect(withoutVideoMetadata(webm, 'webm')).toBe(webm);
  });
});
