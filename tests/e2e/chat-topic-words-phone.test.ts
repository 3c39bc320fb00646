import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * Staff keep the street's chat topic dictionary on a phone (issue 19, "a site-editable dictionary: 助老,
 * 环境, 议事, 志愿…"): from the street's chat page to the dictionary, a word added under 公共事务 shows
 * there, and removed it is gone again; the page fits 360 px.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the street’s topic dictionary', () => {
  it('staff add a word of public matters and remove it again', async () => {
    const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
    const organizationId = await organizationOf('leader');
    const { street_id: streetId } = await db
      .selectFrom('organizations')
      .select('street_id')
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow()
      .finally(() => db.destroy());
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(`${baseUrl()}/streets/${streetId}/chat`);
    await page.getByTestId('chat-topic-words-link').click();
    await page.getByTestId('chat-topic-words-page').waitFor();
    const publicWords = page.getByTestId('chat-topic-words-public');
    await publicWords.waitFor();
    expect(await page.getByTestId('chat-topic-words-greeting').textContent()).toContain('问候');

    const word = '楼道议事会';
    expect(await publicWords.textContent()).not.toContain(word);
    await page.getByTestId('chat-topic-word').fill(word);
    await page.getByTestId('chat-topic-category').selectOption('public');
    await page.getByTestId('chat-topic-word-add').click();
    await expect.poll(() => publicWords.textContent()).toContain(word);
    // the street has a word of its own now: the defaults are no longer what the analysis reads
    expect(await page.getByTestId('chat-topic-words-defaults').count()).toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('chat-topic-words-staff-phone'), fullPage: true });

    await page.getByRole('button', { name: `删除“${word}”` }).click();
    await expect.poll(() => publicWords.textContent()).not.toContain(word);
    await context.close();
  });
});
