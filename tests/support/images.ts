import sharp from 'sharp';
import type { Client, JsonResponse, TestApi } from './api';

/**
 * Test files for the upload routes: real JPEG/PNG pictures made by sharp (optionally with the
 * EXIF a phone writes, GPS included), a tiny MP4 by hand, and a way to send raw bytes as a
 * signed-in client.
 */

export interface Colour {
  r: number;
  g: number;
  b: number;
}

/**
 * A JPEG of `width` × `height`: a diagonal gradient from `color` with a square in the middle, so
 * each colour gives different bytes. With `gps`, EXIF carries a phone model and a GPS position.
 */
export async function makeJpeg(
  width: number,
  height: number,
  options: { gps?: boolean; color?: Colour } = {},
): Promise<Buffer> {
  const { r, g, b } = options.color ?? { r: 200, g: 120, b: 40 };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="rgb(${r},${g},${b})"/><stop offset="1" stop-color="rgb(${255 - r},${255 - g},${255 - b})"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="${width / 3}" y="${height / 3}" width="${width / 3}" height="${height / 3}" fill="rgb(${g},${b},${r})"/>
  </svg>`;
  let image = sharp(Buffer.from(svg)).jpeg({ quality: 85 });
  if (options.gps)
    image = image.withExif({
      IFD0: { Make: 'Xiaomi', Model: 'Redmi 9A' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '30/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '104/1 4/1 0/1' },
    });
  return image.toBuffer();
}

/** A PNG of `width` × `height` in one colour. */
export async function makePng(
  width: number,
  height: number,
  color: Colour = { r: 30, g: 160, b: 90 },
): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } })
    .png()
    .toBuffer();
}

/** Whether EXIF carries the GPS IFD pointer tag (0x8825), in either byte order. */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

function box(type: string, payload: Uint8Array): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length, 0);
  header.write(type, 4, 'ascii');
  return Buffer.concat([header, payload]);
}

/**
 * A minimal MP4 as video.ts checks it (an `ftyp` box with the isom brand) followed by an `mdat`
 * box of `payloadBytes` deterministic bytes that depend on `seed` (different seeds, different files).
 * With `location`, a `moov` box carries it where an Android phone writes it (moov/udta/©xyz).
 */
export function makeMp4(seed = 1, payloadBytes = 64 * 1024, location?: string): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.concat([Buffer.from('isom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2mp41')]),
  );
  const payload = Buffer.alloc(payloadBytes);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < payload.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    payload[i] = state >>> 24;
  }
  const moov = location ? [box('moov', box('udta', box('\u00a9xyz', Buffer.from(location))))] : [];
  return Buffer.concat([ftyp, ...moov, box('mdat', payload)]);
}

/**
 * Sends raw bytes (a photo, a clip) as a signed-in client: its session cookie and CSRF token,
 * the given Content-Type. The answer's body is parsed when it is JSON, kept as bytes otherwise.
 */
export async function sendFile(
  client: Client,
  method: string,
  path: string,
  bytes: Uint8Array,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const api = (client as unknown as { api: Pick<TestApi, 'request'> }).api;
  const response = await api.request(path, {
    method,
    headers: {
      'content-type': contentType,
      ...(client.cookie && { cookie: client.cookie }),
      ...(client.csrfToken && { 'x-csrf-token': client.csrfToken }),
      ...headers,
    },
    body: bytes as Uint8Array<ArrayBuffer>,
  });
  const isJson = response.headers.get('content-type')?.includes('json');
  const raw = new Uint8Array(await response.arrayBuffer());
  const body = isJson ? JSON.parse(new TextDecoder().decode(raw)) : raw;
  return { status: response.status, body, headers: response.headers, bytes: raw };
}

/** GET with a signed-in client's cookie and extra headers (Range), the answer's bytes kept raw. */
export async function fetchBytes(
  client: Client,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; bytes: Uint8Array; headers: Headers }> {
  const api = (client as unknown as { api: Pick<TestApi, 'request'> }).api;
  const response = await api.request(path, {
    headers: { ...(client.cookie && { cookie: client.cookie }), ...headers },
  });
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()), headers: response.headers };
}
