import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { proposalContent, publishedRound } from '../support/grant-proposals';
import { makeJpeg, sendFile } from '../support/images';

/**
 * A proposal's attachments 附件 (issue 17): the team adds photos and PDFs while it may still change
 * the proposal; whoever may read the proposal lists and opens them — funders only once it is
 * submitted, experts only when it is assigned to them. A refused file leaves nothing behind.
 */
let api: TestApi;
let staff: Client;
let leader: Client;
let ids: Awaited<ReturnType<typeof demoIds>>;
let roundId: string;

beforeAll(async () => {
  api = await startTestApi();
  [staff, leader] = await Promise.all([api.as('staff'), api.as('leader')]);
  ids = await demoIds(api.db);
  roundId = (await publishedRound(api.db, staff, ids)).id;
});
afterAll(() => api.close());

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function storedFiles(): string[] {
  return readdirSync(api.filesDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

async function draftProposal(): Promise<string> {
  const made = await leader.post('/api/grant-proposals', {
    id: randomUUID(),
    roundId,
    organizationId: ids.organizationId,
    content: await proposalContent(api.db),
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id;
}

const attach = (client: Client, proposalId: string, bytes: Uint8Array, name?: string) =>
  sendFile(
    client,
    'POST',
    `/api/grant-proposals/${proposalId}/attachments${name ? `?name=${encodeURIComponent(name)}` : ''}`,
    bytes,
    'application/octet-stream',
  );

const fileOf = (client: Client, attachmentId: string) =>
  api.request(`/api/grant-proposal-attachments/${attachmentId}`, { headers: { cookie: client.cookie } });

async function attachmentRows(): Promise<number> {
  const { count } = await api.db
    .selectFrom('grant_proposal_attachments')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

describe('the team attaches photos and PDFs to its proposal', () => {
  it('adds them to a draft; funders see them only once it is submitted, an expert only when assigned', async () => {
    const proposalId = await draftProposal();
    const signatures = await attach(leader, proposalId, pdf, '居民签名.pdf');
    expect(signatures.status, JSON.stringify(signatures.body)).toBe(201);
    expect(signatures.body).toMatchObject({ originalName: '居民签名.pdf', kind: 'pdf', sizeBytes: pdf.length });
    const jpeg = await makeJpeg(64, 48);
    const corridor = await attach(leader, proposalId, jpeg, '楼道.jpg');
    expect(corridor.body).toMatchObject({ kind: 'jpg', sizeBytes: jpeg.length });

    const listed = await leader.get(`/api/grant-proposals/${proposalId}/attachments`);
    // Both at the test clock's one instant: which comes first is not the point here.
    expect(listed.body.map((a: { originalName: string }) => a.originalName).sort()).toEqual(
      ['居民签名.pdf', '楼道.jpg'].sort(),
    );
    // Who uploaded is an account of the team: no reader gets it.
    expect(Object.keys(listed.body[0]).sort()).toEqual(
      ['id', 'kind', 'originalName', 'proposalId', 'sizeBytes', 'uploadedAt'].sort(),
    );

    const [funder, expert, official, member] = await Promise.all([
      api.as('funder'),
      api.as('expert'),
      api.as('official'),
      api.as('member'),
    ]);
    // A draft is the team's and its coaches': a funder does not know it exists.
    const early = await funder.get(`/api/grant-proposals/${proposalId}/attachments`);
    expect([early.status, early.body.code]).toEqual([404, 'grants.proposal_unknown']);
    expect((await fileOf(funder, signatures.body.id)).status).toBe(404);
    expect((await official.get(`/api/grant-proposals/${proposalId}/attachments`)).body).toHaveLength(2);
    expect((await member.get(`/api/grant-proposals/${proposalId}/attachments`)).body).toHaveLength(2);

    expect((await leader.post(`/api/grant-proposals/${proposalId}/submit`)).status).toBe(200);
    expect((await funder.get(`/api/grant-proposals/${proposalId}/attachments`)).body).toHaveLength(2);
    const download = await fileOf(funder, signatures.body.id);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    // An uploaded PDF can carry scripts: a download, sandboxed, never sniffed.
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="proposal-attachment-/);
    expect(download.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);
    const picture = await fileOf(funder, corridor.body.id);
    expect([picture.status, picture.headers.get('content-type')]).toEqual([200, 'image/jpeg']);
    expect(picture.headers.get('content-disposition')).toBe('inline');

    // The demo expert is not assigned to this proposal.
    const notAssigned = await expert.get(`/api/grant-proposals/${proposalId}/attachments`);
    expect([notAssigned.status, notAssigned.body.code]).toEqual([403, 'grants.not_your_review']);
    expect((await fileOf(expert, corridor.body.id)).status).toBe(403);
    // The team's own file; nobody else adds one, not even staff who coach.
    for (const client of [member, staff, funder]) expect((await attach(client, proposalId, pdf)).status).toBe(403);
    const outsider = await api.as('leader2');
    expect((await outsider.get(`/api/grant-proposals/${proposalId}/attachments`)).status).toBe(403);
  });

  it('refuses what is not a photo or PDF, a file over 10 MB, a full disk, a closed proposal: nothing is stored', async () => {
    const proposalId = await draftProposal();
    const filesBefore = storedFiles();
    const rowsBefore = await attachmentRows();

    const html = await attach(leader, proposalId, new TextEncoder().encode('<html><script>alert(1)</script></html>'));
    expect([html.status, html.body.code]).toEqual([415, 'grants.attachment_not_supported']);
    expect(html.body.message).toBeTruthy();
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(pdf);
    const tooBig = await attach(leader, proposalId, big);
    expect([tooBig.status, tooBig.body.code]).toEqual([413, 'grants.attachment_too_large']);
    const unknown = await attach(leader, randomUUID(), pdf);
    expect(unknown.status).toBe(404);
    const badName = await attach(leader, proposalId, pdf, 'a/../b.pdf');
    expect(badName.status).toBe(400);

    // A full disk (the file store's fault point): its own 503, and no row for a file never written.
    process.env.SEEDBED_FAULT = 'files.write-enospc';
    try {
      const full = await attach(leader, proposalId, pdf, '满了.pdf');
      expect([full.status, full.body.code]).toEqual([503, 'files.unavailable']);
    } finally {
      delete process.env.SEEDBED_FAULT;
    }

    expect((await leader.post(`/api/grant-proposals/${proposalId}/withdraw`)).status).toBe(200);
    const closed = await attach(leader, proposalId, pdf, '晚了.pdf');
    expect([closed.status, closed.body.code]).toEqual([409, 'grants.proposal_not_editable']);

    expect(storedFiles()).toEqual(filesBefore);
    expect(await attachmentRows()).toBe(rowsBefore);
  });

  it('the team removes an attachment while it may change the proposal: the row and the file go', async () => {
    const proposalId = await draftProposal();
    const filesBefore = storedFiles();
    const added = await attach(leader, proposalId, pdf, '旧报价.pdf');
    expect(storedFiles()).toHaveLength(filesBefore.length + 1);
    const member = await api.as('member');
    expect((await member.call('DELETE', `/api/grant-proposal-attachments/${added.body.id}`)).status).toBe(403);
    const removed = await leader.call('DELETE', `/api/grant-proposal-attachments/${added.body.id}`);
    expect([removed.status, removed.body.id]).toEqual([200, added.body.id]);
    expect((await leader.get(`/api/grant-proposals/${proposalId}/attachments`)).body).toEqual([]);
    expect(storedFiles()).toEqual(filesBefore);
    const again = await leader.call('DELETE', `/api/grant-proposal-attachments/${added.body.id}`);
    expect([again.status, again.body.code]).toEqual([404, 'grants.attachment_unknown']);

    const kept = await attach(leader, proposalId, pdf, '签名.pdf');
    expect((await leader.post(`/api/grant-proposals/${proposalId}/withdraw`)).status).toBe(200);
    const late = await leader.call('DELETE', `/api/grant-proposal-attachments/${kept.body.id}`);
    expect([late.status, late.body.code]).toEqual([409, 'grants.proposal_not_editable']);
    expect((await fileOf(leader, kept.body.id)).status).toBe(200);
  });
});
