import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { failWritesTo } from '../support/failing-writes';
import { approveProposal, grantAgreement } from '../support/grant-money';
import { publishedRound, submittedProposal } from '../support/grant-proposals';
import { makeJpeg, sendFile } from '../support/images';
import { pdfText } from '../support/pdf';
import { rowCount } from '../support/rows';
import { testToday } from '../support/template';

/**
 * A grant's money (issue 17): the agreement of an approved proposal, claims 报销 from the team's
 * treasurer checked by staff and approved by a second person, payment posted once into the team's
 * book, tranches, the ledger and its sheet, and closing. Today is 2026-06-30. The demo team's
 * proposal asked ¥1,500.00 (花苗 ¥1,000 + 花盆 ¥500); the committee approved ¥1,200.00.
 */
let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staff: Client;
let admin: Client;
let leader: Client;
let treasurer: Client;
let funder: Client;

beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
  [staff, admin, leader, treasurer, funder] = await Promise.all([
    api.as('staff'),
    api.as('admin'),
    api.as('leader'),
    api.as('treasurer'),
    api.as('funder'),
  ]);
});
afterAll(() => api.close());

const claimOf = (overrides: Record<string, unknown> = {}) => ({
  lineKey: 'b1',
  amountFen: 3550,
  spentOn: '2026-06-28',
  description: '花苗 10 盆',
  advancedByName: '王阿姨',
  ...overrides,
});

const book = async () =>
  (await treasurer.get(`/api/organizations/${ids.organizationId}/books`)).body as {
    balanceFen: number;
    entries: { direction: string; source: string | null; amountFen: number; note: string | null }[];
  };

/** A claim submitted by the treasurer and checked by staff: ready for a second person's approval. */
async function checkedClaim(agreementId: string, overrides: Record<string, unknown> = {}) {
  const submitted = await treasurer.post(`/api/grant-agreements/${agreementId}/claims`, claimOf(overrides));
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
  const checked = await staff.post(`/api/grant-claims/${submitted.body.id}/moves`, { move: 'check' });
  expect(checked.status, JSON.stringify(checked.body)).toBe(200);
  return submitted.body.id as string;
}

describe('the agreement of an approved proposal', () => {
  it('scales the approved version’s budget to the approved amount and copies the round’s rules', async () => {
    const agreement = await grantAgreement(api.db, { staff, leader }, ids);
    expect(agreement).toMatchObject({
      approvedFen: 120_000,
      organization: { id: ids.organizationId },
      grantorName: '街道社区基金会',
      tolerancePercent: 10,
    });
    expect(agreement.lines.map((line) => [line.key, line.budgetFen])).toEqual([
      ['b1', 80_000],
      ['b2', 40_000],
    ]);
    const pdf = await staff.get(`/api/grant-agreements/${agreement.id}/agreement.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(pdf.bytes);
    for (const words of ['资助协议', '街道社区基金会', '¥1,200.00', '¥800.00']) expect(text).toContain(words);
  });

  it('refuses a proposal not approved, a second agreement, and lines that do not add up, writing nothing', async () => {
    const round = await publishedRound(api.db, staff, ids);
    const proposalId = await submittedProposal(api.db, leader, ids, round.id);
    const body = { grantorName: '基金会', startsOn: '2026-07-01', endsOn: '2026-10-31' };
    const before = await rowCount(api.db, 'grant_agreements');
    const early = await staff.post(`/api/grant-proposals/${proposalId}/agreement`, body);
    expect([early.status, early.body.code]).toEqual([409, 'grants.not_approved']);
    await approveProposal(api.db, proposalId, 100_000);
    const uneven = await staff.post(`/api/grant-proposals/${proposalId}/agreement`, {
      ...body,
      lines: [{ key: 'b1', label: '花苗', budgetFen: 90_000 }],
    });
    expect([uneven.status, uneven.body.code]).toEqual([400, 'grants.agreement_lines_not_approved']);
    expect(uneven.body.message).toContain('100000');
    const reversed = await staff.post(`/api/grant-proposals/${proposalId}/agreement`, {
      ...body,
      endsOn: '2026-06-01',
    });
    expect([reversed.status, reversed.body.code]).toEqual([400, 'grants.agreement_period_reversed']);
    const byTeam = await leader.post(`/api/grant-proposals/${proposalId}/agreement`, body);
    expect(byTeam.status).toBe(403);
    expect(await rowCount(api.db, 'grant_agreements')).toBe(before);
    expect((await staff.post(`/api/grant-proposals/${proposalId}/agreement`, body)).status).toBe(201);
    const again = await staff.post(`/api/grant-proposals/${proposalId}/agreement`, body);
    expect([again.status, again.body.code]).toEqual([409, 'grants.agreement_exists']);
  });
});

describe('a reimbursement claim', () => {
  let agreement: Awaited<ReturnType<typeof grantAgreement>>;
  beforeAll(async () => {
    agreement = await grantAgreement(api.db, { staff, leader }, ids);
  });

  it('goes from the treasurer’s phone through staff’s check and a second person’s approval to payment in the book', async () => {
    const submitted = await treasurer.post(`/api/grant-agreements/${agreement.id}/claims`, claimOf());
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    expect(submitted.body).toMatchObject({
      state: 'submitted',
      amountFen: 3550,
      lineLabel: '花苗',
      advancedByName: '王阿姨',
    });
    const photo = await sendFile(
      treasurer,
      'POST',
      `/api/grant-claims/${submitted.body.id}/receipts`,
      await makeJpeg(320, 240),
      'image/jpeg',
    );
    expect(photo.status).toBe(201);
    const claimId = submitted.body.id as string;
    const move = (client: Client, step: string) => client.post(`/api/grant-claims/${claimId}/moves`, { move: step });

    const tooEarly = await move(admin, 'approve');
    expect([tooEarly.status, tooEarly.body.code]).toEqual([409, 'grants.claim_wrong_state']);
    expect((await move(staff, 'check')).body.state).toBe('checked');
    const ownCheck = await move(staff, 'approve');
    expect([ownCheck.status, ownCheck.body.code]).toEqual([403, 'grants.claim_checker_approves']);
    const byTeam = await move(treasurer, 'approve');
    expect([byTeam.status, byTeam.body.code]).toEqual([403, 'grants.claim_move_forbidden']);
    expect((await move(admin, 'approve')).body.state).toBe('approved');
    const second = await move(admin, 'approve');
    expect([second.status, second.body.code]).toEqual([409, 'grants.claim_already_approved']);
    expect(second.body.message).toBeTruthy();

    const before = await book();
    const paid = await move(staff, 'pay');
    expect(paid.body).toMatchObject({ state: 'paid', paidOn: testToday, fromHeldFen: 0, photoIds: [photo.body.id] });
    expect(paid.body.history.map((step: { state: string }) => step.state)).toEqual([
      'submitted',
      'checked',
      'approved',
      'paid',
    ]);
    const after = await book();
    // Paid directly by the grant: the grant's money comes in and goes out, once each.
    expect(after.balanceFen).toBe(before.balanceFen);
    expect(after.entries.slice(0, 2).map((e) => [e.direction, e.amountFen])).toEqual([
      ['expense', 3550],
      ['income', 3550],
    ]);
    const ledger = await funder.get(`/api/grant-agreements/${agreement.id}/ledger`);
    expect(ledger.body).toMatchObject({ capFen: 120_000, spentFen: 3550, remainingFen: 116_450, paidDirectFen: 3550 });
    expect(ledger.body.lines[0]).toMatchObject({ key: 'b1', spentFen: 3550, remainingFen: 76_450, ceilingFen: 88_000 });
  });

  it('refuses an unknown line, a claim over the cap or beyond the line’s tolerance, with nothing written', async () => {
    const before = await rowCount(api.db, 'grant_claims');
    const claims = `/api/grant-agreements/${agreement.id}/claims`;
    const unknown = await treasurer.post(claims, claimOf({ lineKey: 'wine' }));
    expect([unknown.status, unknown.body.code]).toEqual([400, 'grants.budget_line_unknown']);
    const beyond = await treasurer.post(claims, claimOf({ lineKey: 'b2', amountFen: 44_001 }));
    expect([beyond.status, beyond.body.code]).toEqual([409, 'grants.claim_beyond_tolerance']);
    const overCap = await treasurer.post(claims, claimOf({ amountFen: 116_451 }));
    expect([overCap.status, overCap.body.code]).toEqual([409, 'grants.claim_over_cap']);
    for (const amountFen of [-5, 12.5, 0])
      expect((await treasurer.post(claims, claimOf({ amountFen }))).status).toBe(400);
    const byMember = await (await api.as('member')).post(claims, claimOf());
    expect(byMember.status).toBe(403);
    const byStaff = await staff.post(claims, claimOf());
    expect(byStaff.status).toBe(403);
    expect(await rowCount(api.db, 'grant_claims')).toBe(before);
  });

  it('flags what the round’s negative list names, for the checker to look at', async () => {
    const claimed = await treasurer.post(
      `/api/grant-agreements/${agreement.id}/claims`,
      claimOf({ description: '活动后买烟酒招待' }),
    );
    expect(claimed.status).toBe(201);
    expect(claimed.body.negativeListHits.length).toBeGreaterThan(0);
    const declined = await staff.post(`/api/grant-claims/${claimed.body.id}/moves`, {
      move: 'decline',
      note: '烟酒不能报销',
    });
    expect(declined.body.state).toBe('declined');
  });

  it('lets the team correct a claim staff asked changes of', async () => {
    const claimed = await treasurer.post(`/api/grant-agreements/${agreement.id}/claims`, claimOf({ amountFen: 9999 }));
    await staff.post(`/api/grant-claims/${claimed.body.id}/moves`, { move: 'request_changes', note: '金额和收据不符' });
    const corrected = await treasurer.call('PUT', `/api/grant-claims/${claimed.body.id}`, { amountFen: 999 });
    expect(corrected.body).toMatchObject({ state: 'submitted', amountFen: 999 });
    expect(corrected.body.history.at(-2)).toMatchObject({ state: 'changes_requested', note: '金额和收据不符' });
  });

  it('shows a funder the money trail without the resident who advanced it', async () => {
    const seen = await funder.get(`/api/grant-agreements/${agreement.id}/claims`);
    expect(seen.status).toBe(200);
    expect(seen.body.length).toBeGreaterThan(0);
    expect(seen.body.every((claim: { advancedByName: string | null }) => claim.advancedByName === null)).toBe(true);
    expect(JSON.stringify(seen.body)).not.toContain('王阿姨');
    const byStaff = await staff.get(`/api/grant-agreements/${agreement.id}/claims`);
    expect(byStaff.body.some((claim: { advancedByName: string | null }) => claim.advancedByName === '王阿姨')).toBe(
      true,
    );
  });
});

describe('two finance approvals at the same moment', () => {
  it('approve once and pay once, against real PostgreSQL', async () => {
    const agreement = await grantAgreement(api.db, { staff, leader }, ids);
    const claimId = await checkedClaim(agreement.id, { amountFen: 2000 });
    const secondAdmin = await api.as('admin');
    const approvals = await Promise.all(
      [admin, secondAdmin].map((client) => client.post(`/api/grant-claims/${claimId}/moves`, { move: 'approve' })),
    );
    expect(approvals.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(approvals.find((answer) => answer.status === 409)?.body.code).toBe('grants.claim_already_approved');
    const payments = await Promise.all(
      [staff, admin].map((client) => client.post(`/api/grant-claims/${claimId}/moves`, { move: 'pay' })),
    );
    expect(payments.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const posted = await api.db
      .selectFrom('cash_entries')
      .select(['direction', 'amount_fen'])
      .where('source_ref_id', '=', claimId)
      .execute();
    expect(posted.map((row) => [row.direction, Number(row.amount_fen)]).sort()).toEqual([
      ['expense', 2000],
      ['income', 2000],
    ]);
    const events = await api.db
      .selectFrom('grant_claim_events')
      .select('state')
      .where('claim_id', '=', claimId)
      .execute();
    expect(events.filter((event) => event.state === 'approved')).toHaveLength(1);
  });
});

describe('a payment broken at its last step', () => {
  it('leaves no trace: the claim stays approved and the book gets nothing', async () => {
    const agreement = await grantAgreement(api.db, { staff, leader }, ids);
    const claimId = await checkedClaim(agreement.id, { amountFen: 1500 });
    await admin.post(`/api/grant-claims/${claimId}/moves`, { move: 'approve' });
    const before = await book();
    const restore = await failWritesTo(api.db, 'grant_claim_events', 'insert');
    try {
      expect((await staff.post(`/api/grant-claims/${claimId}/moves`, { move: 'pay' })).status).toBe(500);
    } finally {
      await restore();
    }
    expect((await staff.get(`/api/grant-claims/${claimId}`)).body.state).toBe('approved');
    expect((await book()).entries.length).toBe(before.entries.length);
    expect((await staff.post(`/api/grant-claims/${claimId}/moves`, { move: 'pay' })).body.state).toBe('paid');
  });
});

describe('tranches, the ledger sheet and closing', () => {
  it('pays a tranche into the team’s hands once, settles claims from it, returns the rest at closing', async () => {
    const agreement = await grantAgreement(api.db, { staff, leader }, ids);
    const planned = await staff.post(`/api/grant-agreements/${agreement.id}/tranches`, {
      amountFen: 50_000,
      note: '首期预拨',
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const tooMuch = await staff.post(`/api/grant-agreements/${agreement.id}/tranches`, { amountFen: 70_001 });
    expect([tooMuch.status, tooMuch.body.code]).toEqual([409, 'grants.tranche_over_cap']);
    const future = await staff.post(`/api/grant-tranches/${planned.body.id}/pay`, { paidOn: '2026-07-01' });
    expect([future.status, future.body.code]).toEqual([400, 'grants.paid_in_future']);
    const before = await book();
    expect((await staff.post(`/api/grant-tranches/${planned.body.id}/pay`, { paidOn: testToday })).body.paidOn).toBe(
      testToday,
    );
    const twice = await staff.post(`/api/grant-tranches/${planned.body.id}/pay`, { paidOn: testToday });
    expect([twice.status, twice.body.code]).toEqual([409, 'grants.tranche_already_paid']);
    expect((await book()).balanceFen).toBe(before.balanceFen + 50_000);

    const claimId = await checkedClaim(agreement.id, { lineKey: 'b2', amountFen: 12_345 });
    await admin.post(`/api/grant-claims/${claimId}/moves`, { move: 'approve' });
    const paid = await staff.post(`/api/grant-claims/${claimId}/moves`, { move: 'pay' });
    expect(paid.body.fromHeldFen).toBe(12_345);
    // Out of the tranche the team holds: only the spending enters the book.
    expect((await book()).balanceFen).toBe(before.balanceFen + 50_000 - 12_345);

    const sheet = await funder.get(`/api/grant-agreements/${agreement.id}/ledger.xlsx`);
    expect(sheet.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheet.bytes.buffer as ArrayBuffer);
    const lines = workbook.worksheets[0]!;
    expect(lines.getRow(3).values).toEqual([undefined, '花盆', '400.00', '123.45', '0.00', '276.55', '440.00']);
    expect(workbook.worksheets[1]!.getRow(2).getCell(3).value).toBe('123.45');

    const open = await treasurer.post(`/api/grant-agreements/${agreement.id}/claims`, claimOf({ amountFen: 100 }));
    await treasurer.call('PUT', `/api/grant-agreements/${agreement.id}/closing-words`, { words: '种了三个楼道的花。' });
    const refused = await staff.post(`/api/grant-agreements/${agreement.id}/closing`, { closedOn: testToday });
    expect([refused.status, refused.body.code]).toEqual([409, 'grants.claims_unpaid']);
    await staff.post(`/api/grant-claims/${open.body.id}/moves`, { move: 'decline' });
    const closed = await staff.post(`/api/grant-agreements/${agreement.id}/closing`, { closedOn: testToday });
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    expect(closed.body.figures).toMatchObject({ spentFen: 12_345, returnedFen: 37_655 });
    expect(closed.body.figures.activitiesHeld).toBeGreaterThanOrEqual(0);
    expect((await book()).balanceFen).toBe(before.balanceFen);
    const ledger = await staff.get(`/api/grant-agreements/${agreement.id}/ledger`);
    expect(ledger.body).toMatchObject({ heldByTeamFen: 0, returnedFen: 37_655 });

    const late = await treasurer.post(`/api/grant-agreements/${agreement.id}/claims`, claimOf());
    expect([late.status, late.body.code]).toEqual([409, 'grants.grant_closed']);
    const report = await leader.get(`/api/grant-agreements/${agreement.id}/closing`);
    expect(report.body.closing).toMatchObject({ teamWords: '种了三个楼道的花。' });
  });
});
