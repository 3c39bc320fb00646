import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Issue 18 on a 360 px phone: the leader of 夕阳红舞蹈队 makes a 共识会 with its agenda, adds a member
 * as attendee, a follow-up owned by them, writes the minutes (kept on the phone while the network is
 * gone, saved when it is back) and shares the public summary — which counts the attendee and names
 * nobody.
 */
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function openFold(page: import('playwright-core').Page, testId: string) {
  const fold = page.getByTestId(`${testId}-details`);
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
  await page.getByTestId(testId).waitFor();
}

describe('a meeting’s record on a phone', () => {
  it('lets the leader make a meeting, keep its record and share a summary that names nobody', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}/meetings`);
    await page.getByTestId('meeting-new').click();
    await page.getByTestId('meeting-form').waitFor();
    await expect.poll(() => page.getByTestId('meeting-type').locator('option').count()).toBeGreaterThan(8);
    await page.getByTestId('meeting-type').selectOption({ label: '共识会' });
    await page.getByTestId('meeting-title').fill('共识会：给新队伍起名字');
    await page.getByTestId('meeting-place').fill('社区活动室');
    await page.getByTestId('meeting-agenda-item').first().fill('定第一件事');
    await page.getByTestId('meeting-agenda-add').click();
    await page.getByTestId('meeting-agenda-item').nth(1).fill('起名字');
    // The second item goes first: reordering without dragging.
    await page.getByTestId('meeting-agenda').getByRole('button', { name: '上移' }).nth(1).click();
    await page.screenshot({ path: screenshotPath('meeting-new-phone'), fullPage: true });
    await page.getByTestId('meeting-save').click();
    await page.getByTestId('meeting-page').waitFor();
    const body = page.getByTestId('meeting-page');
    await expect.poll(() => body.textContent()).toContain('1. 起名字');
    expect(await body.textContent()).toContain('2. 定第一件事');

    await openFold(page, 'meeting-attendee-form');
    // The team has more members than a select holds: the picker is a search box with the matches under it.
    const match = page.getByTestId('meeting-attendee-person-option').first();
    await match.waitFor();
    const name = (await match.textContent()) ?? '';
    await match.click();
    await page.getByTestId('meeting-attendee-person-chosen').waitFor();
    await page.getByTestId('meeting-attendee-form-submit').click();
    await expect.poll(() => body.textContent()).toContain('参会人（1 人）');

    await openFold(page, 'meeting-follow-up-form');
    await page.getByTestId('meeting-follow-up-what').fill('去居委会借活动室');
    await page.getByTestId('meeting-follow-up-owner').selectOption({ label: name });
    await page.getByTestId('meeting-follow-up-due').fill('2026-12-20');
    await page.getByTestId('meeting-follow-up-form-submit').click();
    await page.getByTestId('meeting-follow-up').waitFor();
    expect(await page.getByTestId('meeting-follow-up').textContent()).toContain(`负责人：${name}`);
    await page.getByTestId('meeting-follow-up-done').click();
    await expect.poll(() => page.getByTestId('meeting-follow-up').textContent()).toContain('已完成');

    // The network drops while the minutes are saved: the words stay on the phone and come back.
    await page.getByTestId('meeting-minutes').fill('大家商量后定名“邻里帮”。');
    await page.route('**/api/meetings/*', (route) =>
      route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.getByTestId('meeting-minutes-save').click();
    await page.getByTestId('meeting-minutes-kept').waitFor();
    await page.unroute('**/api/meetings/*');
    await page.reload();
    await page.getByTestId('meeting-minutes-draft').waitFor();
    expect(await page.getByTestId('meeting-minutes').inputValue()).toBe('大家商量后定名“邻里帮”。');
    await page.getByTestId('meeting-minutes-save').click();
    await page.getByTestId('meeting-minutes-saved').getByText('会议记录已保存。').waitFor();

    await page.getByTestId('meeting-share-button').click();
    const link = page.getByTestId('meeting-share-link');
    await link.waitFor();
    await page.screenshot({ path: screenshotPath('meeting-record-phone'), fullPage: true });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/m\/[A-Z2-9]{10}/);

    // Minutes name residents: a draft left unsaved is forgotten when the account signs out, so the
    // next person to use this phone's browser can't read it.
    await page.getByTestId('meeting-minutes').fill(`补记：${name}说下周带孩子来。`);
    const personalDrafts = () =>
      page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('seedbed.personal-draft.')));
    expect(await personalDrafts()).toHaveLength(1);
    await page.getByTestId('app-menu').click(); // 退出 sits in the header's menu on a phone
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    expect(await personalDrafts()).toEqual([]);
    await context.close();

    // A resident opens the link without an account and without JavaScript.
    const resident = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const summary = await resident.newPage();
    await summary.goto(href);
    const text = (await summary.getByTestId('meeting-summary-page').textContent()) ?? '';
    expect(text).toContain('共识会：给新队伍起名字');
    expect(text).toContain('参会 1 人');
    expect(text).toContain('去居委会借活动室');
    expect(text).not.toContain(name.replace(/（.*$/, ''));
    expect(await summary.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await summary.screenshot({ path: screenshotPath('meeting-summary-public-phone'), fullPage: true });
    await resident.close();
  });
});
