import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, organizationOf, pageAs } from '../support/journey';
import { pdfText, renderPage } from '../support/pdf';

/**
 * Issue 16, "QR before the activity", on 360 px phones: the leader announces a weekly activity and
 * opens today's QR code before anything is recorded; a resident scans it and signs in; the leader
 * taps 举办了 and the record shows the resident. Recording the same time again warns the leader.
 */
let browser: Browser;
let organizationId = '';
const suffix = Date.now().toString(36).slice(-4);
const title = `每周二八段锦${suffix}`;
const resident = `扫码居民${suffix}`;
const today = testDate(0);

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
});
afterAll(() => browser?.close());

describe('a resident scans a planned activity’s code before it is recorded', () => {
  it('signs in on the record that 举办了 then opens, and the leader is warned before recording it twice', async () => {
    const { context: leaderContext, page: leader } = await pageAs(browser, 'leader', 'phone');
    await leader.goto(`${baseUrl()}/activities/plan?organizationId=${organizationId}`);
    await leader.getByTestId('plan-title').fill(title);
    await leader.getByTestId('plan-starts-on').fill(today);
    await leader.getByTestId('plan-start-time').fill('09:30');
    await leader.locator('[data-testid="plan-repeat"] input[value="weekly"]').check();
    await leader.getByTestId('plan-submit').click();
    await leader.getByTestId('organization-page').waitFor();

    const occurrence = leader
      .locator(`[data-testid="planned-occurrence"][data-date="${today}"]`)
      .filter({ hasText: title });
    await occurrence.getByTestId('planned-sign-in-code').click();
    await leader.getByTestId('occurrence-sign-in-page').waitFor();
    await leader.waitForFunction(() => {
      const qr = document.querySelector<HTMLImageElement>('[data-testid="occurrence-qr"]');
      return !!qr && qr.complete && qr.naturalWidth > 0;
    });
    const code = (await leader.getByTestId('occurrence-code').getAttribute('data-code')) ?? '';
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(await leader.getByTestId('occurrence-link').inputValue()).toBe(`${baseUrl()}/s/${code}`);
    expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await leader.screenshot({ path: screenshotPath('leader-planned-qr-phone'), fullPage: true });

    // The A4 sheet the leader prints: the plan's title and the link of this code, in Chinese.
    const sheetHref = (await leader.getByTestId('occurrence-print-sheet').getAttribute('href')) ?? '';
    const sheet = await leader.request.get(`${baseUrl()}${sheetHref}`);
    expect(sheet.headers()['content-type']).toBe('application/pdf');
    const pdf = new Uint8Array(await sheet.body());
    expect(pdfText(pdf)).toContain('活动签到表');
    expect(pdfText(pdf)).toContain(title);
    expect(pdfText(pdf)).toContain(`/s/${code}`);
    renderPage(pdf, 'leader-planned-sign-in-sheet', { dpi: 80 });

    // A resident's phone opens the code before anyone recorded the activity.
    const residentContext = await phoneContext(browser);
    const phone = await residentContext.newPage();
    await phone.goto(`${baseUrl()}/s/${code}`);
    await expect.poll(() => phone.getByTestId('sign-in-activity').textContent()).toBe(title);
    await phone.getByTestId('sign-in-name').fill(resident);
    await phone.getByTestId('sign-in-consent').check();
    await phone.getByTestId('sign-in-submit').click();
    await phone.getByTestId('sign-in-done').waitFor();
    await phone.screenshot({ path: screenshotPath('resident-planned-sign-in-phone'), fullPage: true });
    await residentContext.close();

    // 举办了 opens the record the scan made, with the resident among its sign-ins.
    await leader.goto(`${baseUrl()}/organizations/${organizationId}`);
    await occurrence.getByTestId('planned-held').scrollIntoViewIfNeeded();
    await leader.getByTestId('planned-activities').screenshot({ path: screenshotPath('leader-planned-list-phone') });
    await occurrence.getByTestId('planned-held').click();
    await leader.getByTestId('activity-page').waitFor();
    await expect.poll(() => leader.getByTestId('activity-title').textContent()).toBe(title);
    await expect.poll(() => leader.getByTestId('sign-in-list').textContent()).toContain(resident);
    expect(await leader.getByTestId('sign-in-link').getAttribute('href')).toBe(`/s/${code}`);
    await leader.getByTestId('activity-sign-in').scrollIntoViewIfNeeded();
    await leader.screenshot({ path: screenshotPath('leader-planned-record-phone') });

    // Recording the same time again: the form names the record already there, and lets her go on.
    await leader.goto(`${baseUrl()}/activities/new?organizationId=${organizationId}`);
    await leader.getByTestId('activity-form-page').waitFor();
    await leader.getByTestId('activity-date').fill(today);
    await leader.getByTestId('activity-start').fill('10:00');
    await leader.getByTestId('activity-end').fill('10:30');
    await expect.poll(() => leader.getByTestId('duplicate-warning').textContent()).toContain(title);
    // Centred, so the submit bar fixed at the foot of the form does not cover it.
    await leader.getByTestId('duplicate-warning').evaluate((warning) => warning.scrollIntoView({ block: 'center' }));
    await leader.screenshot({ path: screenshotPath('leader-duplicate-warning-phone') });
    await leader.getByTestId('duplicate-warning-continue').click();
    await expect.poll(() => leader.getByTestId('duplicate-warning').count()).toBe(0);
    await leaderContext.close();
  });
});
