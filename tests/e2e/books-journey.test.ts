import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, drawSitePlan, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 17 on a 360 px phone: the treasurer 财务 of 夕阳红舞蹈队 records an income and an expense with
 * a photo of the receipt; a member opens 财务公开 and sees the balance the book shows.
 */
let browser: Browser;
let organizationId = '';

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
});
afterAll(() => browser?.close());

async function openBooksFold(page: import('playwright-core').Page) {
  const fold = page.getByTestId('team-books');
  await fold.waitFor();
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await page.getByTestId('books-balance').waitFor();
}

describe('a team’s own cash book on a phone', () => {
  it('lets the treasurer record an income and an expense with its receipt; a member reads the statement', async () => {
    const receipt = await drawSitePlan(browser);
    const { context, page } = await pageAs(browser, 'treasurer', 'phone');
    await page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await openBooksFold(page);
    await page.screenshot({ path: screenshotPath('books-team-fold-phone'), fullPage: true });

    await page.getByTestId('books-record').click();
    await page.getByTestId('books-entry-form').waitFor();
    await page.getByTestId('books-direction-income').click();
    await page.getByTestId('books-amount').fill('300');
    await page.getByTestId('books-source-charity_sale').click();
    await page.screenshot({ path: screenshotPath('books-entry-income-phone'), fullPage: true });
    await page.getByTestId('books-save').click();
    await page.getByTestId('organization-page').waitFor();
    await openBooksFold(page);

    await page.getByTestId('books-record').click();
    await page.getByTestId('books-entry-form').waitFor();
    // A third decimal is no amount of money: the form says so beside the amount and sends nothing.
    await page.getByTestId('books-amount').fill('12.505');
    await page.getByTestId('books-category-activity_supplies').click();
    await page.getByTestId('books-save').click();
    await expect
      .poll(() => page.getByTestId('books-entry-form').locator('.field__error').textContent())
      .toContain('最多两位小数');
    await page.getByTestId('books-amount').fill('¥12.50');
    await page.getByTestId('books-note').fill('买扇子');
    await page
      .getByTestId('books-photo')
      .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: receipt });
    await page.screenshot({ path: screenshotPath('books-entry-expense-phone'), fullPage: true });
    // The signal drops as the photo goes up: the entry is kept, the form says so, and pressing
    // again sends only the photo — the money is not recorded twice.
    const receiptUpload = '**/api/organizations/*/books/entries/*/receipts';
    await page.route(receiptUpload, (route) => route.abort('internetdisconnected'));
    await page.getByTestId('books-save').click();
    await expect
      .poll(() => page.getByTestId('books-entry-form').getByTestId('error').textContent())
      .toContain('不会重复记账');
    await page.unroute(receiptUpload);
    await page.getByTestId('books-save').click();
    await page.getByTestId('organization-page').waitFor();
    await openBooksFold(page);
    const newest = page.getByTestId('book-entry').first();
    await newest.locator('img').waitFor();
    expect(await newest.textContent()).toContain('¥12.50');
    expect(await page.getByTestId('book-entry').filter({ hasText: '买扇子' }).count()).toBe(1);
    const balance = await page.getByTestId('books-balance').textContent();
    await page.getByTestId('team-books-section').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('books-after-entries-phone'), fullPage: true });
    await context.close();

    const member = await pageAs(browser, 'member', 'phone');
    await member.page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await openBooksFold(member.page);
    expect(await member.page.getByTestId('books-record').count()).toBe(0);
    await member.page.getByTestId('books-statement-link').click();
    await member.page.getByTestId('books-statement').waitFor();
    await member.page.getByTestId('statement-closing').waitFor();
    expect(await member.page.getByTestId('statement-closing').textContent()).toBe(balance);
    await member.page.getByTestId('statement-sources').waitFor();
    expect(await member.page.getByTestId('statement-sources').textContent()).toContain('义卖');
    await member.page.screenshot({ path: screenshotPath('books-statement-member-phone'), fullPage: true });
    const width = await member.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await member.context.close();
  });
});
