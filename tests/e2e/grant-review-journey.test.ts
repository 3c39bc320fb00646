import { randomUUID } from 'node:crypto';
import { defaultEligibility, defaultNegativeList, defaultRubric, defaultSteps } from '@seedbed/core';
import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Review and selection (issue 17) on desktops: the expert scores the proposal assigned to them;
 * staff open the decision table, tick it and approve it for less than asked, with the reason; the
 * round's public page, on a resident's phone, shows the approved proposal and the amount. The round,
 * the team's proposal and the assignment are made through the API first (their own journeys are
 * the proposals section's and the review set-up page's).
 */
let browser: Browser;
const suffix = Date.now().toString(36).slice(-4);
const title = `楼道花园 评审旅程 ${suffix}`;
let roundId = '';
let code = '';

/** A JSON write as the page's signed-in user, with its CSRF token. */
async function send(page: Page, method: 'POST' | 'PUT', path: string, data: unknown) {
  const me = await (await page.request.get(`${baseUrl()}/api/auth/me`)).json();
  const answer = await page.request.fetch(`${baseUrl()}${path}`, {
    method,
    data: data as object,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  if (answer.status() >= 300) throw new Error(`${method} ${path}: ${answer.status()} ${await answer.text()}`);
  return answer.json();
}

beforeAll(async () => {
  browser = await launchChromium();
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  const [staffUser, leaderUser, expertUser] = await Promise.all(
    ['staff', 'leader', 'expert'].map((username) =>
      db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow(),
    ),
  );
  const team = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', '=', leaderUser!.scope_id!)
    .executeTakeFirstOrThrow();
  const direction = await db.selectFrom('grant_directions').select('id').orderBy('position').executeTakeFirstOrThrow();
  await db.destroy();

  // Starting 72 days ago puts today in the default pipeline's 公示 (days 71–77).
  const startsOn = testDate(-72);
  const steps = defaultSteps(startsOn);
  const staff = await pageAs(browser, 'staff', 'desktop');
  const round = await send(staff.page, 'POST', '/api/grant-rounds', {
    streetId: staffUser!.scope_id,
    name: `第一桶金 评审旅程 ${suffix}`,
    funders: ['街道办事处'],
    directionIds: [direction.id],
    startsOn,
    endsOn: steps.at(-1)!.endsOn,
    targetCommunityIds: [team.home_community_id],
    totalBudgetFen: 3_000_000,
    perProposalCapFen: 1_500_000,
    projectMonthsMin: 3,
    projectMonthsMax: 9,
    eligibility: defaultEligibility,
    rubric: defaultRubric,
    steps,
    negativeList: defaultNegativeList,
  });
  roundId = round.id;
  code = (await send(staff.page, 'POST', `/api/grant-rounds/${roundId}/publish`, {})).code;

  const leader = await pageAs(browser, 'leader', 'phone');
  const proposal = await send(leader.page, 'POST', '/api/grant-proposals', {
    id: randomUUID(),
    roundId,
    organizationId: team.id,
    content: {
      title,
      publicIssue: '楼道里堆满杂物，邻居们想一起种花。',
      goal: '三个楼道变成花园',
      budgetLines: [{ key: 'b1', category: 'materials', item: '花苗和花盆', unitPriceFen: 600, quantity: 200 }],
      projectMonths: 4,
    },
  });
  await send(leader.page, 'POST', `/api/grant-proposals/${proposal.id}/submit`, {});
  await leader.context.close();

  await send(staff.page, 'POST', `/api/grant-rounds/${roundId}/reviewers`, {
    userId: expertUser!.id,
    expertise: 'finance',
  });
  await send(staff.page, 'POST', `/api/grant-rounds/${roundId}/assignments`, {
    proposalId: proposal.id,
    reviewerUserId: expertUser!.id,
  });
  await staff.context.close();
});
afterAll(() => browser?.close());

describe('from an expert’s scores to an approval on the public page', () => {
  it('the expert scores the proposal assigned to them', async () => {
    const { context, page } = await pageAs(browser, 'expert', 'desktop');
    await page.goto(`${baseUrl()}/grants/reviews`);
    await page.getByTestId('grant-my-reviews-page').waitFor();
    await page.getByTestId('grant-my-review-open').filter({ hasText: title }).click();
    await page.getByTestId('grant-review-form').waitFor();
    expect(await page.getByTestId('grant-proposal-total').textContent()).toBe('¥1,200.00');
    // 9/10×30 + 8/10×25 + 8/10×25 + 7/10×20 = 27 + 20 + 20 + 14 = 81
    for (const [key, points] of [
      ['public_issue', '9'],
      ['team', '8'],
      ['feasibility', '8'],
      ['budget', '7'],
    ] as const)
      await page.getByTestId(`grant-review-points-${key}`).fill(points);
    await page.getByTestId('grant-review-comment').fill('议题真实，花苗单价可以再谈。');
    await page.getByTestId('grant-review-recommendation').selectOption('yes');
    await page.getByTestId('grant-review-recommended').fill('1000');
    await page.getByTestId('grant-review-save').click();
    await page.getByTestId('grant-review-status').filter({ hasText: '评分已保存' }).waitFor();
    await page.screenshot({ path: screenshotPath('grant-review-sheet-desktop'), fullPage: true });
    await context.close();
  });

  it('staff tick it in the decision table and approve it for less than asked, with the reason', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/grants/rounds/${roundId}/decisions`);
    const row = page.getByTestId('grant-decision-row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.getByTestId('grant-decision-total').textContent()).toContain('81.00');
    await row.getByTestId('grant-decision-choose').check();
    // The reviewer recommended ¥1,000: ticked at that, ¥29,000 of ¥30,000 is left.
    expect(await row.getByTestId('grant-decision-amount').inputValue()).toBe('1000');
    expect(await row.getByTestId('grant-decision-left').textContent()).toBe('¥29,000.00');
    await row.getByTestId('grant-decision-decide').click();
    const form = page.getByTestId('grant-determination-form');
    expect(await form.getByTestId('grant-determination-amount').inputValue()).toBe('1000');
    await form.getByTestId('grant-determination-reason').fill('花苗按市场价核减');
    await page.screenshot({ path: screenshotPath('grant-decision-table-desktop'), fullPage: true });
    await form.getByTestId('grant-determination-save').click();
    await expect.poll(() => row.getByTestId('grant-decision-state').textContent()).toContain('¥1,000.00');
    await context.close();
  });

  it('the round’s public page shows the approved proposal and its amount', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/r/${code}`);
    const result = page.getByTestId('round-result').filter({ hasText: title });
    await result.waitFor();
    expect(await result.textContent()).toContain('¥1,000.00');
    expect(await page.content()).not.toContain('赵文博');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('grant-results-public-phone'), fullPage: true });
    await context.close();
  });
});
