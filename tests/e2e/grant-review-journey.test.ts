import { randomUUID } from 'node:crypto';
import { defaultEligibility, defaultNegativeList, defaultRubric, defaultSteps } from '@seedbed/core';
import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { insertSubmittedProposal } from '../support/grant-reviews';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Review and selection (issue 17) on desktops: the expert declares a conflict with another team on
 * their own page, and staff's review setup shows it and refuses assigning that team's proposal; the
 * expert scores the proposal assigned to them; staff tick its eligibility at 立案评审 and record a
 * 多方对话会 on its page; on the decision table they enter a 展示评审 mark and give it a weight, and
 * the total follows; they tick it and approve it for less than asked, with the reason; the round's
 * public page, on a resident's phone, shows the approved proposal and the amount. The round, the
 * teams' proposals and the first assignment are made through the API and the tables first (their
 * own journeys are the proposals section's).
 */
let browser: Browser;
const suffix = Date.now().toString(36).slice(-4);
const title = `楼道花园 评审旅程 ${suffix}`;
let roundId = '';
let code = '';
/** Another team of the street, whose proposal the expert must not review. */
let otherTeam = { name: '' };
let otherTitle = '';

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
  const neighbour = await db
    .selectFrom('organizations')
    .select(['id', 'name', 'home_community_id'])
    .where('street_id', '=', team.street_id)
    .where('id', '!=', team.id)
    .orderBy('name')
    .executeTakeFirstOrThrow();
  otherTeam = { name: neighbour.name };

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
  otherTitle = `邻里食堂 评审旅程 ${suffix}`;
  await insertSubmittedProposal(
    db,
    { streetId: team.street_id, roundId, organizationId: neighbour.id, communityId: neighbour.home_community_id },
    { title: otherTitle, requestedFen: 800_000 },
  );
  await db.destroy();

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
  it('the expert declares a conflict with another team on their own page', async () => {
    const { context, page } = await pageAs(browser, 'expert', 'desktop');
    await page.goto(`${baseUrl()}/grants/reviews`);
    const round = page.getByTestId('grant-conflict-round').and(page.locator(`[data-round="${roundId}"]`));
    await round.waitFor();
    expect(await round.textContent()).toContain('还没有申报');
    await round.getByTestId('grant-conflict-fold').locator('summary').click();
    await round.getByTestId('grant-conflict-team').fill(otherTeam.name);
    await round.getByTestId('grant-conflict-team-option').filter({ hasText: otherTeam.name }).first().click();
    await round.getByTestId('grant-conflict-note').fill('亲属在这个团队');
    await round.getByTestId('grant-conflict-declare').click();
    const declared = round.getByTestId('grant-conflict').filter({ hasText: otherTeam.name });
    await declared.waitFor();
    expect(await declared.textContent()).toBe(`${otherTeam.name}（亲属在这个团队）`);
    await page.screenshot({ path: screenshotPath('grant-reviewer-conflicts-desktop'), fullPage: true });
    await context.close();
  });

  it('staff see the conflict on the review setup, and assigning that team’s proposal is refused', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/grants/rounds/${roundId}/review`);
    const conflicts = page.getByTestId('grant-reviewer-conflicts').first();
    await conflicts.waitFor();
    expect(await conflicts.textContent()).toContain(`${otherTeam.name}（亲属在这个团队）`);
    const proposals = page.getByTestId('grant-assign-proposal');
    const other = await proposals.locator('option', { hasText: otherTitle }).getAttribute('value');
    await proposals.selectOption(other!);
    await page.getByTestId('grant-assign-reviewer').selectOption({ index: 1 });
    await page.getByTestId('grant-assign').click();
    await page.getByText('评审人申报过与这个团队或其中的人有利益关系').waitFor();
    await page.screenshot({ path: screenshotPath('grant-review-setup-conflict-desktop'), fullPage: true });
    await context.close();
  });

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

  it('staff tick its eligibility at 立案评审 and record a dialogue meeting on its page', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/grants/rounds/${roundId}/decisions`);
    await page.getByTestId('grant-decision-proposal').filter({ hasText: title }).click();
    const eligibility = page.getByTestId('proposal-eligibility');
    await eligibility.getByTestId('proposal-eligibility-save').waitFor();
    // The amount and the months are checked by the system; the three the seed names are staff's to tick.
    expect(await eligibility.getByTestId('proposal-eligibility-verdict').textContent()).toBe(
      '还有条件不符合或待确认。',
    );
    for (const tick of await eligibility.getByTestId('proposal-eligibility-tick').all()) await tick.check();
    await eligibility.getByTestId('proposal-eligibility-save').click();
    await expect
      .poll(() => eligibility.getByTestId('proposal-eligibility-verdict').textContent())
      .toBe('全部符合，可以立案。');
    expect(await eligibility.locator('[data-verdict="met"]').count()).toBe(5);

    const dialogue = page.getByTestId('proposal-dialogue');
    // its list loads on its own, apart from the eligibility above
    await expect.poll(() => dialogue.textContent()).toContain('还没有记录');
    await dialogue.getByTestId('proposal-dialogue-fold').locator('summary').click();
    await dialogue.getByTestId('proposal-dialogue-date').fill(testDate(-10));
    await dialogue.getByTestId('proposal-dialogue-count-team').fill('3');
    await dialogue.getByTestId('proposal-dialogue-count-residents_committee').fill('1');
    await dialogue.getByTestId('proposal-dialogue-count-property').fill('1');
    await dialogue.getByTestId('proposal-dialogue-questions').fill('物业问：花盆放在楼道会不会挡住消防通道？');
    await dialogue.getByTestId('proposal-dialogue-changes').fill('花架靠墙，留出一米通道');
    await dialogue.getByTestId('proposal-dialogue-save').click();
    const record = dialogue.getByTestId('proposal-dialogue-record');
    await record.waitFor();
    expect(await record.textContent()).toContain('提案团队 3 人、居委会 1 人、物业 1 人');
    expect(await record.textContent()).toContain('花架靠墙，留出一米通道');
    await page.screenshot({ path: screenshotPath('grant-proposal-selection-desktop'), fullPage: true });
    await context.close();
  });

  it('staff tick it in the decision table and approve it for less than asked, with the reason', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/grants/rounds/${roundId}/decisions`);
    const row = page.getByTestId('grant-decision-row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.getByTestId('grant-decision-total').textContent()).toContain('81.00');
    // A judge's 展示评审 mark of 90, then its weight of 20%: 81 × 0.8 + 90 × 0.2 = 82.80.
    expect(await row.getByTestId('grant-presentation-mean').textContent()).toBe('还没有分数');
    await row.getByTestId('grant-presentation-points').fill('90');
    await row.getByTestId('grant-presentation-add').click();
    await expect.poll(() => row.getByTestId('grant-presentation-mean').textContent()).toBe('平均 90.00 分（1 位评委）');
    expect(await row.getByTestId('grant-decision-total').textContent()).toContain('81.00');
    const weight = page.getByTestId('grant-presentation-weight');
    expect((await weight.boundingBox())!.width).toBeGreaterThanOrEqual(100);
    await weight.fill('20');
    await page.getByTestId('grant-presentation-weight-save').click();
    await expect.poll(() => row.getByTestId('grant-decision-total').textContent()).toContain('82.80');
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
