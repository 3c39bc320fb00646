import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

/** Every file the store holds for this test file, so a test can see that nothing was left behind. */
function storedFiles(): string[] {
  return readdirSync(api.filesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('the document of a filing change', () => {
  const base = () => `/api/organizations/${ids.organizationId}`;
  const send = (client: Client, changeId: string, body: Uint8Array<ArrayBuffer>) =>
    api.request(`${base()}/changes/${changeId}/document`, {
      method: 'PUT',
      headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/pdf' },
      body,
    });

  it('staff attach the 备案 scan to the filing change; the leader reads it back', async () => {
    const staff = await api.as('staff');
    const recorded = await staff.post(`${base()}/changes`, {
      field: 'filing_status',
      value: 'filed',
      changedOn: '2026-05-20',
      documentRef: '槐荫社区备字〔2026〕3号',
    });
    expect(recorded.status).toBe(201);
    const registry = await staff.get(`${base()}/registry`);
    const change = registry.body.changes.find(
      (c: { documentRef: string | null }) => c.documentRef === '槐荫社区备字〔2026〕3号',
    );
    expect(change.documentFileType).toBeNull();

    const attached = await send(staff, change.id, pdf);
    expect(attached.status).toBe(200);
    const again = await staff.get(`${base()}/registry`);
    expect(again.body.changes.find((c: { id: string }) => c.id === change.id).documentFileType).toBe('pdf');

    const leader = await api.as('leader');
    const back = await api.request(`${base()}/changes/${change.id}/document`, { headers: { cookie: leader.cookie } });
    expect(back.status).toBe(200);
    expect(back.headers.get('content-type')).toBe('application/pdf');
    // An uploaded PDF can carry scripts: it comes back as a download, sandboxed, never sniffed.
    expect(back.headers.get('content-disposition')).toMatch(
      /^attachment; filename="change-document-[0-9a-f]{8}\.pdf"$/,
    );
    expect(back.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(back.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(pdf);

    const outsider = await api.as('leader2');
    const refused = await api.request(`${base()}/changes/${change.id}/document`, {
      headers: { cookie: outsider.cookie },
    });
    expect(refused.status).toBe(403);

    // The scan carries names, phones and ID numbers: the official who filed it reads it; those who
    // do not handle registration see the organization but not the scan (issue 14).
    const official = await api.as('official');
    const filed = await api.request(`${base()}/changes/${change.id}/document`, {
      headers: { cookie: official.cookie },
    });
    expect(filed.status).toBe(200);
    for (const login of ['assistant', 'member', 'funder', 'expert']) {
      const reader = await api.as(login);
      expect((await reader.get(base())).status).toBe(200);
      const scan = await reader.get(`${base()}/changes/${change.id}/document`);
      expect([login, scan.status, scan.body.code]).toEqual([login, 403, 'auth.forbidden']);
    }
  });

  it('refuses what is not a PDF or picture, a file over 10 MB, an unknown change; nothing is attached', async () => {
    const staff = await api.as('staff');
    const registry = await staff.get(`${base()}/registry`);
    const change = registry.body.changes.find((c: { documentFileType: string | null }) => c.documentFileType === null);

    const html = await send(staff, change.id, new TextEncoder().encode('<html><script>alert(1)</script></html>'));
    expect(html.status).toBe(415);
    expect((await html.json()).code).toBe('organization.document_not_supported');
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(pdf);
    const tooBig = await send(staff, change.id, big);
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).code).toBe('organization.document_too_large');
    const storedBefore = storedFiles();
    const unknown = await send(staff, '00000000-0000-4000-8000-000000000000', pdf);
    expect((await unknown.json()).code).toBe('organization.change_unknown');
    expect(storedFiles()).toEqual(storedBefore);

    const leader = await api.as('leader');
    expect((await send(leader, change.id, pdf)).status).toBe(403);
    const after = await staff.get(`${base()}/registry`);
    expect(after.body.changes.find((c: { id: string }) => c.id === change.id).documentFileType).toBeNull();
  });
});
