import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontBold, renderPdf } from '../../packages/server/src/documents/pdf';
import { renderVolunteerCertificatePdf } from '../../packages/server/src/documents/volunteer-certificate';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { differingBox, inkIn, pdfFonts, pdfPageCount, pdfText, renderPage } from '../support/pdf';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let activity: { id: string; signInCode: string; title: string };

// The test clock stands at 2026-06-30 10:00 in Shanghai; the activity was yesterday morning.
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  staff = await api.as('staff');
  const leader = await api.as('leader');
  const created = await leader.call(
    'POST',
    '/api/activities',
    {
      organizationIds: [ids.organizationId],
      coHosts: ['槐荫物业'],
      title: '夏日广场舞联欢',
      content: '在小区广场为居民表演，并教大家两支新舞。',
      startsAt: '2026-06-29T09:00:00+08:00',
      endsAt: '2026-06-29T11:00:00+08:00',
      place: { kind: 'text', text: '小区中心广场' },
      beneficiaryGroups: ['elderly', 'all_residents'],
      openness: 'open_to_all',
      organizerCount: 3,
      servedCount: 30,
      reflection: '第一次面向全体居民，大家很投入。',
      feedback: [{ text: '希望每个月都有', saidBy: '王阿姨' }],
    },
    { 'idempotency-key': 'documents-test-0001' },
  );
  expect(created.status).toBe(201);
  activity = created.body;
});
afterAll(() => api.close());

/** GET as a signed-in client, keeping the bytes (the shared client reads text). */
async function fetchBytes(client: Client, path: string, headers: Record<string, string> = {}) {
  const response = await api.request(path, { headers: { cookie: client.cookie, ...headers } });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

function expectPdf(result: { status: number; headers: Headers; bytes: Uint8Array }) {
  expect(result.status).toBe(200);
  expect(result.headers.get('content-type')).toBe('application/pdf');
  expect(Buffer.from(result.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  // Subset fonts keep a sheet small although each Noto Sans SC file is 10 MB.
  expect(result.bytes.length).toBeLessThan(200_000);
  const fonts = pdfFonts(result.bytes);
  expect(fonts).toMatch(/NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
  expect(fonts).toMatch(/NotoSansSC-Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
}

/** What text extraction gives, without the line breaks and spaces layout puts in. */
const squeezed = (pdf: Uint8Array) => pdfText(pdf).replace(/\s+/g, '');

describe('Chinese glyphs really print', () => {
  it('draws two different Chinese strings as two different, inked shapes in the same place', async () => {
    const page = (text: string) =>
      renderPdf({ title: text, locale: 'zh-CN' }, (doc) => {
        doc.font(fontBold).fontSize(28).text(text, 100, 100, { lineBreak: false });
      });
    const first = renderPage(await page('活动签到表'), 'documents-glyphs-a');
    const second = renderPage(await page('志愿服务证'), 'documents-glyphs-b');
    // Where the text stands (100 pt = 83 px at 60 dpi): ink in both, and the shapes differ. A font
    // without these glyphs draws the same empty boxes (or nothing) for both strings.
    const region = { left: 70, top: 70, right: 260, bottom: 130 };
    expect(inkIn(first, region)).toBeGreaterThan(200);
    expect(inkIn(second, region)).toBeGreaterThan(200);
    const differs = differingBox(first, second);
    expect(differs).not.toBeNull();
    expect(differs!.left).toBeGreaterThanOrEqual(region.left);
    expect(differs!.bottom).toBeLessThanOrEqual(region.bottom);
  });
});

describe('the sign-in sheet 活动签到表', () => {
  it('prints the activity, its QR code and twenty numbered rows on one A4 page', async () => {
    const result = await fetchBytes(staff, `/api/activities/${activity.id}/sign-in-sheet.pdf`);
    expectPdf(result);
    expect(pdfPageCount(result.bytes)).toBe(1);
    const text = squeezed(result.bytes);
    for (const words of ['活动签到表', '夏日广场舞联欢', '扫码签到', '联系电话（儿童不填）', '签到时间', '签退时间']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('2026年6月29日（星期一）09:00–11:00');
    expect(text).toContain('本表拍照上传后作为活动签到凭证');
    expect(text).toContain(`/s/${activity.signInCode}`);
    expect(text).toContain('20');
    const page = renderPage(result.bytes, 'documents-sign-in-sheet');
    expect(inkIn(page)).toBeGreaterThan(5_000);
  });

  it('names the file in Chinese with an ASCII fallback, and opens in the browser', async () => {
    const result = await fetchBytes(staff, `/api/activities/${activity.id}/sign-in-sheet.pdf`);
    const disposition = result.headers.get('content-disposition') ?? '';
    expect(disposition).toContain('inline; filename="sign-in-sheet-2026-06-29.pdf"');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('活动签到表-夏日广场舞联欢-2026-06-29.pdf')}`);
  });

  it('runs onto more pages when more rows are asked for, and refuses a silly count', async () => {
    const long = await fetchBytes(staff, `/api/activities/${activity.id}/sign-in-sheet.pdf?rows=60`);
    expectPdf(long);
    expect(pdfPageCount(long.bytes)).toBeGreaterThanOrEqual(2);
    expect(squeezed(long.bytes)).toContain('60');
    const silly = await staff.get(`/api/activities/${activity.id}/sign-in-sheet.pdf?rows=100000`);
    expect(silly.status).toBe(400);
    expect(silly.body.code).toBe('request.invalid');
  });

  it('prints in English for an English browser', async () => {
    const result = await fetchBytes(staff, `/api/activities/${activity.id}/sign-in-sheet.pdf`, {
      'accept-language': 'en',
    });
    expectPdf(result);
    const text = pdfText(result.bytes);
    expect(text).toContain('Activity sign-in sheet');
    expect(text).toContain('Scan to sign in');
    expect(text).toContain('夏日广场舞联欢');
  });

  it('follows the app’s language switch (?lang=) over the browser’s language', async () => {
    const result = await fetchBytes(staff, `/api/activities/${activity.id}/record-sheet.pdf?lang=en`, {
      'accept-language': 'zh-CN',
    });
    expectPdf(result);
    expect(pdfText(result.bytes)).toContain('Activity record sheet');
    const unknown = await staff.get(`/api/activities/${activity.id}/record-sheet.pdf?lang=fr`);
    expect(unknown.status).toBe(400);
  });
});

describe('the record sheet 活动记录表', () => {
  it('fills in what the record knows and leaves boxes to write in', async () => {
    const result = await fetchBytes(staff, `/api/activities/${activity.id}/record-sheet.pdf`);
    expectPdf(result);
    expect(pdfPageCount(result.bytes)).toBe(1);
    const text = squeezed(result.bytes);
    for (const words of ['活动记录表', '夏日广场舞联欢', '槐荫物业', '小区中心广场', '面向所有居民', '老年人']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('30人');
    expect(text).toContain('活动内容与过程');
    expect(text).toContain('能人感言');
    expect(text).toContain('第一次面向全体居民');
    expect(text).toContain('希望每个月都有（王阿姨）');
    expect(text).toContain('记录人');
    const page = renderPage(result.bytes, 'documents-record-sheet');
    expect(inkIn(page)).toBeGreaterThan(5_000);
  });

  it('prints for a member who may read the activity', async () => {
    const member = await api.as('member');
    expectPdf(await fetchBytes(member, `/api/activities/${activity.id}/record-sheet.pdf`));
  });
});

describe('who may print', () => {
  it('answers 404 for an unknown activity and 403 for another street’s leader', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const sheet of ['sign-in-sheet.pdf', 'record-sheet.pdf']) {
      const missing = await staff.get(`/api/activities/${unknown}/${sheet}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toContain('application/json');
      const leader2 = await api.as('leader2');
      const forbidden = await leader2.get(`/api/activities/${activity.id}/${sheet}`);
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.code).toBe('auth.forbidden');
      expect((await api.anonymous().get(`/api/activities/${activity.id}/${sheet}`)).status).toBe(401);
    }
  });
});

describe('the sign-in QR code', () => {
  it('is SVG of the absolute sign-in link on the request’s origin', async () => {
    const result = await api.anonymous().get(`/api/sign-in/${activity.signInCode}/qr.svg`);
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toContain('image/svg+xml');
    // Without SEEDBED_PUBLIC_URL the origin came from the Host header: for this requester only.
    expect(result.headers.get('cache-control')).toBe('private, no-store');
    const svg = String(result.body);
    expect(svg).toContain('<svg');
    // app.request() resolves paths against http://localhost; the SVG's size is the symbol's modules
    // plus the 4-module quiet zone on each side, so it matches only the QR of this very URL.
    const expected = QRCode.create(`http://localhost/s/${activity.signInCode}`, { errorCorrectionLevel: 'M' });
    const side = expected.modules.size + 8;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
  });

  it('accepts the code typed in lower case and answers 404 for an unknown code', async () => {
    const lower = await api.anonymous().get(`/api/sign-in/${activity.signInCode.toLowerCase()}/qr.svg`);
    expect(lower.status).toBe(200);
    const unknown = await api.anonymous().get('/api/sign-in/ZZZZZZZZ/qr.svg');
    expect(unknown.status).toBe(404);
  });
});

describe('the volunteer certificate 志愿服务证明', () => {
  const input = {
    number: 'CH-2026-0007',
    personName: '王秀英',
    organizationName: '夕阳红舞蹈队',
    streetName: '春和街道',
    totalMinutes: 755,
    entries: [
      { date: '2026-05-01', activityTitle: '重阳节敬老探访', minutes: 150, role: '服务' },
      { date: '2026-05-08', activityTitle: '社区环境清洁日', minutes: 605, role: '组织者' },
    ],
    issuedOn: '2026-06-30',
    issuerName: '李社工',
  };

  it('prints the total in hours and minutes, the entries, issuer, seal box and the legal basis', async () => {
    const pdf = await renderVolunteerCertificatePdf(input, 'zh-CN');
    expectPdf({ status: 200, headers: new Headers({ 'content-type': 'application/pdf' }), bytes: pdf });
    const text = squeezed(pdf);
    for (const words of [
      '志愿服务证明',
      '证明编号：CH-2026-0007',
      '王秀英',
      '参加志愿服务累计12小时35分钟',
      '重阳节敬老探访',
      '10小时5分钟',
      '盖章处',
      '春和街道',
      '《志愿服务记录与证明出具办法》',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('draws the person’s name in real glyphs: two names, two different inked shapes', async () => {
    const first = renderPage(await renderVolunteerCertificatePdf(input, 'zh-CN'), 'documents-certificate');
    const second = renderPage(
      await renderVolunteerCertificatePdf({ ...input, personName: '李建国' }, 'zh-CN'),
      'documents-certificate-other-name',
    );
    const differs = differingBox(first, second);
    expect(differs).not.toBeNull();
    // Only the name's line differs, and there is ink there on both pages.
    expect(differs!.bottom - differs!.top).toBeLessThan(30);
    expect(inkIn(first, differs!)).toBeGreaterThan(30);
    expect(inkIn(second, differs!)).toBeGreaterThan(30);
  });
});
