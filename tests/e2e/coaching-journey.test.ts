import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, openTeamFold, pageAs } from '../support/journey';

/**
 * Coaching (issue 9, the staff side): a social worker records a session on a phone right after it,
 * the workload screen answers "how many sessions, how many per organization, how long", and the
 * leader sees their cultivation plan and their staff-hours trend on their organization's page.
 */
let browser: Browser;
let organizationId: string;
let otherName: string;
const topic = `一对一：团队分工 ${Date.now().toString(36).slice(-4)}`;

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
      .select(['id', 'street_id'])
      .where('id', '=', leader.scope_id!)
      .executeTakeFirstOrThrow();
    organizationId = organization.id;
    // The session recorded below goes to another organization, so the leader's trend stays the demo's.
    const other = await db
      .selectFrom('organizations')
      .select('name')
      .where('street_id', '=', organization.street_id)
      .where('id', '<>', organization.id)
      .where('status', '=', 'active')
      .orderBy('name')
      .executeTakeFirstOrThrow();
    otherName = other.name;
  } finally {
    await db.destroy();
  }
});
afterAll(() => browser?.close());

describe('coaching sessions, plans and the workload view', () => {
  it('staff record a session on a phone in a few taps', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(`${baseUrl()}/coaching/sessions/new`);
    await page.getByTestId('coaching-session-form').waitFor();
    await page.getByTestId('coaching-kind-open_day').click();
    await page.getByTestId('coaching-duration-120').click();
    await page.getByTestId('coaching-organization-search').fill(otherName.slice(0, 3));
    await page.getByTestId('coaching-organization-result').filter({ hasText: otherName }).first().click();
    await expect.poll(() => page.getByTestId('coaching-picked-organization').count()).toBe(1);
    await page.getByTestId('coaching-topic').fill(topic);
    await page.screenshot({ path: screenshotPath('coaching-session-form-phone'), fullPage: true });
    await page.getByTestId('coaching-submit').click();
    await page.getByTestId('coaching-session-saved').waitFor();
    await context.close();
  });

  it('staff change a session’s topic from the list and see it changed', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/coaching/sessions`);
    const row = page.getByTestId('coaching-session-row').filter({ hasText: topic });
    await row.first().waitFor();
    await row.first().getByTestId('coaching-edit-session').click();
    await page.getByTestId('coaching-session-edit-page').waitFor();
    const field = page.getByTestId('coaching-topic');
    await expect.poll(() => field.inputValue()).toBe(topic);
    // The rest is prefilled: the organization picked, the two-hour preset chosen.
    await expect.poll(() => page.getByTestId('coaching-picked-organization').count()).toBe(1);
    const changed = `${topic}（已改）`;
    await field.fill(changed);
    await page.getByTestId('coaching-submit').click();
    await page.getByTestId('coaching-session-saved').waitFor();
    expect(await page.getByTestId('coaching-session-saved-summary').textContent()).toContain(changed);
    await page.getByTestId('coaching-back-to-list').click();
    await expect.poll(() => page.getByTestId('coaching-session-topic').filter({ hasText: changed }).count()).toBe(1);
    await context.close();
  });

  it('the workload screen answers the seed’s question for the last ten weeks', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/coaching/workload`);
    await page.getByTestId('coaching-workload-page').waitFor();
    // The demo street is as of 2026-06-30 (the test template's today): its last ten weeks.
    await page.getByTestId('coaching-workload-from').fill('2026-04-22');
    await page.getByTestId('coaching-workload-to').fill('2026-06-30');
    await expect
      .poll(async () => (await page.getByTestId('coaching-workload-summary').textContent()) ?? '')
      .toContain('2026');
    await expect
      .poll(async () => (await page.getByTestId('coaching-workload-summary').textContent()) ?? '')
      .toMatch(/共 1[89]\d 次辅导/);
    const summary = (await page.getByTestId('coaching-workload-summary').textContent()) ?? '';
    const sessions = Number(summary.match(/共 (\d+) 次辅导/)?.[1]);
    expect(sessions).toBeGreaterThanOrEqual(180);
    expect(sessions).toBeLessThanOrEqual(200);
    await expect.poll(() => page.getByTestId('coaching-workload-chart').getAttribute('data-rendered')).toBe('true');
    expect(await page.getByTestId('coaching-by-organization').locator('tbody tr').count()).toBeGreaterThan(40);
    // The team's follow-up list sits on the same screen: on the demo's 2026-06-30 (the test clock's
    // today, support/clock.ts) four of the street's plans are past their next step, most overdue first.
    await page.getByTestId('coaching-overdue-plans').waitFor();
    const overdue = page.getByTestId('coaching-overdue-row');
    await expect
      .poll(() => overdue.locator('th a').allTextContents())
      .toEqual(['春和为老服务协会', '长乐党员志愿服务队', '东井老年合唱团', '南湖广场舞队']);
    expect(await overdue.getByTestId('coaching-overdue-days').allTextContents()).toEqual([
      '18 天',
      '14 天',
      '10 天',
      '5 天',
    ]);
    await page.screenshot({ path: screenshotPath('coaching-workload'), fullPage: true });
    await page.getByTestId('coaching-preset-month').click();
    await expect
      .poll(async () => (await page.getByTestId('coaching-workload-summary').textContent()) ?? '')
      .not.toBe(summary);
    await context.close();
  });

  it('an admin over two streets narrows the workload and the follow-up list to one street', async () => {
    const { context, page } = await pageAs(browser, 'admin', 'desktop');
    await page.goto(`${baseUrl()}/coaching/workload`);
    await page.getByTestId('coaching-workload-from').fill('2026-01-01');
    await page.getByTestId('coaching-workload-to').fill('2026-06-30');
    const organizations = page.getByTestId('coaching-by-organization').locator('tbody tr');
    await expect.poll(() => organizations.count()).toBeGreaterThan(40);
    const everywhere = await organizations.count();
    const overdueStreets = page.getByTestId('coaching-overdue-row').locator('th .muted');
    // The demo's overdue next steps are all in 春和街道; 秋实街道 has none.
    await expect.poll(async () => [...new Set(await overdueStreets.allTextContents())]).toEqual(['春和街道']);
    await page.getByTestId('coaching-workload-street').selectOption({ label: '秋实街道' });
    await expect.poll(() => organizations.count()).toBeLessThan(everywhere);
    await page.getByTestId('coaching-overdue-empty').waitFor();
    await page.screenshot({ path: screenshotPath('coaching-workload-one-street'), fullPage: true });
    await context.close();
  });

  it('the leader sees the plan, its history and the staff-hours trend', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await openTeamFold(page, 'growth-record');
    await page.getByTestId('organization-coaching').waitFor();
    await page.getByTestId('coaching-plan-goal').waitFor();
    // The server runs on the demo's today (support/clock.ts): over the twelve months to June 2026 the
    // demo leader's team needs staff less and less (540 minutes a month a year ago, 90–180 now).
    expect(await page.getByTestId('coaching-trend').getAttribute('data-trend')).toBe('decreasing');
    expect(await page.getByTestId('coaching-trend').textContent()).toBe('所需陪伴在减少：团队越来越能自己走');
    await expect.poll(() => page.getByTestId('coaching-staff-hours-chart').getAttribute('data-rendered')).toBe('true');
    await expect.poll(() => page.getByTestId('coaching-recent-session').count()).toBeGreaterThan(0);
    await page.getByTestId('organization-coaching').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('coaching-leader-phone'), fullPage: true });
    await context.close();
  });
});
