import { addDays } from '@seedbed/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Micro-grant rounds (issue 17): staff on a desktop make a round from the seeds' defaults and
 * publish it; a resident on a 360 px phone opens its public page /r/{code} from the link, reads the
 * rules and raises an objection in the 公示; staff answer it on the record, and the answer shows on
 * the public page, without the resident's name.
 */
let browser: Browser;
const roundName = `第一桶金项目大赛 旅程 ${Date.now().toString(36).slice(-4)}`;
const objectionText = '入选名单里没有我们楼的项目，评分表能公开吗？';
const answerText = '评分表已贴在社区公告栏，也可以到居委会查看。';
let roundPath = '';
let publicUrl = '';

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a micro-grant round from the defaults to an answered objection', () => {
  it('staff make a round from the defaults and publish it', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/grants/rounds`);
    await page.getByTestId('grant-round-list-page').waitFor();
    await page.getByTestId('grant-round-new').click();
    await page.getByTestId('grant-round-form').waitFor();
    // The default pipeline is filled in; starting 72 days ago puts today in its 公示 (days 71–77).
    expect(await page.getByTestId('grant-steps').locator('input').count()).toBe(30);
    await page.getByTestId('grant-starts').fill(testDate(-72));
    await page.getByTestId('grant-steps-relayout').click();
    await page.getByTestId('grant-name').fill(roundName);
    await page.getByTestId('grant-funders').fill('街道办事处，社区基金会');
    await page.getByTestId('grant-total').fill('300000');
    await page.getByTestId('grant-communities').locator('input[type="checkbox"]').first().check();
    // The round's own shape: one estate targeted, a rule added, a kind of spending taken off the list.
    await page.getByTestId('grant-estates').locator('input[type="checkbox"]').first().check();
    await page.getByTestId('grant-rule-add').click();
    await page.getByTestId('grant-eligibility').locator('input').last().fill('提案人参加过本轮宣讲会');
    const negativeRows = await page.getByTestId('grant-negative-remove').count();
    await page.getByTestId('grant-negative-remove').last().click();
    expect(await page.getByTestId('grant-negative-remove').count()).toBe(negativeRows - 1);
    // A weight changed: the running sum says so and the form refuses to save.
    await page.getByTestId('grant-weight-0').fill('35');
    expect(await page.getByTestId('grant-weight-sum').textContent()).toContain('105%');
    await page.getByTestId('grant-save').click();
    await expect.poll(() => page.url()).toContain('/grants/rounds/new');
    await page.getByTestId('grant-weight-0').fill('30');
    expect(await page.getByTestId('grant-weight-sum').textContent()).toContain('100%');
    await page.screenshot({ path: screenshotPath('grant-round-editor-desktop'), fullPage: true });
    await page.getByTestId('grant-save').click();

    await page.getByTestId('grant-round-page').waitFor();
    expect(await page.getByTestId('grant-round-name').textContent()).toBe(roundName);
    roundPath = new URL(page.url()).pathname;
    const saved = await (
      await page.request.get(`${baseUrl()}/api${roundPath.replace('/grants/rounds', '/grant-rounds')}`)
    ).json();
    expect(saved.targetEstates).toHaveLength(1);
    expect(saved.eligibility.at(-1)).toMatchObject({ text: '提案人参加过本轮宣讲会', mode: 'confirmed' });
    expect(saved.negativeList).toHaveLength(negativeRows - 1);
    await page.getByTestId('grant-round-publish').click();
    await page.getByTestId('grant-round-link').waitFor();
    publicUrl = await page.getByTestId('grant-round-link').inputValue();
    expect(publicUrl).toMatch(/\/r\/[2-9A-Z]{8}$/);
    expect(await page.getByTestId('grant-round-status').textContent()).toBe('公示中');
    await page.screenshot({ path: screenshotPath('grant-round-published-desktop'), fullPage: true });
    await context.close();
  });

  it('staff move a published round’s step dates: one outside the round is refused, a valid one shows', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}${roundPath}`);
    await page.getByTestId('grant-steps-edit').click();
    const form = page.getByTestId('grant-steps-form');
    const dates = form.locator('input[type="date"]');
    const count = await dates.count();
    const lastStart = await dates.nth(count - 2).inputValue();
    const lastEnd = await dates.nth(count - 1).inputValue();
    await dates.nth(count - 1).fill(addDays(lastEnd, 30));
    await page.getByTestId('grant-steps-save').click();
    await form.locator('.field__error').first().waitFor();
    // The closing step shortened to its first day: inside the round, so it is kept.
    await dates.nth(count - 1).fill(lastStart);
    await page.getByTestId('grant-steps-save').click();
    await form.waitFor({ state: 'detached' });
    const closing = (await page.getByTestId('grant-round-pipeline').locator('li').last().textContent()) ?? '';
    const [from, to] = (closing.split(' · ')[1] ?? '').split(' – ');
    expect(from).toBeTruthy();
    expect(to).toBe(from);
    await context.close();
  });

  it('a resident on a phone reads the rules and raises an objection during 公示', async () => {
    const context = await phoneContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(publicUrl);
    expect(await page.getByTestId('round-name').textContent()).toBe(roundName);
    expect(await page.getByTestId('round-now').textContent()).toContain('公示');
    expect(await page.getByTestId('round-money').textContent()).toContain('¥300,000.00');
    expect(await page.getByTestId('round-negative-list').textContent()).toContain('烟酒');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByTestId('objection-text').fill(objectionText);
    await page.getByTestId('objection-name').fill('旅程居民');
    await page.getByTestId('objection-phone').fill('13912345678');
    await page.getByTestId('objection-consent').check();
    await page.screenshot({ path: screenshotPath('grant-round-public-phone'), fullPage: true });
    await page.getByTestId('objection-submit').click();
    await page.getByTestId('objection-done').waitFor();
    await page.screenshot({ path: screenshotPath('grant-round-objection-done-phone'), fullPage: true });
    await context.close();
  });

  it('staff answer the objection, and the answer shows on the public page without the name', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}${roundPath}`);
    const objection = page.getByTestId('grant-objection').filter({ hasText: objectionText });
    await objection.waitFor();
    expect(await objection.textContent()).toContain('旅程居民');
    await objection.getByTestId('grant-answer').fill(answerText);
    await objection.getByTestId('grant-answer-send').click();
    await objection.getByTestId('grant-objection-answer').waitFor();
    await page.screenshot({ path: screenshotPath('grant-round-answered-desktop'), fullPage: true });
    await context.close();

    const phone = await phoneContext(browser);
    const resident = await phone.newPage();
    await resident.goto(publicUrl);
    const shown = resident.getByTestId('round-objection').filter({ hasText: objectionText });
    expect(await shown.getByTestId('round-objection-answer').textContent()).toContain(answerText);
    expect(await resident.content()).not.toContain('旅程居民');
    await resident.screenshot({ path: screenshotPath('grant-round-answer-public-phone'), fullPage: true });
    await phone.close();
  });
});
