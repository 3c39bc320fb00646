import { openDatabase } from '@seedbed/db';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { desktopContext, phoneContext } from './browser';

export const baseUrl = () => inject('baseUrl');

/**
 * Logs in through the login form, as a person would, and waits until the app has left the login
 * page, so the next `goto` carries the session. A refusal fails here with the message shown.
 */
export async function logIn(page: Page, login: string, password = 'seedbed-demo', at = baseUrl()) {
  await page.goto(`${at}/login`);
  await page.getByTestId('login-form').waitFor();
  await page.locator('[data-testid="login-form"] input').nth(0).fill(login);
  await page.locator('[data-testid="login-form"] input[type="password"]').fill(password);
  await page.getByTestId('login-submit').click();
  const refusal = page.locator('[data-testid="login-form"] [data-testid="error"]');
  await page.waitForFunction(
    () =>
      !location.pathname.startsWith('/login') || !!document.querySelector('[data-testid="login-form"] [role="alert"]'),
  );
  if (await refusal.count()) throw new Error(`login as ${login} refused: ${await refusal.textContent()}`);
}

/** A fresh browser context on a phone or a desktop, with a page logged in as `login`. */
export async function pageAs(
  browser: Browser,
  login: string,
  device: 'phone' | 'desktop',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await (device === 'phone' ? phoneContext(browser) : desktopContext(browser));
  const page = await context.newPage();
  await logIn(page, login);
  return { context, page };
}

/** A real PNG to upload (a site plan): Chromium draws one, so no image library is needed. */
export async function drawSitePlan(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 640, height: 400 } });
  await page.setContent(`<body style="margin:0;background:#eef3ea;font:20px sans-serif">
    <div style="position:absolute;left:40px;top:40px;width:220px;height:140px;border:3px solid #555">1号院</div>
    <div style="position:absolute;left:340px;top:60px;width:240px;height:260px;border:3px solid #555">幸福小区</div>
    <div style="position:absolute;left:40px;top:240px;width:220px;height:110px;background:#c8e6c9">小广场</div>
  </body>`);
  const png = await page.screenshot({ type: 'png' });
  await page.close();
  return png;
}

/** The organization a demo team login belongs to (its scope), read from the e2e database. */
export async function organizationOf(username: string): Promise<string> {
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const user = await database
      .selectFrom('users')
      .select('scope_id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return user.scope_id!;
  } finally {
    await database.destroy();
  }
}

/**
 * On a phone the header's links, the name and 退出 fold behind 菜单 (web/src/shared/header-menu.tsx):
 * opens it there; on a desktop they are in the header already and this does nothing.
 */
export async function openHeaderMenu(page: Page) {
  const button = page.getByTestId('app-menu');
  await button.waitFor();
  if (!(await button.isVisible())) return;
  // One tap, as a person taps: a page still settling (a late redirect) no longer folds it (header-menu.tsx).
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await page.getByTestId('app-menu-items').waitFor({ state: 'visible' });
}

/**
 * Opens a fold of the team's home — 队伍资料 (`team-records`), 成长档案 (`growth-record`), 账本
 * (`team-books`), 提案 (`team-proposals`) — as its people tap it; what is inside loads once it is
 * open. Left open if it already is (remembered).
 */
export async function openTeamFold(page: Page, id: 'team-records' | 'growth-record' | 'team-books' | 'team-proposals') {
  const fold = page.getByTestId(id);
  await fold.waitFor();
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await fold.locator('.team-fold__body').waitFor();
}
