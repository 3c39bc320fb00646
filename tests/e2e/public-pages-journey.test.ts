import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { insertActivityUnderWay } from '../support/activity-under-way';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { baseUrl } from '../support/journey';

/**
 * The pages a resident opens from an activity's QR code, on a 360 px phone in WeChat (issue 16):
 * the sign-in works with JavaScript off; with it on, the phone remembers the name for next week
 * and forgets it on 不是我？清除; the answer shows name, activity and time in big type to show at
 * the door; a volunteer back on the phone they signed in with signs out with one tap.
 */
let browser: Browser;
const code = `P${Date.now()
  .toString(36)
  .toUpperCase()
  .replace(/[01ILO]/g, '2')
  .slice(-7)}`.slice(0, 8);
const title = '周三上午太极拳';

/** An activity of the leader's team under way on the test clock, so both pages are open. */
beforeAll(async () => {
  browser = await launchChromium();
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    await insertActivityUnderWay(database, { title, code });
  } finally {
    await database.destroy();
  }
});
afterAll(() => browser?.close());

/** What a button shows now (the consent button holds two labels and shows one). */
const shownLabel = (page: Page, testId: string) => page.getByTestId(testId).locator('span:visible').textContent();

/** Big enough to show at the door: the name's type size in CSS pixels. */
const fontSizeOf = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));

describe('a resident signs in at the door', () => {
  it('with JavaScript off: the notice before, the tick before the button, then name, activity and time', async () => {
    const context = await phoneContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/s/${code}`);
    expect(await page.getByTestId('sign-in-activity').textContent()).toBe(title);
    expect(await page.getByTestId('sign-in-notice').textContent()).toContain('手机号：系统里不显示给任何人');
    // A child's tick swaps the phone field for the guardian's (CSS, no script).
    await page.getByTestId('sign-in-child').check();
    expect(await page.getByTestId('sign-in-guardian').isVisible()).toBe(true);
    expect(await page.getByTestId('sign-in-phone').isVisible()).toBe(false);
    await page.getByTestId('sign-in-child').uncheck();

    await page.getByTestId('sign-in-name').fill('周阿姨');
    await page.getByTestId('sign-in-phone').fill('13912340001');
    expect(await shownLabel(page, 'sign-in-submit')).toBe('请先勾选上面的“同意”');
    await page.getByTestId('sign-in-consent').check();
    expect(await shownLabel(page, 'sign-in-submit')).toBe('签到');
    await page.screenshot({ path: screenshotPath('public-sign-in-no-script'), fullPage: true });
    await page.getByTestId('sign-in-submit').click();

    await page.getByTestId('sign-in-done').waitFor();
    expect(await page.getByTestId('sign-in-done-name').textContent()).toBe('周阿姨');
    expect(await page.getByTestId('sign-in-done-activity').textContent()).toBe(title);
    expect(await page.getByTestId('sign-in-done-time').textContent()).toMatch(/^\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
    expect(await fontSizeOf(page, 'sign-in-done-name')).toBeGreaterThanOrEqual(32);
    await page.screenshot({ path: screenshotPath('public-sign-in-done'), fullPage: true });
    await context.close();
  });

  it('with JavaScript on: next week the name is already there, and 不是我 forgets it', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/s/${code}`);
    expect(await page.getByTestId('sign-in-forget').isVisible()).toBe(false);
    await page.getByTestId('sign-in-name').fill('吴大爷');
    await page.getByTestId('sign-in-phone').fill('13912340002');
    await page.getByTestId('sign-in-consent').check();
    await page.getByTestId('sign-in-submit').click();
    await page.getByTestId('sign-in-done').waitFor();
    expect(await page.getByTestId('sign-in-done-name').textContent()).toBe('吴大爷');

    await page.goto(`${baseUrl()}/s/${code}`);
    expect(await page.getByTestId('sign-in-name').inputValue()).toBe('吴大爷');
    expect(await page.getByTestId('sign-in-phone').inputValue()).toBe('13912340002');
    await page.getByTestId('sign-in-forget').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('public-sign-in-remembered'), fullPage: true });
    await page.getByTestId('sign-in-forget').click();
    expect(await page.getByTestId('sign-in-name').inputValue()).toBe('');
    expect(await page.getByTestId('sign-in-phone').inputValue()).toBe('');
    expect(await page.getByTestId('sign-in-forget').isVisible()).toBe(false);
    await page.reload();
    expect(await page.getByTestId('sign-in-name').inputValue()).toBe('');

    // The language link says what it shows, and the page follows it.
    await page.getByRole('link', { name: 'English' }).click();
    await page.getByText('Before you sign in: how your details are used').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByTestId('page-language').textContent()).toBe('中文');
    await page.screenshot({ path: screenshotPath('public-sign-in-english'), fullPage: true });
    await context.close();
  });

  it('a code that leads nowhere gets a plain page saying so', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const answer = await page.goto(`${baseUrl()}/s/ZZZZ2345`);
    expect(answer?.status()).toBe(404);
    expect(await page.getByTestId('page-problem').textContent()).toBe('活动不存在。');
    await page.screenshot({ path: screenshotPath('public-sign-in-unknown') });
    await context.close();
  });
});

describe('a volunteer', () => {
  it('signs in, and back on the same phone later signs out with exactly one tap', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/v/${code}`);
    await page.getByTestId('volunteer-name').fill('郑志愿');
    await page.getByTestId('volunteer-phone').fill('13912340003');
    await page.getByTestId('volunteer-consent').check();
    await page.getByTestId('volunteer-sign-in').click();
    await page.getByTestId('volunteer-done').waitFor();

    // Later: the volunteer opens the page again on the same phone.
    await page.goto(`${baseUrl()}/v/${code}`);
    expect(await page.getByTestId('volunteer-done-name').textContent()).toBe('郑志愿');
    await page.screenshot({ path: screenshotPath('public-volunteer-on-duty'), fullPage: true });
    let taps = 0;
    const tap = async (testId: string) => {
      taps += 1;
      await page.getByTestId(testId).click();
    };
    await tap('volunteer-sign-out');
    await page.getByTestId('volunteer-served').waitFor();
    expect(await page.getByTestId('volunteer-done').textContent()).toContain('已签退');
    expect(taps).toBe(1);
    await page.screenshot({ path: screenshotPath('public-volunteer-signed-out'), fullPage: true });
    await context.close();
  });
});
