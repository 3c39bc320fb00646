import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, openHeaderMenu, pageAs } from '../support/journey';

/**
 * The staff header with related links under one name (培训班 and 微创投 under 资助与培训, and so on):
 * one row on a 1366 px desk,
 * the group opening beneath its name; on a 360 px phone the two links are rows of 菜单 like the others.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the staff header', () => {
  it('keeps one row at 1366 px and opens 资助与培训 to reach the micro-grant rounds', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/organizations`);
    const group = page.getByTestId('nav-group-funding');
    await group.waitFor();
    // Every item of the header's row stands on one line: the same top for the links and the group.
    const tops = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.app-header__nav > a, .app-header__nav > .app-header__group')).map((item) =>
        Math.round(item.getBoundingClientRect().top),
      ),
    );
    expect(tops.length).toBeGreaterThan(5);
    expect(new Set(tops).size).toBe(1);
    expect(await page.getByTestId('nav-grant-rounds').isVisible()).toBe(false);
    await group.click();
    await page.getByTestId('nav-grant-rounds').click();
    await page.getByTestId('grant-round-list-page').waitFor();
    expect(await page.getByTestId('nav-training').isVisible()).toBe(false);
    await page.screenshot({ path: screenshotPath('header-groups-desktop') });
    await context.close();
  });

  it('shows 培训班 and 微创投 as rows of 菜单 on a 360 px phone', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(`${baseUrl()}/organizations`);
    await openHeaderMenu(page);
    await page.getByTestId('nav-training').click();
    await page.getByTestId('training-programmes-page').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
