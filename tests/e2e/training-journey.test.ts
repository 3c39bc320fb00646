import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Training (issue 17), the staff desktop: open a cohort of 友邻学社, add two applicants with their
 * guarantors, interview them, accept one and decline one with a reason, tick the roll call of the
 * sessions and graduate the cohort.
 */
let browser: Browser;
let people: { name: string }[];
const cohortName = `第${Date.now().toString(36).slice(-4)}期`;

beforeAll(async () => {
  browser = await launchChromium();
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const staff = await db
      .selectFrom('users')
      .select('scope_id')
      .where('username', '=', 'staff')
      .executeTakeFirstOrThrow();
    // Three residents of the street whose names no one else shares, so a name search finds one person.
    people = await db
      .selectFrom('people')
      .select('name')
      .where('street_id', '=', staff.scope_id!)
      .where('erased_at', 'is', null)
      .groupBy('name')
      .having((eb) => eb.fn.countAll(), '=', 1)
      .orderBy('name')
      .limit(3)
      .execute();
  } finally {
    await db.destroy();
  }
});
afterAll(() => browser?.close());

async function pick(page: Page, field: 'training-applicant' | 'training-guarantor', name: string) {
  await page.getByTestId(`${field}-search`).fill(name);
  await page.getByTestId(`${field}-option`).filter({ hasText: name }).first().click();
  await page.getByTestId(`${field}-name`).filter({ hasText: name }).waitFor();
}

const application = (page: Page, name: string) =>
  page
    .getByTestId('training-application')
    .filter({ has: page.getByTestId('training-application-name').filter({ hasText: name }) });

describe('a training cohort, from applications to graduation', () => {
  it('staff run a cohort on the desktop', async () => {
    const [accepted, declined, guarantor] = people;
    if (!accepted || !declined || !guarantor) throw new Error('the demo street has residents');
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/training`);
    // Each programme folds its own new-cohort form: open the first programme's.
    const programme = page.getByTestId('training-programme').first();
    await programme.getByTestId('training-new-cohort-details').locator('summary').click();
    await programme.getByTestId('training-cohort-name').fill(cohortName);
    await programme.getByTestId('training-cohort-starts').fill(testDate(-28));
    await programme.getByTestId('training-cohort-planned').fill('2');
    await programme.getByTestId('training-new-cohort-submit').click();
    await page.getByTestId('training-cohort-link').filter({ hasText: cohortName }).click();
    await page.getByTestId('training-cohort-page').waitFor();

    for (const person of [accepted, declined]) {
      await pick(page, 'training-applicant', person.name);
      await pick(page, 'training-guarantor', guarantor.name);
      await page.getByTestId('training-application-save').click();
      await application(page, person.name).waitFor();
    }
    for (const person of [accepted, declined]) {
      const row = application(page, person.name);
      await row.getByTestId('training-interview').click();
      await row.getByTestId('training-interview-notes').fill('表达清楚，愿意带动邻居');
      await row.getByTestId('training-interview-save').click();
      await expect.poll(() => row.getByTestId('training-application-status').textContent()).toBe('已面试');
    }
    const first = application(page, accepted.name);
    await first.getByTestId('training-commitment').click();
    await expect.poll(() => first.getByTestId('training-application-status').textContent()).toBe('已签承诺');
    await first.getByTestId('training-accept').click();
    await expect.poll(() => first.getByTestId('training-application-status').textContent()).toBe('已录取');
    const second = application(page, declined.name);
    await second.getByTestId('training-decline').click();
    await second.getByTestId('training-decline-reason').fill('这一期名额已满，下一期优先');
    await second.getByTestId('training-decline-save').click();
    await expect.poll(() => second.getByTestId('training-application-status').textContent()).toBe('已婉拒');
    await page.screenshot({ path: screenshotPath('training-applications-desktop'), fullPage: true });

    // Both sessions already held: a cohort graduates after its last one.
    for (const [day, topic] of [
      [testDate(-28), '开班仪式与班委竞选'],
      [testDate(-21), '财务规范'],
    ] as const) {
      await page.getByTestId('training-session-date').fill(day);
      await page.getByTestId('training-session-topic').fill(topic);
      await page.getByTestId('training-session-save').click();
      await page.getByTestId('training-session').filter({ hasText: topic }).waitFor();
    }
    const opening = page.getByTestId('training-session').first();
    await opening.getByTestId('training-roll-name').filter({ hasText: accepted.name }).click();
    await opening.getByTestId('training-roll-save').click();
    await expect.poll(() => page.getByTestId('training-session-present').first().textContent()).toBe('1 人出勤');
    await page.screenshot({ path: screenshotPath('training-sessions-desktop'), fullPage: true });

    // Default rule for two planned sessions: one attended is enough.
    await page.getByTestId('training-graduate').click();
    await page.getByTestId('training-graduated-on').waitFor();
    expect(await page.getByTestId('training-graduates').textContent()).toContain(accepted.name);
    expect(await page.getByTestId('training-figures').textContent()).toContain('毕业 1 人');
    await page.screenshot({ path: screenshotPath('training-graduation-desktop'), fullPage: true });
    await context.close();
  });
});
