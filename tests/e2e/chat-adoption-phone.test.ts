import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { insertLeaderTeamChatGroup } from '../support/chat-e2e';
import { testDate } from '../support/clock';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Staff confirm the adoption step the trail suggests, on a 360 px phone (issue 19): the chat fixture's
 * group with no step recorded and nobody matched to the leader suggests step 3 (the group exists), says
 * the leader is not matched yet, and 确认 records the step with who confirmed it.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('the suggested adoption step on staff’s phone', () => {
  it('shows the suggestion and its evidence, and confirming records who confirmed it', async () => {
    const groupId = await insertLeaderTeamChatGroup('确认阶段的群', testDate(-14));
    const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
    try {
      await db.updateTable('chat_groups').set({ adoption_step: null }).where('id', '=', groupId).execute();
    } finally {
      await db.destroy();
    }
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(`${baseUrl()}/chat-groups/${groupId}`);
    const panel = page.getByTestId('chat-adoption');
    await panel.getByTestId('chat-adoption-suggestion').waitFor();
    expect(await panel.getByTestId('chat-adoption-confirmed').textContent()).toContain('还没有确认');
    expect(await panel.getByTestId('chat-adoption-suggestion').textContent()).toBe('建议：第 3 步：建立微信群');
    const evidence = await panel.getByTestId('chat-adoption-evidence').textContent();
    expect(evidence).toContain('共有 4 条消息');
    expect(evidence).toContain('还没有哪位发言人对应到组织的负责人');
    const confirm = panel.getByTestId('chat-adoption-confirm');
    expect((await confirm.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('chat-adoption-staff-phone'), fullPage: true });
    await confirm.click();
    await expect
      .poll(() => panel.getByTestId('chat-adoption-confirmed').textContent())
      .toContain('已确认：第 3 步：建立微信群');
    expect(await panel.getByText('和已确认的一样').count()).toBe(1);
    expect(await panel.getByTestId('chat-adoption-confirm').count()).toBe(0);
    await context.close();
  });
});
