import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 18's space booking on a 360 px phone: the leader of 夕阳红舞蹈队 goes from the team's home to
 * the community's activity room, picks Thursday morning and sees the other team already has it —
 * before sending anything — picks the hour after, and sends the request; the residents' committee
 * confirms it on a desktop; the residents' page of opening hours then shows the team on Thursday.
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
