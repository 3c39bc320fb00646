import { randomUUID } from 'node:crypto';
import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, drawSitePlan, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 17's money on a 360 px phone and a desk: the treasurer 财务 of 夕阳红舞蹈队 claims back ¥35.50
 * she advanced, with a photo of the receipt; staff open this month's 报销会 and check it there on the
 * desk, and the session lists it; the admin, a second pair of eyes, approves; staff pay; the ledger
 * and the team's cash book show it once. The journey's own agreement, of a second approved proposal
 * copied from the team's demo one (whose agreement the demo already made, with claims of its own),
 * goes straight into the tables (staff make one in the web in grant-closing-journey.test.ts).
 */
let browser: Browser;
let organizationId = '';
let agreementId = '';
const journeyTitle = '夕阳红舞蹈队·茶歇和物料';

async function insertAgreement(): Promise<string> {
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const proposal = await database
      .selectFrom('grant_proposals')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .where('determination', '=', 'approved')
      .executeTakeFirstOrThrow();
    const version = await database
      .selectFrom('grant_proposal_versions')
      .selectAll()
      .where('proposal_id', '=', proposal.id)
      .executeTakeFirstOrThrow();
    const proposalId = randomUUID();
    await database
      .insertInto('grant_proposals')
      .values({ ...proposal, id: proposalId, title: journeyTitle })
      .execute();
    await database
      .insertInto('grant_proposal_versions')
      .values({ ...version, id: randomUUID(), proposal_id: proposalId })
      .execute();
    const id = randomUUID();
    await database
      .insertInto('grant_agreements')
      .values({
        id,
        street_id: proposal.street_id,
        organization_id: organizationId,
        proposal_id: proposalId,
        round_id: proposal.round_id,
        title: journeyTitle,
        grantor_name: '社区基金会',
        team_name: '夕阳红舞蹈队',
        approved_fen: 100_000,
        starts_on: '2026-01-01',
        ends_on: '2030-12-31',
        tolerance_percent: 10,
        lines: JSON.stringify([
          { key: 'b1', label: '活动物料', budgetFen: 60_000 },
          { key: 'b2', label: '茶歇', budgetFen: 40_000 },
        ]),
        negative_list: '[]',
        closed_at: null,
        created_by: null,
        created_at: new Date(),
      })
      .execute();
    return id;
  } finally {
    await database.destroy();
  }
}

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
  agreementId = await insertAgreement();
});
afterAll(() => browser?.close());

describe('a reimbursement claim from a phone to the team’s book', () => {
  it('is claimed by the treasurer with a receipt, checked by staff, approved by a second person and paid', async () => {
    const receipt = await drawSitePlan(browser);
    const agreementPage = `${baseUrl()}/grants/agreements/${agreementId}`;
    const treasurer = await pageAs(browser, 'treasurer', 'phone');
    await treasurer.page.goto(`${baseUrl()}/organizations/${organizationId}/grants`);
    await treasurer.page.getByTestId('grant-team-agreement-list').locator('a', { hasText: journeyTitle }).click();
    await treasurer.page.getByTestId('grant-claim-new').click();
    await treasurer.page.getByTestId('grant-claim-form').waitFor();
    await treasurer.page.getByTestId('grant-claim-line').filter({ hasText: '茶歇' }).click();
    await treasurer.page.getByTestId('grant-claim-amount').fill('35.50');
    await treasurer.page.getByTestId('grant-claim-what').fill('活动后的水果');
    await treasurer.page
      .getByTestId('grant-claim-photo')
      .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receipt });
    await treasurer.page.screenshot({ path: screenshotPath('grant-claim-form-phone'), fullPage: true });
    expect(await treasurer.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await treasurer.page.getByTestId('grant-claim-save').click();
    await treasurer.page.getByTestId('grant-agreement-page').waitFor();
    const claim = treasurer.page.getByTestId('grant-claim').first();
    await claim.locator('img').waitFor();
    expect(await claim.getByTestId('grant-claim-state').textContent()).toBe('已提交');
    await treasurer.page.screenshot({ path: screenshotPath('grant-claim-submitted-phone'), fullPage: true });
    await treasurer.context.close();

    // Staff open this month's 报销会 from the header's menu and check the claim at it.
    const staff = await pageAs(browser, 'staff', 'desktop');
    const sessionTitle = `报销会 ${randomUUID().slice(0, 4)}`;
    await staff.page.goto(`${baseUrl()}/grants/claim-sessions`);
    await staff.page.getByTestId('grant-claim-session-title').fill(sessionTitle);
    await staff.page.getByTestId('grant-claim-session-save').click();
    await staff.page.getByTestId('grant-claim-session').filter({ hasText: sessionTitle }).waitFor();
    await staff.page.goto(agreementPage);
    const sessionChoice = staff.page.getByTestId('grant-check-session');
    // the newest session is chosen by an effect after the first render
    await expect.poll(() => sessionChoice.locator('option:checked').textContent()).toContain(sessionTitle);
    await staff.page.getByTestId('grant-claim-check').first().click();
    await staff.page.waitForSelector('[data-testid="grant-claim"][data-state="checked"]');
    // The checker sees no 审批 button: the four-eyes rule.
    expect(await staff.page.getByTestId('grant-claim-approve').count()).toBe(0);

    const admin = await pageAs(browser, 'admin', 'desktop');
    await admin.page.goto(agreementPage);
    await admin.page.getByTestId('grant-claim-approve').first().click();
    await admin.page.waitForSelector('[data-testid="grant-claim"][data-state="approved"]');
    await admin.context.close();

    await staff.page.reload();
    await staff.page.getByTestId('grant-claim-pay').first().click();
    await staff.page.waitForSelector('[data-testid="grant-claim"][data-state="paid"]');
    expect(await staff.page.getByTestId('grant-ledger-totals').textContent()).toContain('¥35.50');
    await staff.page.screenshot({ path: screenshotPath('grant-ledger-desktop'), fullPage: true });
    await staff.page.goto(`${baseUrl()}/grants/claim-sessions`);
    const session = staff.page.getByTestId('grant-claim-session').filter({ hasText: sessionTitle });
    expect(await session.getByTestId('grant-claim-session-claims').textContent()).toContain('¥35.50');
    await session.locator('summary').click();
    await session.getByTestId('grant-claim-session-list').getByText('活动后的水果').waitFor();
    await staff.page.screenshot({ path: screenshotPath('grant-claim-session-desktop'), fullPage: true });
    await staff.context.close();

    const back = await pageAs(browser, 'treasurer', 'phone');
    await back.page.goto(`${baseUrl()}/organizations/${organizationId}/books`);
    await back.page.getByTestId('books-page').waitFor();
    const entries = back.page.getByTestId('book-entry');
    await entries.first().waitFor();
    const texts = await entries.allTextContents();
    expect(texts.filter((text) => text.includes('¥35.50'))).toHaveLength(2);
    await back.page.screenshot({ path: screenshotPath('grant-claim-in-book-phone'), fullPage: true });
    await back.context.close();
  });
});
