import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate, testNow } from '../support/clock';
import { baseUrl, logIn, openTeamFold, organizationOf, pageAs } from '../support/journey';
import { jpegFile } from '../support/photos';

/**
 * Issue 16 on the leader's 360 px phone in WeChat: the home puts 举办了 and 记录活动 first and
 * folds the register; a usual weekly activity — title, the same members as last time, three
 * photos, submit — is recorded in at most six taps; a member's leaving and a role change are
 * confirmed, then undone.
 */
let browser: Browser;
let organizationId = '';
const suffix = Date.now().toString(36).slice(-4);

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
});
afterAll(() => browser?.close());

/** Counts the taps of the page (pointer presses the test makes), from before its first script. */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const counter = { taps: 0 };
    (window as unknown as { tapCounter: typeof counter }).tapCounter = counter;
    addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted) counter.taps += 1;
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { tapCounter: { taps: number } }).tapCounter.taps);
}

/**
 * "The same members as last time", read from the tables as the leader knows it: the team's latest
 * activity that has begun and lists any of its current members — those members' names.
 */
async function lastTimeMembers(): Promise<string[]> {
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const current = db
      .selectFrom('organization_members')
      .select('person_id')
      .where('organization_id', '=', organizationId)
      .where('left_on', 'is', null);
    const latest = await db
      .selectFrom('activities')
      .innerJoin('activity_organizations as ao', 'ao.activity_id', 'activities.id')
      .innerJoin('activity_participants as ap', 'ap.activity_id', 'activities.id')
      .select('activities.id')
      .where('ao.organization_id', '=', organizationId)
      .where('activities.merged_into_id', 'is', null)
      .where('activities.starts_at', '<=', testNow())
      .where('ap.person_id', 'in', current)
      .orderBy('activities.starts_at', 'desc')
      .orderBy('activities.id')
      .executeTakeFirstOrThrow();
    const names = await db
      .selectFrom('activity_participants as ap')
      .innerJoin('people', 'people.id', 'ap.person_id')
      .select('people.name')
      .where('ap.activity_id', '=', latest.id)
      .where('ap.person_id', 'in', current)
      .execute();
    return [...new Set(names.map((row) => row.name))].sort();
  } finally {
    await db.destroy();
  }
}

const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

describe('the leader’s home and a weekly activity in six taps', () => {
  it('records the usual weekly activity in at most six taps after opening the team page', async () => {
    const photos = [await jpegFile('w1.jpg', 30), await jpegFile('w2.jpg', 110), await jpegFile('w3.jpg', 190)];
    const expected = await lastTimeMembers();
    expect(expected.length).toBeGreaterThan(0);
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const taps = await countTaps(page);
    await logIn(page, 'leader');
    // "Opening the link": the team page, where the leader lands after logging in (or from the
    // group chat's link to it). Taps are counted from here.
    await page.getByTestId('record-activity').waitFor();
    const before = await taps();

    await page.getByTestId('record-activity').click();
    await page.getByTestId('activity-form-page').waitFor();
    const title = `每周广场舞${suffix}`;
    await page.getByTestId('activity-title').click();
    await page.getByTestId('activity-title').fill(title);
    await page.getByTestId('members-same-as-last').click();
    await expect.poll(() => page.locator('[data-testid="activity-members"] .chip--on').count()).toBe(expected.length);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('photo-input').click();
    await (await chooser).setFiles(photos);
    await expect.poll(() => page.locator('[data-testid="photo-previews"] img').count()).toBe(3);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('leader-six-taps-form-phone'), fullPage: true });
    await page.getByTestId('activity-submit').click();
    await page.getByTestId('activity-page').waitFor({ timeout: 30_000 });

    // Five taps made here (记录活动, the title, 同上次, 选照片, 提交): the counter sees each, and fails above six.
    const counted = (await taps()) - before;
    expect(counted).toBeGreaterThanOrEqual(5);
    expect(counted).toBeLessThanOrEqual(6);
    // The record: today, the same members as last time, the photos, and its numbers in one sentence.
    await expect.poll(() => page.locator('[data-testid="activity-photos"] img').count()).toBe(3);
    const participants = await page.locator('[data-testid="activity-participants"] li').allTextContents();
    expect(participants.sort()).toEqual(expected);
    const sentence = page.getByTestId('activity-head-count-sentence');
    expect(await sentence.textContent()).toBe(`${expected.length} 位队员组织，到场共 ${expected.length} 人。`);
    expect(await page.getByTestId('activity-head-count').textContent()).toContain(`组织 ${expected.length} 人`);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('leader-six-taps-record-phone'), fullPage: true });
    await context.close();
  });

  it('confirms a member’s leaving and undoes it; confirms a role change and undoes it', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await openTeamFold(page, 'team-records');
    const name = `撤销阿姨${suffix}`;
    await page.getByTestId('member-add-name').fill(name);
    await page.getByTestId('member-add-submit').click();
    const row = page.getByTestId('member-manage-row').filter({ hasText: name });
    await row.waitFor();
    const listed = page.getByTestId('member-row').filter({ hasText: name });

    await row.getByTestId('member-left').click();
    await row.getByTestId('member-left-question').waitFor();
    await row.getByTestId('member-left-confirm').click();
    await row.waitFor({ state: 'detached' });
    const undo = page.getByTestId('member-undo');
    await undo.waitFor();
    expect(await undo.textContent()).toContain(`${name}已离开队伍`);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('leader-member-left-undo-phone') });
    await undo.getByTestId('member-undo-button').click();
    await row.waitFor();
    await listed.waitFor();
    expect(await undo.count()).toBe(0);

    // A role is picked, asked, saved — and taken back.
    await row.getByTestId('member-role').selectOption('logistics');
    await row.getByTestId('member-role-question').waitFor();
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('leader-role-question-phone') });
    expect(await listed.locator('.role-tag').textContent()).toBe('成员');
    await row.getByTestId('member-role-confirm').click();
    await expect.poll(() => listed.locator('.role-tag').textContent()).toBe('后勤');
    await undo.waitFor();
    await page.screenshot({ path: screenshotPath('leader-role-undo-phone') });
    await undo.getByTestId('member-undo-button').click();
    await expect.poll(() => listed.locator('.role-tag').textContent()).toBe('成员');
    expect(await row.getByTestId('member-role').inputValue()).toBe('member');
    await context.close();
  });

  it('opens on 举办了 and 记录活动 within the first screen, with 队伍资料 and 成长档案 folded', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    // The team plans today's activity (as it would a week ahead): 09:00, once.
    const title = `今天的太极${suffix}`;
    await page.goto(`${baseUrl()}/activities/plan?organizationId=${organizationId}`);
    await page.getByTestId('plan-title').fill(title);
    expect(await page.getByTestId('plan-starts-on').inputValue()).toBe(testDate(0));
    await page.getByTestId('plan-submit').click();
    await page.getByTestId('organization-page').waitFor();

    const held = page.getByTestId('today-held').filter({ hasText: title });
    await held.waitFor();
    for (const first of [held, page.getByTestId('record-activity')]) {
      const box = await first.boundingBox();
      expect(box?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(740 - (box?.height ?? 0));
    }
    await page.getByTestId('recent-activity').first().waitFor();
    expect(await page.getByTestId('recent-activity').count()).toBeLessThanOrEqual(5);
    // Folded, and not even loaded: the register and the growth record wait for a tap.
    for (const fold of ['team-records', 'growth-record']) {
      expect(await page.getByTestId(fold).getAttribute('open')).toBeNull();
    }
    expect(await page.getByTestId('member-add-form').count()).toBe(0);
    expect(await page.getByTestId('stage-section').count()).toBe(0);
    await fitsThePhone(page);
    await page.screenshot({ path: screenshotPath('leader-home-phone') });
    await page.screenshot({ path: screenshotPath('leader-home-full-phone'), fullPage: true });

    // Opened once, 队伍资料 stays open on this phone.
    await openTeamFold(page, 'team-records');
    await page.getByTestId('member-add-form').waitFor();
    await page.reload();
    await page.getByTestId('member-add-form').waitFor();
    expect(await page.getByTestId('growth-record').getAttribute('open')).toBeNull();

    await page.getByTestId('today-held').filter({ hasText: title }).click();
    await page.getByTestId('activity-page').waitFor();
    await expect.poll(() => page.getByTestId('activity-title').textContent()).toBe(title);
    await page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await page.getByTestId('today-recorded').filter({ hasText: title }).waitFor();
    await fitsThePhone(page);
    await context.close();
  });
});
