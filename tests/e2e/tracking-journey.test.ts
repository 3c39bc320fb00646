import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopContext, launchChromium, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, logIn, organizationOf, pageAs } from '../support/journey';
import { jpegFile, recordUploadedPhotos } from '../support/photos';

/**
 * Issue 9's staff side: the leader records an activity; a staff member, on the activity's page,
 * writes a tracking log of the same activity; there is ONE activity with both sides — the leader's
 * record and the staff's observation — and the leader sees that staff observed it, not the notes.
 */
let browser: Browser;
let organizationId: string;
const suffix = Date.now().toString(36).slice(-4);
const title = `广场舞展演${suffix}`;

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
});
afterAll(() => browser?.close());

/** The leader records the activity through the API, with the session and CSRF token of the browser. */
async function recordAsLeader(page: Page): Promise<string> {
  const me = await page.request.get(`${baseUrl()}/api/auth/me`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  // Two days ago on the test clock (no demo activity starts before 09:00, so 07:00 is free).
  const day = testDate(-2);
  const answer = await page.request.post(`${baseUrl()}/api/activities`, {
    headers: { 'x-csrf-token': csrfToken, 'idempotency-key': `tracking-journey-${suffix}` },
    data: {
      organizationIds: [organizationId],
      title,
      content: '为小区居民表演三支舞，并教大家一支新舞。',
      startsAt: `${day}T07:00:00+08:00`,
      endsAt: `${day}T08:30:00+08:00`,
      place: { kind: 'text', text: '小区中心广场' },
      openness: 'open_to_all',
      organizerCount: 4,
      servedCount: 30,
      reflection: '第一次在早上演出，来的人比想象的多。',
    },
  });
  expect(answer.status()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

describe('one activity, two sides', () => {
  let activityId = '';

  it('staff log a tracking visit on the activity the leader recorded and see one activity with both sides', async () => {
    const { context: leaderContext, page: leaderPage } = await pageAs(browser, 'leader', 'phone');
    activityId = await recordAsLeader(leaderPage);
    await leaderContext.close();

    const context = await desktopContext(browser);
    const page = await context.newPage();
    const uploaded = await recordUploadedPhotos(page);
    await logIn(page, 'staff');
    await page.goto(`${baseUrl()}/activities/${activityId}`);
    await page.getByTestId('activity-staff-side').waitFor();
    await expect.poll(() => page.getByTestId('tracking-logs-empty').count()).toBe(1);
    await page.getByTestId('tracking-write').click();
    const form = page.getByTestId('tracking-log-form');
    await form.waitFor();
    // The form starts from the activity: organization, day, span, place and title are filled in.
    expect(await page.getByTestId('tracking-form-observed').inputValue()).toBe(title);
    await page
      .getByTestId('tracking-form-process')
      .fill('队员提前半小时到场布置，李队长带大家热身，居民围观并跟着学。');
    await page.getByTestId('tracking-form-feelings').fill('分工比上次清楚，队长不再事事亲力亲为。');
    await page.getByTestId('tracking-form-ideas').fill('下次请副队长负责签到。');
    await page
      .getByTestId('tracking-form-photos')
      .setInputFiles(await jpegFile('staff-visit.jpg', 60, { width: 4000, height: 3000 }));
    await page.getByTestId('tracking-form-save').click();
    try {
      await expect.poll(() => page.getByTestId('tracking-log').count()).toBe(1);
    } catch (error) {
      await page.screenshot({ path: screenshotPath('failed-tracking-log'), fullPage: true });
      throw error;
    }
    // Both sides on one page: the leader's record (title, reflection) and the staff's log.
    await expect.poll(() => page.getByTestId('activity-title').textContent()).toBe(title);
    expect(await page.getByTestId('tracking-log').textContent()).toContain('下次请副队长负责签到。');
    // The staff's photo, shrunk on the way, sits with the log and in the activity's photos.
    await expect.poll(() => uploaded()).toEqual([{ width: 2048, height: 1536 }]);
    await expect.poll(() => page.getByTestId('tracking-log').textContent()).toMatch(/1 张照片|1 photo/);
    await expect.poll(() => page.locator('[data-testid="activity-photos"] img').count()).toBe(1);
    expect(await page.getByTestId('activity-page').textContent()).toContain('第一次在早上演出');
    await page.getByTestId('tracking-logs').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('staff-activity-tracking-log'), fullPage: true });

    // Still one activity that day for the organization.
    // Two days ago on the test clock (no demo activity starts before 09:00, so 07:00 is free).
    const day = testDate(-2);
    const list = await page.request.get(
      `${baseUrl()}/api/activities?organizationId=${organizationId}&from=${day}&to=${day}`,
    );
    const titles = ((await list.json()) as { items: { title: string }[] }).items.map((a) => a.title);
    expect(titles.filter((t) => t === title)).toHaveLength(1);
    await context.close();
  });

  it('the leader, on a phone, sees that staff observed it — not the staff’s notes', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}/activities/${activityId}`);
    await page.getByTestId('activity-staff-side').waitFor();
    await expect.poll(() => page.getByTestId('tracking-log').count()).toBe(1);
    const line = (await page.getByTestId('tracking-log').textContent()) ?? '';
    expect(line).toContain('现场观察');
    expect(line).not.toContain('副队长');
    expect(await page.getByTestId('tracking-write').count()).toBe(0);
    await page.getByTestId('activity-staff-side').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('leader-activity-staff-observed-phone'), fullPage: true });
    await context.close();
  });

  it('staff merge the demo’s suspected duplicate of the leader’s team, keeping the team’s record', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/activities/duplicates`);
    await page.getByTestId('duplicates-page').waitFor();
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: '社工补录' }).first();
    await pair.waitFor();
    await page.screenshot({ path: screenshotPath('staff-duplicates'), fullPage: true });
    // The team's own record is chosen to keep, over the one staff entered for it.
    const kept = pair.locator('.tracking-pair__side--kept');
    expect(await kept.locator('h3').textContent()).not.toContain('社工补录');
    expect(await pair.textContent()).toContain('工作人员代为记录');
    const before = await page.getByTestId('duplicate-pair').count();
    await pair.getByTestId('duplicate-merge').click();
    await page.getByTestId('duplicates-done').waitFor();
    await expect.poll(() => page.getByTestId('duplicate-pair').count()).toBe(before - 1);
    await context.close();
  });

  it('staff log a visit without picking an activity and land on the leader’s record', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(`${baseUrl()}/tracking/new?organizationId=${organizationId}`);
    await page.getByTestId('tracking-visit-form').waitFor();
    await page.getByTestId('tracking-form-date').fill(testDate(-2));
    await page.getByTestId('tracking-form-from').fill('07:30');
    await page.getByTestId('tracking-form-to').fill('08:00');
    await page.getByTestId('tracking-form-observed').fill('广场舞展演（第二位社工）');
    await page.getByTestId('tracking-form-save').click();
    const result = page.getByTestId('tracking-visit-result');
    await result.waitFor();
    expect(await result.getAttribute('data-attached-to')).toBe('existing');
    await page.screenshot({ path: screenshotPath('staff-tracking-visit-phone'), fullPage: true });
    await page.getByTestId('tracking-visit-open').click();
    await page.waitForURL(`**/activities/${activityId}`);
    await expect.poll(() => page.getByTestId('tracking-log').count()).toBe(2);
    await page.goto(`${baseUrl()}/tracking`);
    await page.getByTestId('tracking-filter-mine').check();
    await expect.poll(() => page.getByTestId('tracking-list-row').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: screenshotPath('staff-tracking-list-phone'), fullPage: true });
    await context.close();
  });
});
