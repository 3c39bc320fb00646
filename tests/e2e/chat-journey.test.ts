import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 19's Chromium journey. Staff on a desktop take the demo's 新桥爱心送餐队总群 (an agreement, no
 * messages): withdraw the demo's agreement through the confirmation (nothing to delete yet), record
 * the organization's agreement anew (the leader agreed, analysis only), upload the sample WeChatMsg
 * CSV and watch the progress reach done, match the two senders who carry the leader's and a member's
 * names from the suggestions, and see the network; then the 夕阳红舞蹈队 总群, where two members drift
 * to the margin, shows a flagged member with its numbers. The team's leader opens their own group's
 * page on a 360 px phone and sees pseudonyms only.
 */
const sampleTeam = '新桥爱心送餐队';
// the sample's two senders named as demo people (packages/demo/src/chat-sample.ts): the team's leader and a member
const sampleNames = ['叶红梅', '赵慧敏'];
const sampleCsv = join(import.meta.dirname, '../../packages/demo/samples/chat-wechatmsg.csv');
/** The whole journey on a busy 2-core machine: an import, an analysis of a year of chat, two browsers. */
const budget = 300_000;
const step = { timeout: 60_000 };

let browser: Browser;
let sampleGroupId: string;
let leaderGroupId: string;

beforeAll(async () => {
  browser = await launchChromium();
  const leaderTeamId = await organizationOf('leader');
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const generalOf = (where: 'o.name' | 'o.id', value: string) =>
      db
        .selectFrom('chat_groups as g')
        .innerJoin('organizations as o', 'o.id', 'g.organization_id')
        .select('g.id')
        .where(where, '=', value)
        .where('g.layer', '=', 'general')
        .executeTakeFirstOrThrow();
    sampleGroupId = (await generalOf('o.name', sampleTeam)).id;
    leaderGroupId = (await generalOf('o.id', leaderTeamId)).id;
  } finally {
    await db.destroy();
  }
});
afterAll(() => browser?.close());

const shot = (page: Page, name: string) =>
  page.screenshot({ path: screenshotPath(`chat-journey-${name}`), fullPage: true });

describe('the chat trail, from agreement to a flagged member', () => {
  it('staff record the agreement, import, match two senders and read the networks', { timeout: budget }, async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    const group = `${baseUrl()}/chat-groups/${sampleGroupId}`;

    // 1. withdraw the demo's agreement: the confirmation says nothing will be deleted
    await page.goto(`${group}/agreement`);
    await page.getByTestId('chat-agreement-withdraw').click();
    const deletes = await page.getByTestId('chat-withdraw-deletes').textContent();
    expect(deletes).toContain('不会删除消息');
    await shot(page, '1-withdraw-confirmation');
    await page.getByTestId('chat-withdraw-confirm').click();
    await page.getByTestId('chat-withdrawn').waitFor(step);
    expect(await page.getByTestId('chat-agreement-in-force').textContent()).toContain('没有有效的同意');
    expect(await page.getByTestId('chat-agreement-history').textContent()).toContain('撤回');

    // 2. record it anew: the leader agreed, analysis only (the form's defaults, the leader picked)
    const person = page.getByTestId('chat-agreement-person');
    expect(await person.locator('option:checked').textContent()).toBe(sampleNames[0]);
    expect(await page.getByTestId('chat-agreement-scope-input').inputValue()).toBe('analysis');
    await shot(page, '2-record-agreement');
    await page.getByTestId('chat-agreement-save').click();
    // read in the in-force section: the history below still lists the withdrawn one, by the same person
    const inForce = page.getByTestId('chat-agreement-in-force');
    await expect
      .poll(() => inForce.getByTestId('chat-agreement-agreed-by').textContent(), step)
      .toContain(sampleNames[0]);
    expect(await inForce.getByTestId('chat-agreement-scope').textContent()).toBe('只分析，不保留文字');

    // 3. upload the WeChatMsg CSV and wait for the import to be done
    await page.goto(`${group}/imports`);
    await page.getByTestId('chat-import-file').setInputFiles({
      name: 'chat-wechatmsg.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(sampleCsv),
    });
    await page.getByRole('button', { name: '开始导入' }).click();
    const imported = page.getByTestId('chat-import').first();
    await imported.waitFor(step);
    await shot(page, '3-import-under-way');
    await expect.poll(() => imported.getAttribute('data-status'), { timeout: 120_000 }).toBe('done');
    await shot(page, '3-import-done');

    // 4. match the two senders from the suggestions, one tap each
    await page.goto(`${group}/senders`);
    await page.getByTestId('chat-senders').waitFor(step);
    for (const name of sampleNames) {
      const confirm = page.getByTestId('chat-sender-confirm').filter({ hasText: name }).first();
      await confirm.waitFor(step);
      await confirm.click();
      await expect.poll(() => page.getByTestId('chat-sender-person').allTextContents(), step).toContain(name);
    }
    await shot(page, '4-senders-matched');

    // 5. the group's page draws the network
    await page.goto(group);
    await page.getByTestId('chat-members').waitFor(step);
    await expect.poll(() => page.getByTestId('chat-network').getAttribute('data-rendered'), step).toBe('true');
    await shot(page, '5-group-network');

    // 6. 夕阳红舞蹈队's 总群: over its year, a member flagged as drifting to the margin, with the numbers
    await page.goto(`${baseUrl()}/chat-groups/${leaderGroupId}`);
    await page.getByTestId('chat-members').waitFor(step);
    await page.getByTestId('chat-period').getByRole('button', { name: '近一年' }).click();
    const flagged = page.locator('[data-testid="chat-member"][data-flagged="true"]').first();
    await flagged.waitFor(step);
    await flagged.locator('summary').click();
    expect(await flagged.locator('details').textContent()).toMatch(/\d\.\d\d/);
    await flagged.screenshot({ path: screenshotPath('chat-journey-6-flagged-row') });
    await shot(page, '6-flagged-member');
    await context.close();
  });

  it('the team’s leader sees their own group on a phone, pseudonyms only', { timeout: budget }, async () => {
    const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
    let names: string[];
    try {
      names = (
        await db
          .selectFrom('chat_senders')
          .select('display_name')
          .where('group_id', '=', leaderGroupId)
          .where('display_name', 'is not', null)
          .execute()
      ).map((row) => row.display_name as string);
    } finally {
      await db.destroy();
    }
    expect(names.length).toBeGreaterThan(0);
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    // from the team's home: 群聊 opens with one tap, and the group's name leads to its page
    await page.getByTestId('team-chat').locator('summary').click();
    const row = page.getByTestId('organization-chat-group').filter({
      has: page.locator(`a[href="/chat-groups/${leaderGroupId}"]`),
    });
    await row.waitFor(step);
    expect(await row.count()).toBe(1);
    // the period filter: 近一年 reads the figures for the last 365 days
    const section = page.getByTestId('organization-chat-section');
    expect(await section.getAttribute('data-period')).toBe(`${testDate(-91)}/${testDate()}`);
    await section.getByRole('button', { name: '近一年' }).click();
    await expect.poll(() => section.getAttribute('data-period'), step).toBe(`${testDate(-365)}/${testDate()}`);
    await row.waitFor(step);
    await page.getByTestId('team-chat').screenshot({ path: screenshotPath('chat-journey-7-leader-home-chat-phone') });
    // listed once on the page: 队伍资料 keeps the forms to record a group or a count, not a second list
    await page.getByTestId('team-records').locator('summary').click();
    await page.getByTestId('chat-groups').waitFor(step);
    expect(await page.getByTestId('chat-group-row').count()).toBe(0);
    await row.locator('a').click();
    await page.getByTestId('chat-members').waitFor(step);
    const text = (await page.getByTestId('chat-group-page').textContent()) ?? '';
    expect(text).toContain('成员 A');
    for (const name of names) expect(text).not.toContain(name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(page, '7-leader-phone');
    // the senders' page: pseudonyms, no export names, no matches named
    await page.goto(`${baseUrl()}/chat-groups/${leaderGroupId}/senders`);
    await page.getByTestId('chat-senders-pseudonyms').waitFor(step);
    const senders = (await page.getByTestId('chat-senders-page').textContent()) ?? '';
    for (const name of names) expect(senders).not.toContain(name);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(page, '8-leader-senders-phone');
    await context.close();
  });

  it('staff’s forms fit a 360 px phone', { timeout: budget }, async () => {
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    const pages = {
      edit: 'chat-group-form',
      agreement: 'chat-agreement-form',
      senders: 'chat-senders',
    } as const;
    for (const [path, testId] of Object.entries(pages)) {
      await page.goto(`${baseUrl()}/chat-groups/${leaderGroupId}/${path}`);
      await page.getByTestId(testId).waitFor(step);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await shot(page, `9-staff-phone-${path}`);
    }
    await context.close();
  });
});
