import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { receiptOncePerDatabase } from '../../support/access-receipts';
import type { Client } from '../../support/api';
import { sendFile } from '../../support/images';
import { insertProposal, readRow, submittedProposal, teamWrites } from './grant-proposals';

/**
 * Access rows for a proposal's attachments 附件 (issue 17, see access-control.test.ts): read with the
 * proposal (funders and experts only once submitted, experts only when assigned — the demo expert is
 * not assigned to the fixture proposal), added and removed only by the team. An attachment's view
 * names no one, so the personal-data scan has nothing to find in any role's answer.
 */
const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

/** One photo on the submitted fixture proposal, sent once per database by its leader. */
const sharedAttachment = (client: Client, ctx: AccessContext) =>
  receiptOncePerDatabase(client, ctx, {
    kind: 'proposal-attachment',
    sender: 'leader',
    uploadPathOf: async () => `/api/grant-proposals/${await submittedProposal(ctx)}/attachments?name=photo.jpg`,
  });

/** An attachment row of its own for each removal (its file is not there: removing that is no error). */
async function insertAttachment(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_proposal_attachments')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      proposal_id: await submittedProposal(ctx),
      file_key: `proposal-attachments/2026-06/${randomUUID()}.pdf`,
      original_name: `报价单 ${ctx.n}.pdf`,
      kind: 'pdf',
      size_bytes: 15,
      uploaded_at: new Date('2026-06-03T00:00:00Z'),
    })
    .execute();
  return id;
}

export const grantProposalAttachmentsAccessRows: AccessRow[] = [
  {
    name: 'a submitted proposal’s attachments',
    route: 'GET /api/grant-proposals/{id}/attachments',
    call: async (c, ctx) => {
      await sharedAttachment(c, ctx);
      return c.get(`/api/grant-proposals/${await submittedProposal(ctx)}/attachments`);
    },
    expect: readRow({ expert: 403 }),
  },
  {
    name: 'a draft proposal’s attachments: not for funders and experts',
    route: 'GET /api/grant-proposals/{id}/attachments',
    call: async (c, ctx) => c.get(`/api/grant-proposals/${await insertProposal(ctx, 'draft')}/attachments`),
    expect: readRow({ funder: 404, expert: 404 }),
  },
  {
    name: 'an attachment’s file',
    route: 'GET /api/grant-proposal-attachments/{id}',
    call: async (c, ctx) => c.get(`/api/grant-proposal-attachments/${await sharedAttachment(c, ctx)}`),
    expect: readRow({ expert: 403 }),
  },
  {
    name: 'the team adds an attachment',
    route: 'POST /api/grant-proposals/{id}/attachments',
    call: async (c, ctx) =>
      sendFile(c, 'POST', `/api/grant-proposals/${await submittedProposal(ctx)}/attachments`, pdf, 'application/pdf'),
    expect: teamWrites(201),
  },
  {
    name: 'the team removes an attachment',
    route: 'DELETE /api/grant-proposal-attachments/{id}',
    call: async (c, ctx) => c.call('DELETE', `/api/grant-proposal-attachments/${await insertAttachment(ctx)}`),
    expect: teamWrites(200),
  },
];
