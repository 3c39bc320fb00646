import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';

/**
 * The volunteer certificate as an image (issue 16): WeChat's browser often cannot open a PDF, so a
 * member long-presses a PNG of the same certificate to save it. Same people as the PDF, a real PNG
 * a phone can show, in the reader's language.
 */
let api: TestApi;
let member: Client;
let certificate: { id: string; number: string; imageUrl: string; pdfUrl: string };

beforeAll(async () => {
  api = await startTestApi();
  member = await api.as('member');
  // The demo street issued the member one certificate from the leader's team.
  const record = await member.get('/api/me/volunteer-hours');
  certificate = record.body.certificates[0];
});
afterAll(() => api.close());

async function fetchAs(login: string | null, path: string, headers: Record<string, string> = {}) {
  const cookie = login ? (await api.as(login)).cookie : undefined;
  return api.request(path, { headers: { ...headers, ...(cookie ? { cookie } : {}) } });
}

describe('GET /api/volunteer-certificates/{id}.png', () => {
  it('is a PNG 1080 px wide, as tall as the certificate, beside the PDF', async () => {
    expect(certificate.imageUrl).toBe(`/api/volunteer-certificates/${certificate.id}.png`);
    const response = await fetchAs('member', certificate.imageUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toContain('.png');
    const bytes = Buffer.from(await response.arrayBuffer());
    const image = await sharp(bytes).metadata();
    expect(image.format).toBe('png');
    expect(image.width).toBe(1080);
    // Portrait: the title, the lines of service, the issuer and the seal.
    expect(image.height).toBeGreaterThan(1200);
    expect(image.height).toBeLessThan(8000);
    // Not blank: the text and the frame are drawn in dark ink on white.
    const { channels } = await sharp(bytes).stats();
    expect(channels[0]!.min).toBeLessThan(80);
    expect(channels[0]!.max).toBe(255);
  });

  it('is drawn in the reader’s language (different pixels, same size rules)', async () => {
    const chinese = Buffer.from(await (await fetchAs('member', certificate.imageUrl)).arrayBuffer());
    const english = Buffer.from(
      await (await fetchAs('member', certificate.imageUrl, { 'accept-language': 'en' })).arrayBuffer(),
    );
    expect((await sharp(english).metadata()).width).toBe(1080);
    expect(english.equals(chinese)).toBe(false);
  });

  it('goes to the same people as the PDF, and to nobody else', async () => {
    for (const [login, status] of [
      ['leader', 200],
      ['staff', 200],
      ['leader2', 403],
      ['assistant', 403],
      [null, 401],
    ] as const)
      expect((await fetchAs(login, certificate.imageUrl)).status, String(login)).toBe(status);
    expect((await member.get('/api/volunteer-certificates/00000000-0000-4000-8000-000000000000.png')).status).toBe(404);
    expect((await member.get(`/api/volunteer-certificates/${certificate.id}.jpg`)).status).toBe(400);
  });
});
