import { openDatabase } from '@seedbed/db';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Client } from '../support/api';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { demoIds } from '../support/demo-ids';
import { e2eClientAs, joinedStaffAccount } from '../support/e2e-api';
import { addBudgetLines, openFold, scoreOnSheet } from '../support/grant-pages';
import { publishedRound } from '../support/grant-proposals';
import { baseUrl, drawSitePlan, openTeamFold, pageAs } from '../support/journey';

/**
 * Issue 17's whole money trail in one journey, each step by the person who takes it, through the
 * pages they would use: the leader of 夕阳红舞蹈队 writes a proposal with a budget on a 360 px phone
 * and submits it with the network cut, and it goes once the network returns; the residents'
 * committee's official endorses it on her phone; staff add the expert to the round's reviewers and
 * assign the proposal; the expert scores it on a desk; staff choose it in the decision table and
 * approve it for less than asked; the leader reads the decision on her phone; the team's treasurer
 * 财务 (a member holding that team role: core's teamRoleGrants) claims back money advanced, with a
 * receipt photo; staff check the claim; a second social worker — finance, neither the admin nor
 * the checker (the four-eyes rule) — approves and pays it; the grant's ledger and the team's cash
 * book show it once; the round's public page shows the result.
 *
 * Made through the API first, where the step is not this journey's: the round (its editor has its
 * own journey, grant-rounds-journey), the finance account (accounts-journey invites through the
 * page) and, once the proposal is approved, the agreement (its page is being built).
 */
let browser: Browser;
let ids: Awaited<ReturnType<typeof demoIds>>;
let staffApi: Client;
let round: { id: string; code: string };
let financeLogin = '';
/** The residents the public page must never name: the leader and the treasurer. */
let teamPeople: string[] = [];
let proposalId = '';
let agreementId = '';

const suffix = Date.now().toString(36).slice(-4);
const title = `楼道花园 全程 ${suffix}`;
const claimWhat = `花盆 十个 ${suffix}`;
const teamName = '夕阳红舞蹈队';

// A busy 2-core machine runs a step in well under a minute (a phone context, a login, a few pages):
// each step gets a budget of its own, so a stuck one fails where it stuck.
const stepBudget = 90_000;

beforeAll(async () => {
  browser = await launchChromium();
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    ids = await demoIds(db);
    staffApi = await e2eClientAs('staff');
    // Starting 72 days ago puts today in the default pipeline's 公示 (days 71–77): proposals are still
    // taken (until the round ends) and the public page shows the selection.
    round = await publishedRound(db, staffApi, ids, { startsOn: testDate(-72), name: `第一桶金 全程 ${suffix}` });
    const people = await db
      .selectFrom('users')
      .select('display_name')
      .where('username', 'in', ['leader', 'treasurer'])
      .execute();
    teamPeople = people.map((person) => person.display_name);
  } finally {
    await db.destroy();
  }
  financeLogin = await joinedStaffAccount(await e2eClientAs('admin'), {
    streetId: ids.mainStreetId,
    displayName: `郑丽华（财务）${suffix}`,
    username: `caiwu.${suffix}`,
  });
}, 120_000);
afterAll(() => browser?.close());

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
const agreementUrl = () => `${baseUrl()}/grants/agreements/${agreementId}`;

/** What the person sees now, the whole page: test-output/screenshots/whole-journey-NAME.png. */
const snap = (page: Page, name: string) =>
  page.screenshot({ path: screenshotPath(`whole-journey-${name}`), fullPage: true });

/** What a phone shows now: it fits the 360 px screen, and its screenshot. */
async function snapPhone(page: Page, name: string) {
  expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  await snap(page, name);
}

/**
 * One person's turn: a test with the step's budget, on a fresh phone or desk signed in as `login`
 * (a function where the login is made in beforeAll), closed afterwards whatever happened.
 */
function turn(
  name: string,
  login: string | (() => string),
  device: 'phone' | 'desktop',
  body: (page: Page, context: BrowserContext) => Promise<void>,
) {
  it(
    name,
    async () => {
      const { context, page } = await pageAs(browser, typeof login === 'string' ? login : login(), device);
      try {
        await body(page, context);
      } finally {
        await context.close();
      }
    },
    stepBudget,
  );
}

describe('a micro-grant from the leader’s phone to the public page', () => {
  turn(
    'the leader writes a budget on her phone and submits it with the network cut; it goes once the network returns',
    'leader',
    'phone',
    async (page, context) => {
      // From the round's public page, the one on its poster's QR code.
      await page.goto(`${baseUrl()}/r/${round.code}`);
      await page.getByTestId('round-write-proposal').click();
      await page.getByTestId('proposal-form').waitFor();
      await page.getByTestId('proposal-title').fill(title);
      await page.getByTestId('proposal-issue').fill('楼道里堆满杂物，邻居们想一起种花。');
      await addBudgetLines(page, [
        { item: '花苗', price: '5', quantity: '200' },
        { item: '花盆', price: '2.5', quantity: '200' },
      ]);
      expect(await page.getByTestId('proposal-line-total').nth(1).textContent()).toContain('¥500.00');
      expect(await page.getByTestId('proposal-total').textContent()).toContain('¥1,500.00');
      await openFold(page, 'proposal-months');
      await page.getByTestId('proposal-months-input').fill('4');

      await context.setOffline(true);
      await page.getByTestId('proposal-submit').click();
      await page.getByTestId('proposal-pending').waitFor();
      await snap(page, '1-offline-phone');
      await context.setOffline(false);
      // The outbox sends it when the network is back, and the phone shows what the server keeps.
      await page.getByTestId('proposal-page').waitFor();
      await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('已提交');
      expect(await page.getByTestId('proposal-title').textContent()).toBe(title);
      expect(await page.getByTestId('proposal-requested').textContent()).toBe('¥1,500.00');
      proposalId = new URL(page.url()).pathname.split('/').at(-1)!;
      await snapPhone(page, '1-submitted-phone');
    },
  );

  turn('the committee official endorses it on her phone', 'official', 'phone', async (page) => {
    await page.goto(`${baseUrl()}/proposals/${proposalId}`);
    expect(await page.getByTestId('proposal-requested').textContent()).toBe('¥1,500.00');
    await page.getByTestId('proposal-endorse-form-note').fill('居委会支持，楼道可以用。');
    await page.getByTestId('proposal-endorse').click();
    await expect.poll(() => page.getByTestId('proposal-endorsement-text').textContent()).toBe('居委会已认可');
    expect(await page.getByTestId('proposal-edit').count()).toBe(0);
    await snapPhone(page, '2-endorsed-phone');
  });

  turn(
    'staff add the expert to the round’s reviewers and assign the proposal to him',
    'staff',
    'desktop',
    async (page) => {
      await page.goto(`${baseUrl()}/grants/rounds/${round.id}`);
      await page.getByTestId('grant-round-review').click();
      await page.getByTestId('grant-review-setup-page').waitFor();
      const account = page.getByTestId('grant-reviewer-account');
      await expect.poll(() => account.locator('option', { hasText: '赵文博' }).count()).toBe(1);
      await account.selectOption({ label: '赵文博（评审专家）' });
      await page.getByTestId('grant-reviewer-expertise').selectOption('finance');
      await page.getByTestId('grant-reviewer-add').click();
      const reviewer = page.getByTestId('grant-assign-reviewer');
      await expect.poll(() => reviewer.locator('option', { hasText: '赵文博' }).count()).toBe(1);
      const proposal = page.getByTestId('grant-assign-proposal');
      const option = await proposal.locator('option', { hasText: title }).getAttribute('value');
      await proposal.selectOption(option!);
      await reviewer.selectOption({ label: '赵文博（评审专家）' });
      await page.getByTestId('grant-assign').click();
      // The reviewers' table says what he has to score. (The form's 已分配。 is lost to the page's
      // reload: review-setup-page.tsx unmounts the form while the reviewers load again.)
      const row = page.getByTestId('grant-reviewers').locator('tr', { hasText: '赵文博' });
      await expect.poll(() => row.textContent()).toContain(`已分配 1 个提案：${title}`);
      expect(await row.textContent()).toContain('财务');
      await snap(page, '3-review-setup-desktop');
    },
  );

  turn('the expert scores it on his desk and recommends less than asked', 'expert', 'desktop', async (page) => {
    await page.goto(`${baseUrl()}/grants/reviews`);
    await page.getByTestId('grant-my-review-open').filter({ hasText: title }).click();
    await page.getByTestId('grant-review-form').waitFor();
    expect(await page.getByTestId('grant-proposal-total').textContent()).toBe('¥1,500.00');
    await scoreOnSheet(page, {
      // 8/10×30 + 9/10×25 + 7/10×25 + 8/10×20 = 24 + 22.5 + 17.5 + 16 = 80
      points: { public_issue: '8', team: '9', feasibility: '7', budget: '8' },
      comment: '议题真实；花苗可以找物业一起买，省一些。',
      recommendation: 'yes',
      recommendedYuan: '1200',
    });
    await snap(page, '4-review-desktop');
  });

  turn(
    'staff choose it in the decision table and approve ¥1,200.00 of the ¥1,500.00 asked, with the reason',
    'staff',
    'desktop',
    async (page) => {
      await page.goto(`${baseUrl()}/grants/rounds/${round.id}/decisions`);
      const row = page.getByTestId('grant-decision-row').filter({ hasText: title });
      await row.waitFor();
      const seen = await row.textContent();
      expect(seen).toContain('¥1,500.00');
      expect(seen).toContain('同意 1');
      expect(await row.getByTestId('grant-decision-total').textContent()).toContain('80.00');
      await row.getByTestId('grant-decision-choose').check();
      // Ticked at the expert's ¥1,200: ¥298,800 of the round's ¥300,000 is left.
      expect(await row.getByTestId('grant-decision-amount').inputValue()).toBe('1200');
      expect(await row.getByTestId('grant-decision-left').textContent()).toBe('¥298,800.00');
      await row.getByTestId('grant-decision-decide').click();
      const form = page.getByTestId('grant-determination-form');
      expect(await form.getByTestId('grant-determination-amount').inputValue()).toBe('1200');
      await form.getByTestId('grant-determination-reason').fill('花苗和物业一起买，按专家建议核减');
      await snap(page, '5-decision-desktop');
      await form.getByTestId('grant-determination-save').click();
      await expect.poll(() => row.getByTestId('grant-decision-state').textContent()).toContain('¥1,200.00');

      // Staff make the agreement from the approved proposal: through the API until its page lands.
      const made = await staffApi.post(`/api/grant-proposals/${proposalId}/agreement`, {
        grantorName: '社区基金会',
        startsOn: testDate(-1),
        endsOn: testDate(150),
        tolerancePercent: 10,
      });
      expect(made.status, JSON.stringify(made.body)).toBe(201);
      agreementId = made.body.id;
    },
  );

  turn('the leader reads the decision on her phone', 'leader', 'phone', async (page) => {
    await page.goto(`${baseUrl()}/organizations/${ids.organizationId}`);
    await openTeamFold(page, 'team-proposals');
    await page.getByTestId('team-proposal').filter({ hasText: title }).click();
    const determination = page.getByTestId('proposal-determination');
    await determination.waitFor();
    const text = await determination.textContent();
    expect(text).toContain('立项');
    expect(text).toContain('¥1,200.00');
    expect(text).toContain('花苗和物业一起买，按专家建议核减');
    // Decided: the team no longer edits it.
    expect(await page.getByTestId('proposal-edit').count()).toBe(0);
    await snapPhone(page, '6-decision-phone');
  });

  turn(
    'the treasurer claims back ¥48.60 advanced for the team, with the receipt photographed on the phone',
    'treasurer',
    'phone',
    async (page) => {
      const receipt = await drawSitePlan(browser);
      await page.goto(`${baseUrl()}/organizations/${ids.organizationId}`);
      await openTeamFold(page, 'team-proposals');
      await page.getByTestId('team-grants-link').click();
      await page.getByTestId('grant-team-agreement-list').getByRole('link', { name: title }).click();
      await page.getByTestId('grant-agreement-page').waitFor();
      // The agreement's lines are the approved budget scaled to ¥1,200: 花苗 ¥800, 花盆 ¥400.
      expect(await page.getByTestId('grant-ledger-totals').textContent()).toBe(
        '一共 ¥1,200.00，已报销 ¥0.00，还剩 ¥1,200.00',
      );
      await page.getByTestId('grant-claim-new').click();
      await page.getByTestId('grant-claim-form').waitFor();
      await page.getByTestId('grant-claim-line').filter({ hasText: '花盆' }).click();
      // Not grant-claim-journey's ¥35.50: that journey counts the book's entries of its amount.
      await page.getByTestId('grant-claim-amount').fill('48.60');
      await page.getByTestId('grant-claim-what').fill(claimWhat);
      await page
        .getByTestId('grant-claim-photo')
        .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receipt });
      await snapPhone(page, '7-claim-form-phone');
      await page.getByTestId('grant-claim-save').click();
      await page.getByTestId('grant-agreement-page').waitFor();
      const claim = page.getByTestId('grant-claim').filter({ hasText: claimWhat });
      await claim.locator('img').waitFor();
      expect(await claim.getByTestId('grant-claim-state').textContent()).toBe('已提交');
      expect(await claim.textContent()).toContain('¥48.60');
      await snapPhone(page, '7-claim-submitted-phone');
    },
  );

  turn('staff check the claim, and are offered no approval of what they checked', 'staff', 'desktop', async (page) => {
    await page.goto(agreementUrl());
    const claim = page.getByTestId('grant-claim').filter({ hasText: claimWhat });
    await claim.getByTestId('grant-claim-check').click();
    await expect.poll(() => claim.getAttribute('data-state')).toBe('checked');
    expect(await claim.getByTestId('grant-claim-state').textContent()).toBe('已审核');
    expect(await claim.getByTestId('grant-claim-approve').count()).toBe(0);
    await snap(page, '8-checked-desktop');
  });

  turn(
    'finance, a second social worker, approves and pays it; the ledger shows the money spent on its line',
    () => financeLogin,
    'desktop',
    async (page) => {
      await page.goto(agreementUrl());
      const claim = page.getByTestId('grant-claim').filter({ hasText: claimWhat });
      await claim.getByTestId('grant-claim-approve').click();
      await expect.poll(() => claim.getAttribute('data-state')).toBe('approved');
      expect(await claim.getByTestId('grant-claim-state').textContent()).toBe('已审批');
      await claim.getByTestId('grant-claim-pay').click();
      await expect.poll(() => claim.getAttribute('data-state')).toBe('paid');
      expect(await claim.getByTestId('grant-claim-state').textContent()).toBe('已付款');
      expect(await page.getByTestId('grant-ledger-totals').textContent()).toBe(
        '一共 ¥1,200.00，已报销 ¥48.60，还剩 ¥1,151.40',
      );
      const spentPerLine = await page.getByTestId('grant-line-spent').allTextContents();
      expect(spentPerLine).toEqual(['¥0.00', '¥48.60']);
      await snap(page, '9-ledger-desktop');
    },
  );

  turn(
    'the team’s cash book on the treasurer’s phone shows the grant’s money once: in, and out for the claim',
    'treasurer',
    'phone',
    async (page) => {
      await page.goto(`${baseUrl()}/organizations/${ids.organizationId}`);
      await openTeamFold(page, 'team-books');
      const entries = page.getByTestId('book-entry').filter({ hasText: claimWhat });
      await expect.poll(() => entries.count()).toBe(2);
      // Newest first: the claim's expense, then the grant's money that paid it.
      const [spent, received] = await entries.allTextContents();
      expect(spent).toContain('−¥48.60');
      expect(spent).toContain(`${title}：报销 #1 ${claimWhat}`);
      expect(received).toContain('资助/微创投');
      expect(received).toContain('+¥48.60');
      await page.getByTestId('team-books-section').scrollIntoViewIfNeeded();
      await snapPhone(page, '10-cash-book-phone');
    },
  );

  it(
    'the round’s public page, on a resident’s phone, lists the approved proposal without naming a resident',
    async () => {
      // No account and no scripts: the page works before and without them, as on a poster's QR code.
      const context = await phoneContext(browser, { javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}/r/${round.code}`);
      // The round's only proposal: the sum is its amount.
      expect(await page.locator('p', { hasText: '共批准' }).textContent()).toBe('共批准 1 个提案，合计 ¥1,200.00。');
      const result = page.getByTestId('round-result').filter({ hasText: title });
      const text = await result.textContent();
      expect(text).toContain('¥1,200.00');
      expect(text).toContain(teamName);
      const html = await page.content();
      for (const name of teamPeople) expect(html).not.toContain(name);
      expect(html).not.toContain('赵文博');
      await snapPhone(page, '11-public-results-phone');
      await context.close();
    },
    stepBudget,
  );
});
