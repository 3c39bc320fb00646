import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Staff's questions on an organization's page, on a 360 px phone (issue 19 "Activity corroboration"):
 * the demo's year of chat leaves some planned dates with no record and a silent group that day; the
 * organization's 群聊 section says how many (…次计划活动当天群里无人说话，请核实), and each date's 办了？补记
 * opens the 举办了 form of that date.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

describe('questions for staff in the organization’s 群聊 section', () => {
  it('lists the planned dates with a silent group, linked, within 360 px', async () => {
    const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
    let organizationIds: string[];
    try {
      const rows = await db
        .selectFrom('chat_groups')
        .select('organization_id')
        .where('organization_id', 'is not', null)
        .distinct()
        .execute();
      organizationIds = rows.flatMap((row) => (row.organization_id ? [row.organization_id] : []));
    } finally {
      await db.destroy();
    }
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(`${baseUrl()}/`);
    // the organization with questions, asked as the page asks (its default period, 近3个月)
    let found: { id: string; questions: number } | undefined;
    for (const id of organizationIds) {
      const questions = await page.evaluate(async (organizationId) => {
        const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
        const from = new Date(Date.parse(`${today}T00:00:00Z`) - 91 * 86_400_000).toISOString().slice(0, 10);
        const answer = await fetch(`/api/organizations/${organizationId}/chat-corroboration?from=${from}&to=${today}`);
        return ((await answer.json()) as { questions: number | null }).questions ?? 0;
      }, id);
      if (questions > 0) {
        found = { id, questions };
        break;
      }
    }
    expect(found, 'the demo has a planned date with a silent group').toBeDefined();
    await page.goto(`${baseUrl()}/organizations/${found!.id}`);
    const questions = page.getByTestId('organization-chat-questions');
    await questions.waitFor({ timeout: 90_000 });
    const record = questions.getByTestId('organization-chat-question-record');
    expect(await record.count()).toBe(found!.questions);
    expect(await questions.textContent()).toContain(`${found!.questions} 次计划活动当天群里无人说话，请核实`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await questions.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('chat-questions-staff-phone') });
    // 办了？补记 opens the 举办了 form of that date (not its sign-in code, which is for a date to come)
    const href = (await record.first().getAttribute('href')) ?? '';
    const on = new URLSearchParams(href.split('?')[1]).get('on');
    expect(href).toMatch(/^\/activities\/new\?organizationId=[0-9a-f-]+&planned=[0-9a-f-]+&on=\d{4}-\d{2}-\d{2}$/);
    await record.first().click();
    await page.getByTestId('activity-form-page').waitFor();
    await expect.poll(() => page.getByTestId('activity-date').inputValue()).toBe(on);
    await context.close();
  });
});
