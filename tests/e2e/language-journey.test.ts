import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { pageAs } from '../support/journey';

/**
 * Chinese first, English complete: the English catalogue is not in the first download (the phone's
 * budget), so switching must fetch it and turn every capability's strings, the shell's and the
 * activities', into English — and back.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('switching the language', () => {
  it('loads English on demand for the whole page, and Chinese again', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    const record = page.getByTestId('record-activity');
    await record.waitFor();
    expect(await record.textContent()).toContain('记录活动');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => record.textContent()).toContain('Record an activity');
    expect(await page.getByTestId('language-switch').textContent()).toContain('中文');
    // The leader's one link, the street's feed, is in the phone's header menu too.
    expect(await page.getByTestId('nav-feed').textContent()).toBe('Activity feed');
    await page.screenshot({ path: screenshotPath('leader-organization-english-phone') });
    await page.getByTestId('language-switch').click();
    await expect.poll(() => record.textContent()).toContain('记录活动');
    await context.close();
  });
});
