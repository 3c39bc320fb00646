import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { insertLeaderTeamChatGroup } from '../support/chat-e2e';
import { testDate } from '../support/clock';
import { baseUrl, pageAs } from '../support/journey';

/**
 * A leader opens their own team's group page on a 360 px phone (issue 19): the page fits, the members
 * are 成员 A, B… (the leader may not read residents' names), and the network picture is drawn.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('a group’s page on the leader’s phone', () => {
  it('fits 360 px and shows pseudonyms and the network', async () => {
    const groupId = await insertLeaderTeamChatGroup('手机上看的群', testDate(-14));
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}/chat-groups/${groupId}`);
    await page.getByTestId('chat-members').waitFor();
    expect(await page.getByTestId('chat-group-name').textContent()).toBe('手机上看的群');
    const members = await page.getByTestId('chat-members').textContent();
    expect(members).toContain('成员 A');
    expect(members).not.toContain('王秀英');
    // the four messages are in the default period (近3个月): A sent two
    expect(await page.getByTestId('chat-group-page').textContent()).not.toContain('这段时间没有消息');
    await expect.poll(() => page.getByTestId('chat-network').getAttribute('data-rendered')).toBe('true');
    // the weekly voices stay a three-column table, one short row a week (not a card a week)
    const voices = page.getByTestId('chat-voices');
    const rows = await page.getByTestId('chat-voices-row').count();
    expect(rows).toBeGreaterThan(10);
    expect((await voices.boundingBox())!.height).toBeLessThan(rows * 60);
    // no adoption suggestion for the leader (chat.manage is staff's)
    expect(await page.getByTestId('chat-adoption').count()).toBe(0);
    // no kept text for the leader, who reads pseudonyms
    expect(await page.getByTestId('chat-kept-text').count()).toBe(0);
    // the network settings re-run the analysis: a 30-minute gap
    const settings = page.getByTestId('chat-network-settings');
    await settings.locator('summary').click();
    await settings.locator('input[name="gap"]').fill('30');
    await settings.getByRole('button', { name: '重新计算' }).click();
    await expect.poll(() => page.getByTestId('chat-network-current').textContent()).toContain('30 分钟');
    await page.getByTestId('chat-members').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('chat-group-leader-phone'), fullPage: true });
    await context.close();
  });
});
