import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { logIn, openHeaderMenu, pageAs } from '../support/journey';

/**
 * Officials and staff who open Seedbed from WeChat on a phone (issue 16): a one-row header with a
 * menu, registers as cards with a count, a search and pages, a type-ahead for 81 organizations,
 * and a volunteer certificate as an image to long-press and save.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

/** The number in "共 12 个". */
async function totalOf(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  return Number(/共 (\d+)/.exec(text)?.[1]);
}

describe('an official on a phone', () => {
  it('opens the organization list from the menu, searches, turns a page and opens one', async () => {
    const { context, page } = await pageAs(browser, 'official', 'phone');
    await page.getByTestId('community-page').waitFor();
    // One row: the name, the language (named by what it shows) and 菜单.
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    await page.getByRole('button', { name: /English/ }).waitFor();
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('official-header-phone') });

    await openHeaderMenu(page);
    await page.screenshot({ path: screenshotPath('official-menu-phone') });
    await page.getByTestId('nav-organizations').click();
    await page.getByTestId('organization-list-page').waitFor();
    await page.getByTestId('organization-list-total').waitFor();
    const total = await totalOf(page, 'organization-list-total');
    // 槐荫社区 has more organizations at home or serving it than a phone's page of ten.
    expect(total).toBeGreaterThan(10);
    const rows = page.getByTestId('organization-row');
    await expect.poll(() => rows.count()).toBe(10);
    // Each organization is a card: a block, its values labelled, nothing cut at the right.
    expect(await rows.first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await rows.first().locator('td[data-label]').count()).toBeGreaterThanOrEqual(4);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('official-organization-list-phone') });

    const firstName = (await rows.first().locator('th a').textContent()) ?? '';
    const part = firstName.slice(0, 2);
    await page.getByTestId('organization-list-search').fill(part);
    await expect.poll(() => totalOf(page, 'organization-list-total')).toBeLessThan(total);
    await expect
      .poll(async () => (await rows.locator('th a').allTextContents()).every((n) => n.includes(part)))
      .toBe(true);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('official-organization-search-phone') });

    await page.getByTestId('organization-list-search').fill('');
    await expect.poll(() => totalOf(page, 'organization-list-total')).toBe(total);
    await page.getByTestId('organization-list-next').click();
    await expect
      .poll(() => page.getByTestId('organization-list-range').textContent())
      .toBe(`第 11–${Math.min(20, total)} 个`);
    await expect.poll(() => rows.count()).toBe(Math.min(10, total - 10));
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('official-organization-list-page-2-phone') });

    const chosen = (await rows.first().locator('th a').textContent()) ?? '';
    await rows.first().locator('th a').click();
    await page.getByTestId('organization-page').waitFor();
    expect(await page.locator('h1').first().textContent()).toContain(chosen);
    await fitsThePhone(page);
    await context.close();
  });
});

describe('the phone’s 菜单 while the page moves on', () => {
  it('stays open when the home page sends the official on to their community after the tap', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    // The home page's chunk is held until 菜单 is tapped: its redirect to the community then comes
    // after the tap, as it does on a slow phone (the menu used to fold under the finger).
    let release = () => {};
    const tapped = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/street-list-page-*.js', async (route) => {
      await tapped;
      await route.continue();
    });
    await logIn(page, 'official');
    await page.getByTestId('app-menu').click();
    await expect.poll(() => page.getByTestId('app-menu').getAttribute('aria-expanded')).toBe('true');
    release();
    await page.getByTestId('community-page').waitFor();
    expect(await page.getByTestId('app-menu-items').isVisible()).toBe(true);
    // A link in it still folds it, on the page it opens.
    await page.getByTestId('nav-organizations').click();
    await page.getByTestId('organization-list-page').waitFor();
    expect(await page.getByTestId('app-menu').getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });
});

describe('staff on a phone', () => {
  it('find one of 81 organizations by typing, and read the people register as cards', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(new URL('/tracking', page.url()).href);
    // A native select while the choices load, a search box once there are more than a dozen.
    const picker = page.locator('input[data-testid="tracking-filter-organization"]');
    await picker.fill('合唱');
    const options = page.getByTestId('tracking-filter-organization-option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    expect((await options.allTextContents()).every((name) => name.includes('合唱'))).toBe(true);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('staff-organization-type-ahead-phone') });
    const name = (await options.first().textContent()) ?? '';
    await options.first().click();
    await expect.poll(() => page.getByTestId('tracking-filter-organization-chosen').textContent()).toBe(name);

    await page.goto(new URL('/people', page.url()).href);
    await page.getByTestId('people-total').waitFor();
    expect(await totalOf(page, 'people-total')).toBeGreaterThan(10);
    await expect.poll(() => page.getByTestId('person-row').count()).toBe(10);
    await page.getByTestId('people-next').waitFor();
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('staff-people-cards-phone') });
    await context.close();
  });
});

describe('a member on a phone', () => {
  it('sees the volunteer certificate as a picture to long-press and save', async () => {
    const { context, page } = await pageAs(browser, 'member', 'phone');
    await page.goto(new URL('/me/volunteer-hours', page.url()).href);
    const image = page.getByTestId('certificate-image').first();
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1080);
    expect(await page.getByTestId('certificate-image-hint').first().textContent()).toBe('长按图片保存');
    // Shown within the screen's width, however wide the picture is.
    expect((await image.boundingBox())?.width).toBeLessThanOrEqual(360);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('member-certificate-image-phone') });
    await context.close();
  });
});
