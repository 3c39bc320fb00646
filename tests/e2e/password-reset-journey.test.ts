import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { openHeaderMenu, organizationOf, pageAs } from '../support/journey';

/**
 * Getting back in (issue 15), as the people do it: a leader who joined by invite forgets the
 * password on a 360 px phone — the login page counts the tries left, 显示密码 shows what was typed,
 * 忘记密码？ explains the reset code —, staff create one on the desktop (code, link, QR code), the
 * leader types it, chooses a new password, is signed in, and finds 我的账户 in the menu. A leader
 * of its own, so the demo's logins keep their passwords for the other journeys.
 */
const baseUrl = inject('baseUrl');
const leaderPhone = '13700002222';
let browser: Browser;
let organizationId: string;

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
});
afterAll(() => browser?.close());

/** Staff make an invite on the organization page, as in life; its path is sent in WeChat. */
async function invitePath(name: string): Promise<string> {
  const { context, page } = await pageAs(browser, 'staff', 'desktop');
  await page.getByTestId('street-overview').waitFor();
  await page.goto(`${baseUrl}/organizations/${organizationId}`);
  await page.getByTestId('invite-leader-name').fill(name);
  await page.getByTestId('invite-leader-submit').click();
  const link = await page.getByTestId('invite-link').inputValue();
  await context.close();
  return new URL(link).pathname;
}

/** Accepts an invite on a phone with `leaderPhone`; the page it is left on. */
async function accept(path: string): Promise<Page> {
  const phone = await phoneContext(browser);
  const page = await phone.newPage();
  await page.goto(`${baseUrl}${path}`);
  await page.locator('[data-testid="invite-form"] input').nth(0).fill(leaderPhone);
  const passwords = page.locator('[data-testid="invite-form"] input[type="password"]');
  for (let i = 0; i < (await passwords.count()); i += 1) await passwords.nth(i).fill('zhou-ayi-2026');
  await page.getByTestId('invite-submit').click();
  return page;
}

const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

describe('getting back in', () => {
  it('a leader who forgot the password gets a reset code from staff and is back in on a 360 px phone', async () => {
    const joined = await accept(await invitePath('周阿姨'));
    await joined.getByTestId('organization-page').waitFor();
    await joined.context().close();
    // A second invite for the same phone cannot take the account over: it offers the reset code.
    const again = await accept(await invitePath('周阿姨'));
    await again.getByTestId('invite-phone-taken').waitFor();
    await again.getByTestId('reset-code').waitFor();
    await fitsThePhone(again);
    await again.screenshot({ path: screenshotPath('leader-invite-phone-taken'), fullPage: true });
    await again.context().close();

    const phone = await phoneContext(browser);
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-login').fill(leaderPhone);
    await page.getByTestId('login-password').fill('zhou-ayi-2025');
    await page.getByTestId('login-submit').click();
    await expect
      .poll(() => page.locator('[data-testid="login-form"] [role="alert"]').textContent())
      .toContain('还可以再试 4 次');
    await page.getByTestId('login-password-show').click();
    expect(await page.getByTestId('login-password').getAttribute('type')).toBe('text');
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('leader-login-tries-left-phone'), fullPage: true });

    await page.getByTestId('login-forgot').click();
    await page.getByTestId('reset-code-entry').waitFor();
    await page.screenshot({ path: screenshotPath('leader-forgot-password-phone'), fullPage: true });

    const { context: staffContext, page: staff } = await pageAs(browser, 'staff', 'desktop');
    await staff.getByTestId('nav-reset-password').click();
    await staff.getByTestId('issue-reset-login').fill(leaderPhone);
    await staff.getByTestId('issue-reset-submit').click();
    const code = (await staff.getByTestId('reset-issued-code').textContent()) ?? '';
    expect(code).toMatch(/^\w{4}-\w{4}$/);
    await staff.locator('.reset-issued__qr img').waitFor();
    await staff.screenshot({ path: screenshotPath('staff-issue-reset'), fullPage: true });
    await staffContext.close();

    await page.getByTestId('reset-code').fill(code.toLowerCase());
    await page.getByTestId('reset-code-submit').click();
    await page.getByTestId('reset-form').waitFor();
    expect(await page.getByTestId('reset-login').textContent()).toContain('137****2222');
    await page.getByTestId('reset-password').fill('zhou-ayi-new-2026');
    await page.getByTestId('reset-confirm').fill('zhou-ayi-new-2026');
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('leader-reset-password-phone'), fullPage: true });
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('organization-page').waitFor();

    await openHeaderMenu(page);
    await page.getByTestId('current-user').click();
    await page.getByTestId('nav-account').click();
    await page.getByTestId('change-password-form').waitFor();
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('leader-account-phone'), fullPage: true });
    await phone.close();
  });
});
