import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { openHeaderMenu, pageAs } from '../support/journey';

const baseUrl = inject('baseUrl');
let browser: Browser;
let ids: { organizationId: string; organizationName: string };

beforeAll(async () => {
  browser = await launchChromium();
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const leader = await db
      .selectFrom('users')
      .select('scope_id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    const organization = await db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('id', '=', leader.scope_id!)
      .executeTakeFirstOrThrow();
    ids = { organizationId: organization.id, organizationName: organization.name };
  } finally {
    await db.destroy();
  }
});
afterAll(() => browser?.close());

describe('journeys in Chromium', () => {
  it('a social worker logs in on a desktop, reads the street overview and opens an organization', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.getByTestId('street-overview').waitFor();
    await page.locator('[data-testid="stage-chart"][data-rendered="true"] canvas').waitFor();
    expect(await page.getByTestId('community-row').count()).toBe(9);
    await page.screenshot({ path: screenshotPath('staff-street-overview'), fullPage: true });

    await page.getByTestId('community-row').first().locator('a').first().click();
    await page.getByTestId('community-page').waitFor();
    await page.screenshot({ path: screenshotPath('staff-community'), fullPage: true });

    await page.goto(`${baseUrl}/organizations/${ids.organizationId}`);
    await page.getByTestId('organization-page').waitFor();
    await expect.poll(() => page.getByTestId('organization-name').textContent()).toBe(ids.organizationName);
    expect(await page.getByTestId('member-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('staff-organization'), fullPage: true });
    await context.close();
  });

  it('a leader opens an invite link on a 360 px phone, sets a password and sees their organization', async () => {
    // Staff make the invite on the organization page and copy the link (into WeChat, in life).
    const { context: staffContext, page: staffPage } = await pageAs(browser, 'staff', 'desktop');
    await staffPage.getByTestId('street-overview').waitFor();
    await staffPage.goto(`${baseUrl}/organizations/${ids.organizationId}`);
    await staffPage.getByTestId('invite-leader-name').fill('刘阿姨');
    await staffPage.getByTestId('invite-leader-submit').click();
    const link = await staffPage.getByTestId('invite-link').inputValue();
    await staffPage.screenshot({ path: screenshotPath('staff-invite-leader'), fullPage: true });
    await staffContext.close();
    const invite = { path: new URL(link).pathname };
    expect(invite.path).toMatch(/^\/invite\//);

    const phone = await phoneContext(browser);
    const page = await phone.newPage();
    await page.goto(`${baseUrl}${invite.path}`);
    await page.getByTestId('invite-form').waitFor();
    expect(await page.textContent('body')).toContain(ids.organizationName);
    await page.screenshot({ path: screenshotPath('leader-invite-phone'), fullPage: true });
    const inputs = page.locator('[data-testid="invite-form"] input');
    await inputs.nth(0).fill('13700001111');
    const passwords = page.locator('[data-testid="invite-form"] input[type="password"]');
    for (let i = 0; i < (await passwords.count()); i += 1) await passwords.nth(i).fill('liu-ayi-2026');
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('organization-page').waitFor();
    await expect.poll(() => page.getByTestId('organization-name').textContent()).toBe(ids.organizationName);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('leader-organization-phone'), fullPage: true });
    await phone.close();
  });

  it('a member of another street gets a 403 screen, not the data', async () => {
    const { context: phone, page } = await pageAs(browser, 'member2', 'phone');
    await page.getByTestId('organization-page').waitFor();
    await page.goto(`${baseUrl}/organizations/${ids.organizationId}`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.textContent('body')).not.toContain(ids.organizationName);
    await page.screenshot({ path: screenshotPath('member-other-street-forbidden'), fullPage: true });
    await phone.close();
  });

  it('a leader who lost a phone signs out on every device from the menu under their name', async () => {
    const { context: desktop, page: desk } = await pageAs(browser, 'leader', 'desktop');
    await desk.getByTestId('organization-page').waitFor();
    const { context: phone, page } = await pageAs(browser, 'leader', 'phone');
    await page.getByTestId('organization-page').waitFor();
    await openHeaderMenu(page);
    await page.getByTestId('current-user').click();
    await page.getByTestId('logout-everywhere').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('leader-logout-everywhere-phone') });
    await page.getByTestId('logout-everywhere').click();
    await page.getByTestId('login-form').waitFor();
    // The desktop's session ended too: its next visit asks for the password.
    await desk.reload();
    await desk.getByTestId('login-form').waitFor();
    await Promise.all([phone.close(), desktop.close()]);
  });
});
