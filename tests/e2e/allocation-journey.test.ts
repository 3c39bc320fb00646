import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 18's space booking on a 360 px phone: the leader of 夕阳红舞蹈队 goes from the team's home to
 * the community's activity room, picks Thursday morning and sees the other team already has it —
 * before sending anything — picks the hour after, and sends the request; the residents' committee
 * confirms it on a desktop; the residents' page of opening hours then shows the team on Thursday.
 * Then the committee's official, on a phone, records a dispute between two teams over money, links
 * one of the community's 民生议题讨论会 to it, resolves it with a rule, and awards an honour.
 */
let browser: Browser;
let organizationId = '';
let room = { id: '', communityId: '' };
let teamName = '';

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const booking = await database
      .selectFrom('space_bookings')
      .select(['space_id', 'community_id'])
      .where('organization_id', '=', organizationId)
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    room = { id: booking.space_id, communityId: booking.community_id };
    teamName = (
      await database
        .selectFrom('organizations')
        .select('name')
        .where('id', '=', organizationId)
        .executeTakeFirstOrThrow()
    ).name;
  } finally {
    await database.destroy();
  }
});
afterAll(() => browser?.close());

describe('booking the activity room', () => {
  it('shows a leader the clash before sending; the committee confirms; residents see it on the hours page', async () => {
    const leader = await pageAs(browser, 'leader', 'phone');
    const { page } = leader;
    await page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await page.getByTestId('spaces-link').click();
    await page.getByTestId('spaces-page').waitFor();
    await page.getByTestId('space-card').first().waitFor();
    await page.screenshot({ path: screenshotPath('allocation-spaces-phone'), fullPage: true });
    await page.locator(`a[href="/spaces/${room.id}/book"]`).click();
    await page.getByTestId('booking-form').waitFor();

    // Thursday morning is the other team's (the rule the demo's dispute settled).
    await page.getByTestId('booking-date').fill('2026-07-02');
    await page.getByTestId('booking-starts').fill('09:30');
    await page.getByTestId('booking-ends').fill('10:30');
    await page.getByTestId('booking-purpose').fill('加练');
    await page.getByTestId('booking-clash').waitFor();
    expect(await page.getByTestId('booking-clash').textContent()).toContain('09:00–11:00');
    expect(await page.getByTestId('booking-submit').isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath('allocation-booking-clash-phone'), fullPage: true });

    await page.getByTestId('booking-starts').fill('11:00');
    await page.getByTestId('booking-ends').fill('12:00');
    await page.getByTestId('booking-free').waitFor();
    await page.getByTestId('booking-submit').click();
    await page.getByTestId('space-week').waitFor();
    const mine = page.getByTestId('booking').filter({ hasText: '加练' });
    await mine.waitFor();
    expect(await mine.getByTestId('booking-status').textContent()).toBe('等待同意');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('allocation-week-requested-phone'), fullPage: true });
    await leader.context.close();

    const official = await pageAs(browser, 'official', 'desktop');
    await official.page.goto(`${baseUrl()}/spaces/${room.id}?week=2026-07-02`);
    const request = official.page.getByTestId('booking').filter({ hasText: '加练' });
    await request.getByTestId('booking-confirm').click();
    await expect.poll(() => request.getByTestId('booking-status').textContent()).toBe('已确认');
    await official.page.screenshot({ path: screenshotPath('allocation-week-confirmed-desktop'), fullPage: true });
    await official.context.close();

    const resident = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await resident.goto(`${baseUrl()}/h/${room.communityId}`);
    const text = await resident.getByTestId('hours-page').textContent();
    expect(text).toContain(`07-02 11:00–12:00 ${teamName} · 加练`);
    await resident.screenshot({ path: screenshotPath('allocation-hours-page-phone'), fullPage: true });
    await resident.close();
  });
});

/** Picks `label` in a SearchSelect: a native select for a few choices, a type-ahead for many. */
async function choose(page: Page, testId: string, label: string) {
  // The box is a native select until its choices load, then a type-ahead if they are many (a street
  // where earlier journeys added teams): wait for the loaded form before choosing how to pick.
  await page.waitForFunction((id) => {
    const element = document.querySelector(`[data-testid="${id}"]`);
    return element !== null && (element.tagName !== 'SELECT' || (element as HTMLSelectElement).options.length > 1);
  }, testId);
  const box = page.getByTestId(testId);
  if ((await box.evaluate((element) => element.tagName)) === 'SELECT') {
    const value = await box.locator('option', { hasText: label }).first().getAttribute('value');
    await box.selectOption(value ?? '');
    return;
  }
  await box.fill(label);
  await page.getByTestId(`${testId}-option`).filter({ hasText: label }).first().click();
}

describe('a dispute and an honour, recorded by the committee on a phone', () => {
  it('records the parties, links a deliberation meeting, resolves with a rule, and honours a team', async () => {
    const { page, context } = await pageAs(browser, 'official', 'phone');
    await page.goto(`${baseUrl()}/communities/${room.communityId}/disputes`);
    await page.getByTestId('disputes-page').waitFor();
    await page.getByTestId('dispute-new').click();
    await page.getByTestId('dispute-title').fill('创投余款怎么分');
    await page.getByTestId('dispute-contested').selectOption('money');
    await page.getByTestId('dispute-team').first().waitFor();
    const teams = page.getByTestId('dispute-team');
    await teams.nth(0).check();
    await teams.nth(1).check();
    await page.getByTestId('dispute-description').fill('两支队伍都说余款该归自己，找到了居委会。');
    await page.screenshot({ path: screenshotPath('allocation-dispute-new-phone'), fullPage: true });
    await page.getByTestId('dispute-submit').click();
    const card = page.getByTestId('dispute').filter({ hasText: '创投余款怎么分' });
    await card.waitFor();

    await card.getByTestId('dispute-forms').click();
    const meeting = card.getByTestId('dispute-meeting');
    await meeting.locator('option', { hasText: '民生议题讨论会第 1 次' }).waitFor({ state: 'attached' });
    const meetingValue = await meeting.locator('option', { hasText: '民生议题讨论会第 1 次' }).getAttribute('value');
    await meeting.selectOption(meetingValue ?? '');
    await card.getByTestId('dispute-meeting-link').click();
    const linked = card.getByTestId('dispute-meeting-line').filter({ hasText: '民生议题讨论会第 1 次' });
    await linked.waitFor();
    expect(await linked.locator('a').getAttribute('href')).toBe(`/meetings/${meetingValue}`);

    await card.getByTestId('dispute-rule').fill('余款按两队上半年公开活动的次数分');
    await card.getByTestId('dispute-outcome').fill('七比三，下半年各自报预算');
    await card.getByTestId('dispute-resolve').click();
    await card.getByText('七比三，下半年各自报预算').first().waitFor();
    await expect.poll(() => card.locator('.badge').first().textContent()).toBe('已解决');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('allocation-dispute-resolved-phone'), fullPage: true });

    await page.goto(`${baseUrl()}/communities/${room.communityId}/honours`);
    const honour = page.getByTestId('honour-type').first();
    await honour.waitFor();
    await honour.getByTestId('honour-award-open').click();
    await choose(page, 'award-recipient', teamName);
    await honour.getByTestId('award-reason').fill('上半年办了六场广场舞公开课');
    await page.screenshot({ path: screenshotPath('allocation-honour-award-phone'), fullPage: true });
    await honour.getByTestId('award-submit').click();
    await honour.getByTestId('honour-award').filter({ hasText: '上半年办了六场广场舞公开课' }).waitFor();
    expect(await honour.getByTestId('honour-award').filter({ hasText: '上半年办了六场' }).textContent()).toContain(
      teamName,
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });
});
