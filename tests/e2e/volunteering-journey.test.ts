import { randomUUID } from 'node:crypto';
import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { insertActivityUnderWay } from '../support/activity-under-way';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { baseUrl, openTeamFold, pageAs } from '../support/journey';

/**
 * Volunteer hours on a 360 px phone: a volunteer signs in and out on /v/:code (a child is told why
 * not here); the member then reads their own record; staff confirm hours a leader entered
 * afterwards, on the person page. The activity is made around the test clock's "now", the one the
 * server runs on (support/clock.ts), so its sign-in window is open.
 */
let browser: Browser;
const code = `V${Date.now()
  .toString(36)
  .toUpperCase()
  .replace(/[01ILO]/g, '2')
  .slice(-7)}`.slice(0, 8);
let activityId = '';
let member: { personId: string; name: string; phone: string };
let otherPersonId = '';
let organizationId = '';
/** A member who signs in with a phone the record does not have: the leader links them by hand. */
let newPhoneMember: { personId: string; name: string };

function db() {
  return openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
}

beforeAll(async () => {
  browser = await launchChromium();
  const database = db();
  try {
    const made = await insertActivityUnderWay(database, { title: '楼道清洁志愿行动', code });
    activityId = made.activityId;
    const { organization } = made;
    const memberRow = await database
      .selectFrom('users')
      .innerJoin('people', 'people.id', 'users.person_id')
      .select(['people.id', 'people.name', 'people.phone', 'people.street_id', 'people.community_id'])
      .where('users.username', '=', 'member')
      .executeTakeFirstOrThrow();
    member = { personId: memberRow.id, name: memberRow.name, phone: memberRow.phone! };
    const other = await database
      .selectFrom('organization_members')
      .select('person_id')
      .where('organization_id', '=', organization.id)
      .where('left_on', 'is', null)
      .where('person_id', '<>', member.personId)
      .orderBy('person_id')
      .executeTakeFirstOrThrow();
    otherPersonId = other.person_id;
    organizationId = organization.id;
    const third = await database
      .selectFrom('organization_members')
      .innerJoin('people', 'people.id', 'organization_members.person_id')
      .select(['people.id', 'people.name'])
      .where('organization_members.organization_id', '=', organization.id)
      .where('organization_members.left_on', 'is', null)
      .where('people.id', 'not in', [member.personId, otherPersonId])
      .orderBy('people.id', 'desc')
      .executeTakeFirstOrThrow();
    newPhoneMember = { personId: third.id, name: third.name };
    await database
      .insertInto('activity_participants')
      .values(
        [member.personId, otherPersonId].map((personId) => ({
          id: randomUUID(),
          street_id: organization.street_id,
          activity_id: activityId,
          person_id: personId,
          guest_name: null,
          role: 'organizer',
        })),
      )
      .execute();
  } finally {
    await database.destroy();
  }
});
afterAll(() => browser?.close());

describe('a volunteer signs in and out from a phone', () => {
  it('tells a child why not here, then records an adult’s sign-in and sign-out', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/v/${code}`);
    await page.getByTestId('volunteer-page').waitFor();
    expect(await page.getByTestId('volunteer-activity').textContent()).toBe('楼道清洁志愿行动');
    await page.getByTestId('volunteer-child').check();
    await page.getByTestId('volunteer-child-explain').waitFor();
    expect(await page.getByTestId('volunteer-child-explain').textContent()).toContain('监护人');
    await page.screenshot({ path: screenshotPath('volunteer-page-child'), fullPage: true });
    await page.getByTestId('volunteer-child').uncheck();

    // Before the consent is ticked the button says what to tick, instead of a telling-off after the tap.
    expect(await page.getByTestId('volunteer-sign-in').locator('span:visible').textContent()).toBe(
      '请先勾选上面的“同意”',
    );
    await page.getByTestId('volunteer-name').fill(member.name);
    await page.getByTestId('volunteer-phone').fill(member.phone);
    await page.getByTestId('volunteer-consent').check();
    expect(await page.getByTestId('volunteer-sign-in').locator('span:visible').textContent()).toBe('签到');
    await page.getByTestId('volunteer-sign-in').click();
    await page.getByTestId('volunteer-done').waitFor();
    expect(await page.getByTestId('volunteer-done').textContent()).toContain('已签到');
    const box = await page.getByTestId('volunteer-sign-out').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    await page.screenshot({ path: screenshotPath('volunteer-page-signed-in'), fullPage: true });

    // Later, back on the same phone: their name and one button.
    await page.goto(`${baseUrl()}/v/${code}`);
    expect(await page.getByTestId('volunteer-done-name').textContent()).toBe(member.name);
    await page.getByTestId('volunteer-sign-out').click();
    await page.getByText('已签退').waitFor();
    await page.screenshot({ path: screenshotPath('volunteer-page-signed-out'), fullPage: true });
    await context.close();
  });
});

describe('the member checks their own record', () => {
  it('shows proven hours apart from entries, and the certificate', async () => {
    const { context, page } = await pageAs(browser, 'member', 'phone');
    await page.goto(`${baseUrl()}/me/volunteer-hours`);
    await page.getByTestId('hours-list').waitFor();
    expect(await page.getByTestId('hours-list').textContent()).toContain('楼道清洁志愿行动');
    expect(await page.getByTestId('certificate-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('my-volunteer-hours'), fullPage: true });
    await context.close();
  });
});

describe('a leader enters hours afterwards; staff confirm them', () => {
  it('needs a reason, waits for staff, and staff confirm on the person page', async () => {
    const { context: leaderContext, page: leader } = await pageAs(browser, 'leader', 'phone');
    await leader.goto(`${baseUrl()}/activities/${activityId}`);
    await leader.getByTestId('activity-volunteer-hours').waitFor();
    await leader.getByTestId('hours-enter-open').click();
    await leader.getByTestId('hours-person').selectOption(otherPersonId);
    await leader.getByTestId('hours-minutes').fill('90');
    await leader.getByTestId('hours-save').click();
    await leader.locator('[data-testid="hours-enter-form"] .field__error').first().waitFor();
    await leader.getByTestId('hours-reason').fill('手机没电，没能签到签退，队长现场看见');
    await leader.getByTestId('hours-save').click();
    await leader.locator('[data-testid="hours-row"][data-basis="entered_afterwards"]').waitFor();
    await leader.screenshot({ path: screenshotPath('activity-volunteer-hours'), fullPage: true });
    await leaderContext.close();

    const { context: staffContext, page: staff } = await pageAs(browser, 'staff', 'desktop');
    await staff.goto(`${baseUrl()}/people/${otherPersonId}`);
    await staff.getByTestId('person-volunteer-hours').waitFor();
    const waiting = staff.locator('[data-testid="hours-row"]', { hasText: '楼道清洁志愿行动' });
    await waiting.getByTestId('hours-confirm').click();
    await waiting.getByTestId('hours-confirm').waitFor({ state: 'detached' });
    expect(await waiting.getByTestId('hours-row-confirmation').textContent()).toBe('已确认');
    await staff.screenshot({ path: screenshotPath('person-volunteer-hours'), fullPage: true });
    await staffContext.close();
  });
});

describe('a leader links a volunteer who signed in with a new phone', () => {
  it('finds the member by name and links the sign-in; the organization page counts their hours', async () => {
    const context = await phoneContext(browser);
    const volunteer = await context.newPage();
    const phone = `139${String(Date.now()).slice(-8)}`;
    await volunteer.goto(`${baseUrl()}/v/${code}`);
    await volunteer.getByTestId('volunteer-name').fill(newPhoneMember.name);
    await volunteer.getByTestId('volunteer-phone').fill(phone);
    await volunteer.getByTestId('volunteer-consent').check();
    await volunteer.getByTestId('volunteer-sign-in').click();
    await volunteer.getByTestId('volunteer-done').waitFor();
    await volunteer.getByTestId('volunteer-sign-out').click();
    await volunteer.getByText('已签退').waitFor();
    await context.close();

    const { context: leaderContext, page: leader } = await pageAs(browser, 'leader', 'phone');
    await leader.goto(`${baseUrl()}/activities/${activityId}`);
    const unlinked = leader.getByTestId('unlinked-volunteer').filter({ hasText: newPhoneMember.name });
    await unlinked.waitFor();
    await unlinked.getByTestId('volunteer-link-open').click();
    // The search starts from the name they gave; the organization's members come first.
    expect(await unlinked.getByTestId('volunteer-person-search').inputValue()).toBe(newPhoneMember.name);
    const result = unlinked.getByTestId('volunteer-person-result').filter({ hasText: newPhoneMember.name }).first();
    await result.waitFor();
    expect((await result.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await leader.screenshot({ path: screenshotPath('volunteer-link-picker'), fullPage: true });
    await result.click();
    await unlinked.waitFor({ state: 'detached' });

    await leader.goto(`${baseUrl()}/organizations/${organizationId}`);
    await openTeamFold(leader, 'growth-record');
    const section = leader.getByTestId('organization-volunteer-hours');
    await section.waitFor();
    await section.getByTestId('organization-volunteer').first().waitFor();
    expect(await section.getByTestId('organization-certificates-this-year').textContent()).toMatch(/\d/);
    await section.scrollIntoViewIfNeeded();
    await leader.screenshot({ path: screenshotPath('organization-volunteer-hours-phone'), fullPage: true });
    await leaderContext.close();
  });
});
