import { randomUUID } from 'node:crypto';
import type { AccessContext, AccessRow } from '../../support/access';
import { all } from '../../support/access';
import { receiptOncePerDatabase } from '../../support/access-receipts';
import type { Client } from '../../support/api';
import { makeJpeg, sendFile } from '../../support/images';
import { insertProposal } from './grant-proposals';

/**
 * Access rows for a grant's money (issue 17, see access-control.test.ts): the agreement of 夕阳红舞蹈队's
 * approved proposal, its claims, tranches, ledger and closing. Claims name the treasurer as the one
 * who advanced the money, so the personal-data scan checks that a funder (and everyone beyond the
 * team and staff) never receives it. Fixtures go straight into the tables.
 */

/** grants.money.read: staff and assistants, the team, the officials serving it, funders. */
const readers = all(403, {
  admin: 200,
  staff: 200,
  assistant: 200,
  leader: 200,
  member: 200,
  official: 200,
  street: 200,
  funder: 200,
});
const managers = (status: number) => all(403, { admin: status, staff: status });
/** grants.claim.submit: the leader, and the treasurer by team role. */
const claimants = (status: number) => all(403, { leader: status, treasurer: status });
/** grants.closing.write: the leader, and the deputy and treasurer by team role. */
const closingWriters = (status: number) => all(403, { leader: status, deputy: status, treasurer: status });

async function userOf(ctx: AccessContext, username: string) {
  return ctx.db
    .selectFrom('users')
    .select(['id', 'person_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
}

async function approvedProposal(ctx: AccessContext): Promise<string> {
  const id = await insertProposal(ctx, 'submitted');
  await ctx.db
    .updateTable('grant_proposals')
    .set({
      determination: 'approved',
      approved_fen: 50_000,
      determined_version: 1,
      determined_at: new Date('2026-06-10T00:00:00Z'),
    })
    .where('id', '=', id)
    .execute();
  return id;
}

/**
 * An agreement of a fresh approved proposal: ¥500.00 on one line 花苗, 10% tolerance; with the
 * team's closing words when given (closing needs them).
 */
async function insertAgreement(ctx: AccessContext, closingWords?: string): Promise<string> {
  const proposalId = await approvedProposal(ctx);
  const proposal = await ctx.db
    .selectFrom('grant_proposals')
    .select('round_id')
    .where('id', '=', proposalId)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_agreements')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      organization_id: ctx.ids.organizationId,
      proposal_id: proposalId,
      round_id: proposal.round_id,
      title: `楼道花园 ${ctx.n}`,
      grantor_name: '社区基金会',
      team_name: '夕阳红舞蹈队',
      approved_fen: 50_000,
      starts_on: '2026-06-01',
      ends_on: '2026-12-31',
      tolerance_percent: 10,
      lines: JSON.stringify([{ key: 'b1', label: '花苗', budgetFen: 50_000 }]),
      negative_list: JSON.stringify([]),
      closed_at: null,
      created_by: null,
      created_at: new Date('2026-06-10T00:00:00Z'),
      closing_words: closingWords ?? null,
      closing_words_at: closingWords ? new Date('2026-06-29T00:00:00Z') : null,
    })
    .execute();
  return id;
}

const agreements = new WeakMap<object, Promise<string>>();
function sharedAgreement(ctx: AccessContext): Promise<string> {
  let made = agreements.get(ctx.db);
  if (!made) {
    made = insertAgreement(ctx);
    agreements.set(ctx.db, made);
  }
  return made;
}

/** A claim of the shared agreement in `state`, advanced by the treasurer (a name the scan knows). */
async function insertClaim(ctx: AccessContext, state: string): Promise<string> {
  const agreementId = await sharedAgreement(ctx);
  const treasurer = await userOf(ctx, 'treasurer');
  const person = await ctx.db
    .selectFrom('people')
    .select('name')
    .where('id', '=', treasurer.person_id!)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  const at = new Date('2026-06-20T00:00:00Z');
  await ctx.db
    .insertInto('grant_claims')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      organization_id: ctx.ids.organizationId,
      agreement_id: agreementId,
      number: 1000 + ctx.n,
      line_key: 'b1',
      amount_fen: 100,
      spent_on: '2026-06-19',
      description: '花苗',
      advanced_by_person_id: treasurer.person_id,
      advanced_by_name: person.name,
      activity_id: null,
      state,
      session_id: null,
      negative_list_hits: JSON.stringify([]),
      submitted_by: treasurer.id,
      checked_by: null,
      approved_by: null,
      paid_by: null,
      paid_on: null,
      from_held_fen: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** A 报销会 session of the main street with one checked claim of the shared agreement in it. */
async function sessionWithClaim(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_claim_sessions')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      held_on: '2026-06-30',
      title: `六月报销会 ${ctx.n}`,
      created_by: null,
      created_at: new Date('2026-06-30T00:00:00Z'),
    })
    .execute();
  const claimId = await insertClaim(ctx, 'checked');
  await ctx.db.updateTable('grant_claims').set({ session_id: id }).where('id', '=', claimId).execute();
  return id;
}

async function insertTranche(ctx: AccessContext): Promise<string> {
  const id = randomUUID();
  await ctx.db
    .insertInto('grant_tranches')
    .values({
      id,
      street_id: ctx.ids.mainStreetId,
      organization_id: ctx.ids.organizationId,
      agreement_id: await sharedAgreement(ctx),
      number: 1000 + ctx.n,
      amount_fen: 1,
      due_on: null,
      note: '',
      paid_on: null,
      paid_by: null,
      created_by: null,
      created_at: new Date('2026-06-20T00:00:00Z'),
    })
    .execute();
  return id;
}

/** A receipt of a claim, sent once per database by the team's leader. */
const sharedReceipt = (client: Client, ctx: AccessContext) =>
  receiptOncePerDatabase(client, ctx, {
    kind: 'claim',
    sender: 'leader',
    uploadPathOf: async () => `/api/grant-claims/${await insertClaim(ctx, 'submitted')}/receipts`,
  });

const agreementPath = async (ctx: AccessContext, rest = '') =>
  `/api/grant-agreements/${await sharedAgreement(ctx)}${rest}`;

export const grantMoneyAccessRows: AccessRow[] = [
  {
    name: 'a grant agreement',
    route: 'GET /api/grant-agreements/{id}',
    call: async (c, ctx) => c.get(await agreementPath(ctx)),
    expect: readers,
  },
  {
    name: 'the team’s grant agreements',
    route: 'GET /api/organizations/{id}/grant-agreements',
    call: async (c, ctx) => {
      await sharedAgreement(ctx);
      return c.get(`/api/organizations/${ctx.ids.organizationId}/grant-agreements`);
    },
    expect: readers,
  },
  {
    name: 'the agreement as a PDF',
    route: 'GET /api/grant-agreements/{id}/agreement.pdf',
    call: async (c, ctx) => c.get(await agreementPath(ctx, '/agreement.pdf')),
    expect: readers,
  },
  {
    name: 'make the agreement of an approved proposal',
    route: 'POST /api/grant-proposals/{id}/agreement',
    call: async (c, ctx) =>
      c.post(`/api/grant-proposals/${await approvedProposal(ctx)}/agreement`, {
        grantorName: '社区基金会',
        startsOn: '2026-07-01',
        endsOn: '2026-10-31',
      }),
    expect: managers(201),
  },
  {
    name: 'a grant’s claims (who advanced the money only for staff and the team)',
    route: 'GET /api/grant-agreements/{id}/claims',
    call: async (c, ctx) => {
      await insertClaim(ctx, 'approved');
      return c.get(await agreementPath(ctx, '/claims'));
    },
    expect: readers,
  },
  {
    name: 'claim back money the team advanced',
    route: 'POST /api/grant-agreements/{id}/claims',
    call: async (c, ctx) =>
      c.post(await agreementPath(ctx, '/claims'), {
        lineKey: 'b1',
        amountFen: 10,
        spentOn: '2026-06-20',
        description: `花苗 ${ctx.n}`,
        advancedByName: '王阿姨',
      }),
    expect: claimants(201),
  },
  {
    name: 'one claim',
    route: 'GET /api/grant-claims/{id}',
    call: async (c, ctx) => c.get(`/api/grant-claims/${await insertClaim(ctx, 'submitted')}`),
    expect: readers,
  },
  {
    name: 'correct a claim staff asked changes of',
    route: 'PUT /api/grant-claims/{id}',
    call: async (c, ctx) =>
      c.call('PUT', `/api/grant-claims/${await insertClaim(ctx, 'changes_requested')}`, { amountFen: 90 }),
    expect: claimants(200),
  },
  {
    name: 'check a claim (staff; a reader without the step is refused by the role × state table)',
    route: 'POST /api/grant-claims/{id}/moves',
    call: async (c, ctx) => c.post(`/api/grant-claims/${await insertClaim(ctx, 'submitted')}/moves`, { move: 'check' }),
    expect: managers(200),
  },
  {
    name: 'add a receipt photo to a claim',
    route: 'POST /api/grant-claims/{id}/receipts',
    call: async (c, ctx) =>
      sendFile(
        c,
        'POST',
        `/api/grant-claims/${await insertClaim(ctx, 'submitted')}/receipts`,
        await makeJpeg(200, 150, { color: { r: ctx.n % 255, g: 120, b: 40 } }),
        'image/jpeg',
      ),
    expect: claimants(201),
  },
  {
    name: 'a claim’s receipt photo',
    route: 'GET /api/grant-claim-receipts/{id}',
    call: async (c, ctx) => c.get(`/api/grant-claim-receipts/${await sharedReceipt(c, ctx)}`),
    expect: readers,
  },
  {
    name: 'open a reimbursement session 报销会',
    route: 'POST /api/grant-claim-sessions',
    call: (c, ctx) =>
      c.post('/api/grant-claim-sessions', {
        streetId: ctx.ids.mainStreetId,
        heldOn: '2026-06-30',
        title: `六月报销会 ${ctx.n}`,
      }),
    expect: managers(201),
  },
  {
    name: 'a street’s reimbursement sessions',
    route: 'GET /api/streets/{id}/grant-claim-sessions',
    call: (c, ctx) => c.get(`/api/streets/${ctx.ids.mainStreetId}/grant-claim-sessions`),
    expect: readers,
  },
  {
    name: 'the claims checked at a reimbursement session (staff: who advanced the money is in them)',
    route: 'GET /api/grant-claim-sessions/{id}/claims',
    call: async (c, ctx) => c.get(`/api/grant-claim-sessions/${await sessionWithClaim(ctx)}/claims`),
    expect: managers(200),
  },
  {
    name: 'a grant’s ledger',
    route: 'GET /api/grant-agreements/{id}/ledger',
    call: async (c, ctx) => c.get(await agreementPath(ctx, '/ledger')),
    expect: readers,
  },
  {
    name: 'a grant’s ledger as an .xlsx',
    route: 'GET /api/grant-agreements/{id}/ledger.xlsx',
    call: async (c, ctx) => c.get(await agreementPath(ctx, '/ledger.xlsx')),
    expect: readers,
  },
  {
    name: 'a grant’s tranches',
    route: 'GET /api/grant-agreements/{id}/tranches',
    call: async (c, ctx) => c.get(await agreementPath(ctx, '/tranches')),
    expect: readers,
  },
  {
    name: 'plan a tranche',
    route: 'POST /api/grant-agreements/{id}/tranches',
    call: async (c, ctx) => c.post(await agreementPath(ctx, '/tranches'), { amountFen: 1 }),
    expect: managers(201),
  },
  {
    name: 'pay a tranche',
    route: 'POST /api/grant-tranches/{id}/pay',
    call: async (c, ctx) => c.post(`/api/grant-tranches/${await insertTranche(ctx)}/pay`, { paidOn: '2026-06-30' }),
    expect: managers(200),
  },
  {
    name: 'a grant’s final report',
    route: 'GET /api/grant-agreements/{id}/closing',
    call: async (c, ctx) => c.get(await agreementPath(ctx, '/closing')),
    expect: readers,
  },
  {
    name: 'the team writes its closing words',
    route: 'PUT /api/grant-agreements/{id}/closing-words',
    call: async (c, ctx) => c.call('PUT', await agreementPath(ctx, '/closing-words'), { words: `种了花 ${ctx.n}` }),
    expect: closingWriters(200),
  },
  {
    name: 'close a grant with the words its team saved',
    route: 'POST /api/grant-agreements/{id}/closing',
    call: async (c, ctx) =>
      c.post(`/api/grant-agreements/${await insertAgreement(ctx, '种了花。')}/closing`, { closedOn: '2026-06-30' }),
    expect: managers(201),
  },
];
