import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, logIn, pageAs } from '../support/journey';
import { jpegFile, recordUploadedPhotos } from '../support/photos';

/**
 * Issue 9's journey on a 360 px phone: a leader records an activity with three photos while the
 * network is cut; it waits on the phone and is sent once the network returns — exactly one record.
 * A resident signs in from the activity's link; a planned repeating activity becomes a record in one tap.
 */
let browser: Browser;
let organizationId = '';
const suffix = Date.now().toString(36).slice(-4);
const title = `广场舞排练${suffix}`;
let activityUrl = '';

function db() {
  return openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
}

beforeAll(async () => {
  browser = await launchChromium();
  const database = db();
  try {
    const leader = await database
      .selectFrom('users')
      .select('scope_id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    organizationId = leader.scope_id!;
  } finally {
    await database.destroy();
  }
});
afterAll(() => browser?.close());

describe('a leader records an activity from a phone without a network', () => {
  it('keeps it pending offline, sends it once online, and makes exactly one record with three photos', async () => {
    // The first is as a phone camera takes it: the form shrinks it to 2048 px before it is kept.
    const photos = [
      await jpegFile('a.jpg', 10, { width: 4000, height: 3000 }),
      await jpegFile('b.jpg', 90),
      await jpegFile('c.jpg', 170),
    ];
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const uploaded = await recordUploadedPhotos(page);
    await logIn(page, 'leader');
    await page.getByTestId('organization-page').waitFor();
    await page.getByTestId('record-activity').click();
    await page.getByTestId('activity-form-page').waitFor();
    await page.getByTestId('local-status').waitFor();
    // 计划内: a tap on the team's approved plan (the demo's 楼道微花园), kept on the phone for the basement.
    await page.getByTestId('section-reflection').locator('summary').click();
    await page.getByTestId('activity-in-plan').getByText('计划内', { exact: true }).click();
    const planItem = page.getByTestId('activity-plan-item').locator('label').first();
    const planItemTitle = (await planItem.locator('strong').textContent()) ?? '';
    await planItem.click();

    await context.setOffline(true);
    await page.getByTestId('activity-title').fill(title);
    await page.getByTestId('section-people').locator('summary').click();
    await page.getByTestId('served-count').fill('12');
    await page.getByTestId('section-media').locator('summary').click();
    await page.getByTestId('photo-input').setInputFiles(photos);
    await expect.poll(() => page.locator('[data-testid="photo-previews"] img').count()).toBe(3);
    await page.getByTestId('activity-submit').click();
    await expect.poll(() => page.getByTestId('local-status').getAttribute('data-state')).toBe('pending');
    await page.screenshot({ path: screenshotPath('leader-activity-pending-phone'), fullPage: true });

    await context.setOffline(false);
    await page.getByTestId('activity-page').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('local-status').getAttribute('data-state')).toBe('sent');
    await expect.poll(() => page.locator('[data-testid="activity-photos"] img').count()).toBe(3);
    await expect
      .poll(() => page.getByTestId('activity-in-plan-fact').textContent())
      .toContain(`计划内 · ${planItemTitle} · `);
    await expect.poll(async () => (await uploaded()).length).toBeGreaterThanOrEqual(3);
    expect(await uploaded()).toContainEqual({ width: 2048, height: 1536 });
    expect((await uploaded()).every((size) => Math.max(size.width, size.height) <= 2048)).toBe(true);
    await page.screenshot({ path: screenshotPath('leader-activity-sent-phone'), fullPage: true });
    activityUrl = page.url();

    const database = db();
    try {
      const rows = await database.selectFrom('activities').select('id').where('title', '=', title).execute();
      expect(rows).toHaveLength(1);
      const media = await database
        .selectFrom('activity_media')
        .select('id')
        .where('activity_id', '=', rows[0]!.id)
        .where('kind', '=', 'photo')
        .execute();
      expect(media).toHaveLength(3);
    } finally {
      await database.destroy();
    }
    await context.close();
  });

  it('a resident signs in from the activity’s link and the staff see the name', async () => {
    expect(activityUrl).not.toBe('');
    const { context: staffContext, page: staff } = await pageAs(browser, 'staff', 'desktop');
    await staff.getByTestId('current-user').waitFor();
    await staff.goto(activityUrl);
    const link = await staff.getByTestId('sign-in-link').getAttribute('href');
    expect(link).toMatch(/^\/s\//);

    const residentContext = await phoneContext(browser);
    const resident = await residentContext.newPage();
    await resident.goto(`${baseUrl()}${link}`);
    await resident.getByTestId('sign-in-name').fill('赵大妈');
    // The notice a resident reads before agreeing — what is kept, why, how long, who sees it — is on the page.
    expect(await resident.getByTestId('sign-in-notice').textContent()).toContain('谁能看到');
    await resident.getByTestId('sign-in-consent').check();
    await resident.screenshot({ path: screenshotPath('resident-sign-in-consent-phone'), fullPage: true });
    await resident.getByTestId('sign-in-submit').click();
    await resident.getByTestId('sign-in-done').waitFor();
    expect(await resident.getByTestId('sign-in-done-name').textContent()).toBe('赵大妈');
    await resident.screenshot({ path: screenshotPath('resident-sign-in-phone'), fullPage: true });
    await residentContext.close();

    await staff.reload();
    await expect.poll(() => staff.getByTestId('sign-in-list').textContent()).toContain('赵大妈');
    await staff.screenshot({ path: screenshotPath('staff-activity-page'), fullPage: true });
    await staffContext.close();
  });

  it('a planned weekly activity becomes a record from the form 举办了 opens', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.getByTestId('organization-page').waitFor();
    await page.goto(`${baseUrl()}/activities/plan?organizationId=${organizationId}`);
    const planTitle = `每周太极${suffix}`;
    const start = testDate(-14);
    await page.getByTestId('plan-title').fill(planTitle);
    await page.getByTestId('plan-starts-on').fill(start);
    await page.locator('[data-testid="plan-repeat"] input[value="weekly"]').check();
    await page.screenshot({ path: screenshotPath('leader-plan-phone'), fullPage: true });
    await page.getByTestId('plan-submit').click();
    await page.getByTestId('organization-page').waitFor();
    const held = page.locator(`[data-testid="planned-occurrence"][data-date="${start}"] [data-testid="planned-held"]`);
    await held.click();
    await page.getByTestId('activity-form-page').waitFor();
    expect(await page.getByTestId('activity-date').inputValue()).toBe(start);
    await page.getByTestId('activity-submit').click();
    await page.getByTestId('activity-page').waitFor();
    await expect.poll(() => page.getByTestId('activity-title').textContent()).toBe(planTitle);
    await context.close();

    // The residents' committee sees the coming dates on its community page before they happen.
    const { context: committee, page: official } = await pageAs(browser, 'official', 'desktop');
    await official.getByTestId('community-planned').waitFor();
    const coming = official.getByTestId('community-planned-occurrence').filter({ hasText: planTitle });
    await expect.poll(() => coming.count()).toBeGreaterThanOrEqual(4);
    await official.getByTestId('community-planned').scrollIntoViewIfNeeded();
    await official.screenshot({ path: screenshotPath('committee-planned-activities') });
    await committee.close();
  });
});

describe('a record half typed on the phone', () => {
  it('comes back when the leader opens the form again, instead of an empty one', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'leader');
    await page.getByTestId('record-activity').click();
    // The form is on screen before the phone's storage answers (use-local-draft.ts); typing waits for nothing.
    const halfTyped = `半截草稿${suffix}`;
    await page.getByTestId('activity-title').fill(halfTyped);
    await page.goBack();
    await page.getByTestId('record-activity').click();
    await expect.poll(() => page.getByTestId('activity-title').inputValue()).toBe(halfTyped);
    // Thrown away, the next form starts empty.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('activity-discard').click();
    await expect.poll(() => page.getByTestId('activity-title').inputValue()).toBe('');
    // And it stays thrown away: opened again, the form does not bring it back.
    await page.goBack();
    await page.getByTestId('record-activity').click();
    await page.getByTestId('local-status').waitFor();
    await expect.poll(() => page.getByTestId('activity-title').inputValue()).toBe('');
    await context.close();
  });
});
