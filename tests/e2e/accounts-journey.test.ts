import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopContext, launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Issue 15's accounts part: a social worker invites the residents' committee's new officer from
 * 账户管理, the officer joins from the link on their own computer with a username, and the social
 * worker deactivates and reactivates the account.
 */
let browser: Browser;
const suffix = Date.now().toString(36).slice(-4);
const officerName = `刘主任${suffix}`;
const username = `liu.${suffix}`;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('managing accounts', () => {
  let inviteLink = '';

  it('staff invite a community official from the accounts page and get a link and a QR code', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.getByTestId('nav-accounts').click();
    await page.getByTestId('accounts-table').waitFor();
    await page.getByTestId('invite-account-name').fill(officerName);
    await page.getByTestId('invite-account-role').selectOption('community_official');
    const scope = page.getByTestId('invite-account-scope');
    await expect.poll(() => scope.locator('option').count()).toBeGreaterThan(1);
    await scope.selectOption({ index: 1 });
    await page.getByTestId('invite-account-submit').click();
    await page.getByTestId('invite-qr').waitFor();
    inviteLink = await page.getByTestId('invite-link').inputValue();
    expect(inviteLink).toContain('/invite/');
    await expect.poll(() => page.getByTestId('open-invites-table').textContent()).toContain(officerName);
    await page.screenshot({ path: screenshotPath('accounts-invite-official'), fullPage: true });
    await context.close();
  });

  it('the official opens the link on their computer and joins with a username', async () => {
    const context = await desktopContext(browser);
    const page = await context.newPage();
    await page.goto(inviteLink.replace(/^https?:\/\/[^/]+/, baseUrl()));
    await page.getByTestId('invite-form').waitFor();
    await page.getByTestId('invite-username').fill(username);
    await page.getByTestId('invite-password').fill('liu-zhuren-2026');
    await page.getByTestId('invite-confirm').fill('liu-zhuren-2026');
    await page.screenshot({ path: screenshotPath('accounts-official-joins'), fullPage: true });
    await page.getByTestId('invite-submit').click();
    await page.waitForURL(/\/communities\//);
    await context.close();
  });

  it('staff see the new account, deactivate it and reactivate it', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/accounts`);
    await page.getByTestId('accounts-filter-role').selectOption('community_official');
    const row = page.locator(`[data-testid="account-row"][data-username="${username}"]`);
    await row.waitFor();
    await row.getByTestId('account-deactivate').click();
    await row.getByTestId('account-reactivate').waitFor();
    await page.screenshot({ path: screenshotPath('accounts-deactivated'), fullPage: true });
    await row.getByTestId('account-reactivate').click();
    await row.getByTestId('account-deactivate').waitFor();
    await context.close();
  });
});
