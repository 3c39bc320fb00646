import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { grantRoundInput } from '../support/grant-rounds';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 17's proposal on paper and phone: the leader of 夕阳红舞蹈队 writes a proposal with a budget
 * on a 360 px phone and submits it while the network is cut, and it goes once the network returns;
 * the residents' committee's official endorses it; staff comment on a budget line, the leader
 * accepts the comment and changes the line in a new version; staff see the diff and the A4 form.
 */
let browser: Browser;
let roundCode = '';
let proposalPath = '';
let roundPath = '';

/** A round staff publish for the leader's community, open today on the e2e clock. */
async function publishRound() {
  const organizationId = await organizationOf('leader');
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const team = await database
      .selectFrom('organizations')
      .select(['street_id', 'home_community_id'])
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    const input = await grantRoundInput(
      database,
      { streetId: team.street_id, communityId: team.home_community_id },
      { startsOn: testDate(-20), name: `楼道微创投 旅程 ${Date.now().toString(36).slice(-4)}` },
    );
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    const me = await (await page.request.get(`${baseUrl()}/api/auth/me`)).json();
    const headers = { 'x-csrf-token': me.csrfToken };
    const made = await page.request.post(`${baseUrl()}/api/grant-rounds`, { data: input, headers });
    expect(made.status()).toBe(201);
    const round = await made.json();
    const published = await page.request.post(`${baseUrl()}/api/grant-rounds/${round.id}/publish`, { headers });
    expect(published.status()).toBe(200);
    await context.close();
    return round as { id: string; code: string };
  } finally {
    await database.destroy();
  }
}

async function openFold(page: Page, testId: string) {
  const fold = page.getByTestId(testId);
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
}

beforeAll(async () => {
  browser = await launchChromium();
  const round = await publishRound();
  roundCode = round.code;
  roundPath = `/grants/rounds/${round.id}`;
});
afterAll(() => browser?.close());

describe('a proposal from the leader’s phone to staff’s desk', () => {
  it('the leader writes a budget and submits it with the network cut; it goes once the network returns', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    // From the round's public page, the one on its poster's QR code.
    await page.goto(`${baseUrl()}/r/${roundCode}`);
    await page.getByTestId('round-write-proposal').click();
    await page.getByTestId('proposal-form').waitFor();
    expect(await page.getByTestId('proposal-round-rules').textContent()).toContain('¥15,000.00');
    await page.getByTestId('proposal-title').fill('楼道花园');
    await page.getByTestId('proposal-issue').fill('楼道里堆满杂物，邻居们想一起种花。');

    await openFold(page, 'proposal-budget');
    await page.getByTestId('proposal-line-add').click();
    const seedlings = page.getByTestId('proposal-line-row').nth(0);
    await seedlings.getByTestId('proposal-line-item').fill('花苗');
    await seedlings.getByTestId('proposal-line-price').fill('5');
    await seedlings.getByTestId('proposal-line-quantity').fill('200');
    expect(await seedlings.getByTestId('proposal-line-total').textContent()).toContain('¥1,000.00');
    // A line on the round's negative list is flagged as it is typed, before the server sees it.
    await page.getByTestId('proposal-line-add').click();
    const drinks = page.getByTestId('proposal-line-row').nth(1);
    await drinks.getByTestId('proposal-line-item').fill('啤酒');
    await drinks.getByTestId('proposal-line-price').fill('8.5');
    await drinks.getByTestId('proposal-line-quantity').fill('2');
    await drinks.getByTestId('proposal-line-negative').waitFor();
    expect(await page.getByTestId('proposal-total').textContent()).toContain('¥1,017.00');
    await page.screenshot({ path: screenshotPath('proposal-budget-phone'), fullPage: true });
    await drinks.getByRole('button', { name: '删掉' }).click();
    expect(await page.getByTestId('proposal-total').textContent()).toContain('¥1,000.00');
    await openFold(page, 'proposal-months');
    await page.getByTestId('proposal-months-input').fill('4');

    await context.setOffline(true);
    await page.getByTestId('proposal-submit').click();
    await page.getByTestId('proposal-pending').waitFor();
    await page.screenshot({ path: screenshotPath('proposal-pending-offline-phone'), fullPage: true });
    await context.setOffline(false);
    await page.getByTestId('proposal-page').waitFor();
    await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('已提交');
    expect(await page.getByTestId('proposal-requested').textContent()).toBe('¥1,000.00');
    proposalPath = new URL(page.url()).pathname;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('proposal-submitted-phone'), fullPage: true });
    await context.close();
  });

  it('the committee official endorses it with one tap', async () => {
    const { context, page } = await pageAs(browser, 'official', 'phone');
    await page.goto(`${baseUrl()}${proposalPath}`);
    await page.getByTestId('proposal-endorse-form-note').fill('居委会支持，楼道可以用。');
    await page.getByTestId('proposal-endorse').click();
    await expect.poll(() => page.getByTestId('proposal-endorsement-text').textContent()).toBe('居委会已认可');
    expect(await page.getByTestId('proposal-edit').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('proposal-endorsed-phone'), fullPage: true });
    await context.close();
  });

  it('staff comment on a budget line, without any way to edit the text', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}${roundPath}`);
    await page.getByTestId('round-proposal').filter({ hasText: '楼道花园' }).getByRole('link').click();
    await page.getByTestId('proposal-page').waitFor();
    expect(await page.getByTestId('proposal-edit').count()).toBe(0);
    const anchor = page.getByTestId('proposal-comment-anchor');
    const lineAnchor = await anchor.locator('option', { hasText: '花苗' }).getAttribute('value');
    await anchor.selectOption(lineAnchor!);
    await page.getByTestId('proposal-comment-text').fill('花苗五块一盆偏贵，问问物业能不能四块。');
    await page.getByTestId('proposal-comment-send').click();
    await page.getByTestId('proposal-comments-budgetLines').getByText('花苗五块一盆偏贵').waitFor();
    await context.close();
  });

  it('the leader accepts the comment and changes the line in a new version', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}${proposalPath}`);
    const comment = page.getByTestId('proposal-comment').filter({ hasText: '花苗五块一盆偏贵' });
    await comment.getByTestId('proposal-comment-accepted').click();
    await comment.getByTestId('proposal-comment-response').waitFor();
    await page.getByTestId('proposal-edit').click();
    await page.getByTestId('proposal-form').waitFor();
    await openFold(page, 'proposal-budget');
    await page.getByTestId('proposal-line-row').nth(0).getByTestId('proposal-line-price').fill('4');
    expect(await page.getByTestId('proposal-total').textContent()).toContain('¥800.00');
    await page.getByTestId('proposal-save').click();
    await page.getByTestId('proposal-page').waitFor();
    await expect.poll(() => page.getByTestId('proposal-version').textContent()).toContain('第 2 稿');
    await context.close();
  });

  it('staff see what changed between the versions and print the A4 form', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}${proposalPath}`);
    const changes = page.getByTestId('proposal-changes');
    await changes.waitFor();
    const text = await changes.textContent();
    expect(text).toContain('¥1,000.00');
    expect(text).toContain('¥800.00');
    expect(text).toContain('-¥200.00');
    await page.screenshot({ path: screenshotPath('proposal-page-desktop'), fullPage: true });
    await page.getByTestId('proposal-print-link').click();
    await page.getByTestId('proposal-print').waitFor();
    expect(await page.getByTestId('proposal-print-requested').textContent()).toBe('¥800.00');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('proposal-print-a4'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await context.close();
  });
});
