import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, openTeamFold, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 15's team roles on the pages, without changing the shared street: the deputy gets the
 * leader's record button on a phone; the leader's hand-over asks for confirmation (and is cancelled
 * here); the residents' committee sees its 备案 form and no 居委会态度; no dead-end links.
 */
let browser: Browser;
let organizationId = '';

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
});
afterAll(() => browser?.close());

describe('roles inside a team, on the pages', () => {
  it('shows a deputy the leader’s record and plan buttons, and not the member manager', async () => {
    const { context, page } = await pageAs(browser, 'deputy', 'phone');
    await page.getByTestId('organization-page').waitFor();
    await page.getByTestId('record-activity').waitFor();
    await page.getByTestId('plan-activity').waitFor();
    // 队伍资料 open: the members are listed, and there is nothing to manage them with.
    await openTeamFold(page, 'team-records');
    await page.getByTestId('member-row').first().waitFor();
    expect(await page.getByTestId('member-add-form').count()).toBe(0);
    expect(await page.getByTestId('hand-over').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('deputy-team-page-phone'), fullPage: true });
    await context.close();
  });

  it('asks the leader to confirm a hand-over, and cancelling keeps the leader', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await openTeamFold(page, 'team-records');
    await page.getByTestId('hand-over').waitFor();
    await page.getByTestId('hand-over-submit').click();
    await page.getByTestId('hand-over').locator('.field__error').first().waitFor();
    const to = page.getByTestId('hand-over').locator('select').first();
    await to.selectOption({ index: 1 });
    await page.getByTestId('hand-over-submit').click();
    await page.getByTestId('hand-over-question').waitFor();
    expect(await page.getByTestId('hand-over-submit').textContent()).toBe('确认移交');
    await page.getByTestId('hand-over').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('leader-hand-over-confirm-phone') });
    await page.getByRole('button', { name: '取消' }).click();
    expect(await page.getByTestId('hand-over-question').count()).toBe(0);
    await context.close();
  });

  it('gives the residents’ committee its 备案 form, without 居委会态度', async () => {
    const { context, page } = await pageAs(browser, 'official', 'desktop');
    await page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await page.getByTestId('filing-form').waitFor();
    await page.getByTestId('filing-form').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('official-filing-form') });
    await page.goto(`${baseUrl()}/`);
    await page.waitForURL(/\/communities\//);
    await page.getByTestId('community-page').waitFor();
    expect(await page.getByTestId('committee-attitude').count()).toBe(0);
    await context.close();
  });

  it('tells a funder why the coaching records are not linked, and an expert why activities are not shown', async () => {
    const funder = await pageAs(browser, 'funder', 'desktop');
    await funder.page.goto(`${baseUrl()}/coaching/workload`);
    await funder.page.getByTestId('coaching-sessions-hidden').waitFor();
    expect(await funder.page.locator('a[href="/coaching/sessions"]').count()).toBe(0);
    await funder.page.screenshot({ path: screenshotPath('funder-workload-no-dead-end') });
    await funder.context.close();

    const expert = await pageAs(browser, 'expert', 'desktop');
    await expert.page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await expert.page.getByTestId('organization-activities-hidden').waitFor();
    expect(await expert.page.getByTestId('organization-activities').count()).toBe(0);
    await expert.context.close();
  });
});
