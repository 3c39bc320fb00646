import { createHash } from 'node:crypto';
import { errorCatalogue } from '@seedbed/core';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileStore } from './file-store';
import { defaultPhotoLimits, type PhotoErrorCode, processPhoto, sniffPhotoType, storePhoto } from './photos';
import { checkVideoClip, defaultVideoLimits, sniffVideoType, type VideoErrorCode } from './video';

const red = { r: 220, g: 20, b: 20 };
const blue = { r: 20, g: 20, b: 220 };

/**
 * A 4000 × 3000 phone photo, stored sideways with EXIF orientation 6 ("turn 90° clockwise to
 * view"), carrying the phone's make and model and a GPS position. Its left half is red and its
 * right half blue, so once turned upright the top is red and the bottom blue.
 */
async function sidewaysPhoneJpeg(): Promise<Buffer> {
  const leftHalf = await sharp({ create: { width: 2000, height: 3000, channels: 3, background: red } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: blue } })
    .composite([{ input: leftHalf, left: 0, top: 0 }])
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Xiaomi', Model: 'Redmi 9A', Software: 'MIUI' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '104/1 4/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

async function pixelAt(bytes: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const offset = (y * info.width + x) * info.channels;
  return [data[offset], data[offset + 1], data[offset + 2]].map((value) => value ?? -1);
}

const isRed = ([r, g, b]: number[]) => (r ?? 0) > 180 && (g ?? 255) < 80 && (b ?? 255) < 80;
const isBlue = ([r, g, b]: number[]) => (b ?? 0) > 180 && (r ?? 255) < 80 && (g ?? 255) < 80;

/** The EXIF GPS IFD pointer tag (0x8825), in either byte order. */
function hasGpsPointer(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

function expectFailure(result: { ok: boolean; error?: { code: string } }, code: PhotoErrorCode | VideoErrorCode) {
  expect(result.ok).toBe(false);
  expect(result.error?.code).toBe(code);
}

describe('processing a phone photo', () => {
  let original: Buffer;
  beforeAll(async () => {
    original = await sidewaysPhoneJpeg();
  });

  it('is a sideways photo with the phone model and GPS in its EXIF to begin with', async () => {
    const metadata = await sharp(original).metadata();
    expect([metadata.width, metadata.height, metadata.orientation]).toEqual([4000, 3000, 6]);
    expect(metadata.exif?.toString('latin1')).toContain('Redmi 9A');
    expect(hasGpsPointer(metadata.exif ?? Buffer.alloc(0))).toBe(true);
  });

  it('turns it upright and fits the display rendition within 1600 px and the thumbnail within 400 px', async () => {
    const result = await processPhoto(original);
    if (!result.ok) throw new Error(result.error.code);
    const { display, thumbnail, sourceType } = result.value;
    expect(sourceType).toBe('jpg');
    expect([display.width, display.height]).toEqual([1200, 1600]);
    expect([thumbnail.width, thumbnail.height]).toEqual([300, 400]);
    // The pixels themselves were turned: the red left half of the sensor is now on top.
    expect(isRed(await pixelAt(display.bytes, 600, 100))).toBe(true);
    expect(isBlue(await pixelAt(display.bytes, 600, 1500))).toBe(true);
    expect(isRed(await pixelAt(thumbnail.bytes, 150, 20))).toBe(true);
    expect(isBlue(await pixelAt(thumbnail.bytes, 150, 380))).toBe(true);
  });

  it('keeps no EXIF, GPS, orientation tag, XMP, IPTC or ICC data in either rendition', async () => {
    const result = await processPhoto(original);
    if (!result.ok) throw new Error(result.error.code);
    for (const rendition of [result.value.display, result.value.thumbnail]) {
      const metadata = await sharp(rendition.bytes).metadata();
      expect(metadata.format).toBe('jpeg');
      expect(metadata.exif).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect([metadata.width, metadata.height]).toEqual([rendition.width, rendition.height]);
      const text = Buffer.from(rendition.bytes).toString('latin1');
      expect(text).not.toContain('Redmi');
      expect(text).not.toContain('Xiaomi');
      expect(text).not.toContain('Exif');
    }
  });

  it('gives the sha256 of the original, the same for the same upload', async () => {
    const first = await processPhoto(original);
    const again = await processPhoto(new Uint8Array(original));
    if (!first.ok || !again.ok) throw new Error('expected both to be processed');
    expect(first.value.contentHash).toBe(createHash('sha256').update(original).digest('hex'));
    expect(again.value.contentHash).toBe(first.value.contentHash);
  });

  it('never enlarges a small photo', async () => {
    const small = await sharp({ create: { width: 300, height: 200, channels: 3, background: red } })
      .jpeg()
      .toBuffer();
    const result = await processPhoto(small);
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.display.width, result.value.display.height]).toEqual([300, 200]);
    expect([result.value.thumbnail.width, result.value.thumbnail.height]).toEqual([300, 200]);
  });

  it('takes a transparent PNG and a WebP, putting transparency on white', async () => {
    const png = await sharp({
      create: { width: 2400, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const fromPng = await processPhoto(png);
    if (!fromPng.ok) throw new Error(fromPng.error.code);
    expect(fromPng.value.sourceType).toBe('png');
    expect([fromPng.value.display.width, fromPng.value.display.height]).toEqual([1600, 400]);
    expect([fromPng.value.thumbnail.width, fromPng.value.thumbnail.height]).toEqual([400, 100]);
    expect(await pixelAt(fromPng.value.display.bytes, 10, 10)).toEqual([255, 255, 255]);
    expect((await sharp(fromPng.value.display.bytes).metadata()).format).toBe('jpeg');

    const webp = await sharp({ create: { width: 800, height: 1000, channels: 3, background: blue } })
      .webp()
      .toBuffer();
    const fromWebp = await processPhoto(webp);
    if (!fromWebp.ok) throw new Error(fromWebp.error.code);
    expect(fromWebp.value.sourceType).toBe('webp');
    expect([fromWebp.value.display.width, fromWebp.value.display.height]).toEqual([800, 1000]);
    expect([fromWebp.value.thumbnail.width, fromWebp.value.thumbnail.height]).toEqual([320, 400]);
  });
});

describe('refusing what is not a usable photo', () => {
  it('refuses an upload cut off halfway as corrupt, without throwing', async () => {
    const whole = await sidewaysPhoneJpeg();
    expectFailure(await processPhoto(whole.subarray(0, Math.floor(whole.length / 2))), 'photo.corrupt');
  });

  it('refuses bytes that only start like a JPEG or PNG as corrupt', async () => {
    const fakeJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode('not really a jpeg')]);
    expectFailure(await processPhoto(fakeJpeg), 'photo.corrupt');
    const fakePng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);
    expectFailure(await processPhoto(fakePng), 'photo.corrupt');
  });

  it('refuses a PDF, a text file and an empty file as not an image', async () => {
    expectFailure(await processPhoto(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n')), 'photo.not_image');
    expectFailure(await processPhoto(new TextEncoder().encode('活动照片.jpg')), 'photo.not_image');
    expectFailure(await processPhoto(new Uint8Array()), 'photo.not_image');
  });

  it('refuses HEIC, AVIF and GIF with a clear unsupported-type code', async () => {
    const heic = new Uint8Array([0, 0, 0, 24, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0]);
    expect(sniffPhotoType(heic)).toBe('heic');
    expectFailure(await processPhoto(heic), 'photo.unsupported_type');
    const avif = await sharp({ create: { width: 8, height: 8, channels: 3, background: red } })
      .avif()
      .toBuffer();
    expect(sniffPhotoType(avif)).toBe('avif');
    expectFailure(await processPhoto(avif), 'photo.unsupported_type');
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: red } })
      .gif()
      .toBuffer();
    expectFailure(await processPhoto(gif), 'photo.unsupported_type');
  });

  it('refuses an upload over the size limit before decoding it', async () => {
    const oversize = new Uint8Array(defaultPhotoLimits.maxBytes + 1);
    oversize.set([0xff, 0xd8, 0xff]);
    const result = await processPhoto(oversize);
    expectFailure(result, 'photo.too_large');
    expect(result.ok ? undefined : result.error.params).toEqual({ maxMegabytes: 15 });
    const fifty = new Uint8Array(50 * 1024 * 1024);
    expectFailure(await processPhoto(fifty), 'photo.too_large');
  });

  it('refuses an image with more pixels than the limit', async () => {
    const photo = await sharp({ create: { width: 1000, height: 1000, channels: 3, background: red } })
      .png()
      .toBuffer();
    expectFailure(await processPhoto(photo, { ...defaultPhotoLimits, maxPixels: 999_999 }), 'photo.too_many_pixels');
  });
});

describe('storing a processed photo', () => {
  it('puts both renditions, never the original, in the given folder', async () => {
    const puts: { bytes: Uint8Array; folder: string; extension: string }[] = [];
    const store: FileStore = {
      async put(bytes, { folder, extension }) {
        puts.push({ bytes, folder, extension });
        return `${folder}/2026-11/${String(puts.length).padStart(8, '0')}-0000-0000-0000-000000000000.${extension}`;
      },
      async get() {
        return null;
      },
      async size() {
        return null;
      },
      async getRange() {
        return null;
      },
      async delete() {},
    };
    const original = await sidewaysPhoneJpeg();
    const processed = await processPhoto(original);
    if (!processed.ok) throw new Error(processed.error.code);
    const keys = await storePhoto(store, processed.value, 'activity-photos');
    expect(keys.displayKey).toMatch(/^activity-photos\/2026-11\/00000001-.*\.jpg$/);
    expect(keys.thumbnailKey).toMatch(/^activity-photos\/2026-11\/00000002-.*\.jpg$/);
    expect(puts.map((put) => [put.folder, put.extension])).toEqual([
      ['activity-photos', 'jpg'],
      ['activity-photos', 'jpg'],
    ]);
    expect(puts[0]?.bytes).toEqual(processed.value.display.bytes);
    expect(puts[1]?.bytes).toEqual(processed.value.thumbnail.bytes);
  });
});

describe('checking a short video clip', () => {
  const ftyp = (brand: string) => new Uint8Array([0, 0, 0, 32, ...new TextEncoder().encode(`ftyp${brand}`), 0, 0]);
  const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84, ...new TextEncoder().encode('webm')]);

  it('knows MP4, MOV and WebM by their signatures', () => {
    expect(sniffVideoType(ftyp('isom'))).toBe('mp4');
    expect(sniffVideoType(ftyp('mp42'))).toBe('mp4');
    expect(sniffVideoType(ftyp('qt  '))).toBe('mov');
    expect(sniffVideoType(webm)).toBe('webm');
    expect(checkVideoClip(ftyp('qt  '))).toEqual({
      ok: true,
      value: { type: 'mov', extension: 'mov', contentType: 'video/quicktime' },
    });
  });

  it('refuses photos, HEIC stills, Matroska that is not WebM and text as not a video', async () => {
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: red } })
      .jpeg()
      .toBuffer();
    expectFailure(checkVideoClip(jpeg), 'video.not_video');
    expectFailure(checkVideoClip(ftyp('heic')), 'video.not_video');
    const mkv = new Uint8Array([
      0x1a,
      0x45,
      0xdf,
      0xa3,
      0x9f,
      0x42,
      0x82,
      0x88,
      ...new TextEncoder().encode('matroska'),
    ]);
    expectFailure(checkVideoClip(mkv), 'video.not_video');
    expectFailure(checkVideoClip(new TextEncoder().encode('hello')), 'video.not_video');
  });

  it('refuses a clip over the size limit', () => {
    const big = new Uint8Array(defaultVideoLimits.maxBytes + 1);
    big.set(ftyp('isom'));
    const result = checkVideoClip(big);
    expectFailure(result, 'video.too_large');
    expect(result.ok ? undefined : result.error.params).toEqual({ maxMegabytes: 30 });
  });
});

describe('the messages for these codes', () => {
  it('exist in both languages for every code the pipeline returns, with 4xx statuses', () => {
    const codes: (PhotoErrorCode | VideoErrorCode)[] = [
      'photo.not_image',
      'photo.unsupported_type',
      'photo.too_large',
      'photo.too_many_pixels',
      'photo.corrupt',
      'video.not_video',
      'video.too_large',
    ];
    for (const code of codes) {
      const message = errorCatalogue[code];
      expect([400, 413, 415]).toContain(message.status);
      expect(message['zh-CN'].length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
    }
    expect(errorCatalogue['photo.too_large'].status).toBe(413);
    expect(errorCatalogue['photo.not_image'].status).toBe(415);
    expect(errorCatalogue['photo.corrupt'].status).toBe(400);
  });
});
