import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Staff prepare a four-dimension evaluation 四维评估 on a desktop (issue 18): in the draft they change
 * the weights — the sum shows as it is typed — and add a criterion to the self form; they arrange
 * the peers again, swap one target, add an expert and remove them. The draft is made through the API.
 */
let browser: Browser;
const suffix = Date.now().toString(36).slice(-4);
let campaignId = '';
const db = () => openDatabase(inject('e2eDatabaseUrl'), { max: 1 });

async function api(page: Page, method: 'GET' | 'POST', path: string, data?: unknown) {
  const me = await (await page.request.get(`${baseUrl()}/api/auth/me`)).json();
  const answer = await page.request.fetch(`${baseUrl()}${path}`, {
    method,
    ...(data !== undefined && { data: data as object }),
    headers: { 'x-csrf-token': me.csrfToken },
  });
  if (answer.status() >= 300) throw new Error(`${method} ${path}: ${answer.status()} ${await answer.text()}`);
  return answer.json();
}

beforeAll(async () => {
  browser = await launchChromium();
  const database = db();
  const leader = await database
    .selectFrom('users')
    .select('scope_id')
    .where('username', '=', 'leader')
    .executeTakeFirstOrThrow();
  const team = await database
    .selectFrom('organizations')
    .select('street_id')
    .where('id', '=', leader.scope_id!)
    .executeTakeFirstOrThrow();
  const neighbours = await database
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', team.street_id)
    .where('id', '!=', leader.scope_id!)
    .where('status', '=', 'active')
    .orderBy('name')
    .limit(3)
    .execute();
  await database.destroy();
  const staff = await pageAs(browser, 'staff', 'desktop');
  const made = await api(staff.page, 'POST', '/api/evaluation-campaigns', {
    name: `草稿评估 ${suffix}`,
    year: 2026,
    organizationIds: [leader.scope_id, ...neighbours.map((n) => n.id)],
    peerCount: 2,
  });
  campaignId = made.id;
  await staff.context.close();
});
afterAll(() => browser?.close());

describe('staff prepare a draft evaluation', () => {
  it('edits the weights with their sum shown live and adds a criterion to the self form', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/evaluation/${campaignId}`);
    await page.getByTestId('evaluation-edit-toggle').click();
    await page.getByTestId('evaluation-weight-self').fill('20');
    await page.getByTestId('evaluation-weight-sum').filter({ hasText: '110%' }).waitFor();
    await page.getByTestId('evaluation-weight-incubator').fill('30');
    await page.getByTestId('evaluation-weight-sum').filter({ hasText: '合计 100%' }).waitFor();
    await page.getByTestId('evaluation-forms-toggle').click();
    await page.getByTestId('evaluation-criterion-add-self').click();
    await page.getByTestId('evaluation-criterion-title-self').last().fill('队员参与');
    await page.getByTestId('evaluation-criterion-max-self').last().fill('10');
    await page.getByTestId('evaluation-create').click();
    await page.getByText('比重：自评 20%').waitFor();
    const saved = await api(page, 'GET', `/api/evaluation-campaigns/${campaignId}`);
    expect(saved.weights).toEqual({ self: 20, peer: 10, expert: 40, incubator: 30 });
    expect(saved.forms.self.at(-1)).toMatchObject({ title: '队员参与', maxPoints: 10 });
    await page.screenshot({ path: screenshotPath('evaluation-draft-edit-desktop'), fullPage: true });
    await context.close();
  });

  it('arranges the peers again, swaps a target, and adds then removes an expert', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/evaluation/${campaignId}`);
    const peers = page.getByTestId('evaluation-peers');
    await peers.getByTestId('evaluation-peers-regenerate').click();
    await peers.getByTestId('evaluation-peer-table').waitFor();
    const before = await api(page, 'GET', `/api/evaluation-campaigns/${campaignId}/peer-assignments`);
    expect(before).toHaveLength(8);
    const select = peers.getByTestId('evaluation-peer-target').first();
    const options = await select
      .locator('option')
      .evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    const current = await select.inputValue();
    const other = options.find((value) => value !== current)!;
    await select.selectOption(other);
    await expect
      .poll(async () =>
        (await api(page, 'GET', `/api/evaluation-campaigns/${campaignId}/peer-assignments`)).some(
          (pair: { ratedOrganizationId: string }) => pair.ratedOrganizationId === other,
        ),
      )
      .toBe(true);

    const experts = page.getByTestId('evaluation-experts');
    await experts.getByTestId('evaluation-expert-choice').selectOption({ index: 1 });
    await experts.getByTestId('evaluation-add-expert').click();
    await experts.getByTestId('evaluation-expert').waitFor();
    await experts.getByTestId('evaluation-remove-expert').click();
    await experts.getByText('还没有专家。').waitFor();
    await page.screenshot({ path: screenshotPath('evaluation-draft-peers-desktop'), fullPage: true });
    await context.close();
  });

  it('fits the campaign page, its form, pairs and experts, on a 360 px phone', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'phone');
    await page.goto(`${baseUrl()}/evaluation/${campaignId}`);
    await page.getByTestId('evaluation-peer-table').waitFor();
    await page.getByTestId('evaluation-edit-toggle').click();
    await page.getByTestId('evaluation-forms-toggle').click();
    await page.getByTestId('evaluation-form-incubator').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('evaluation-draft-phone'), fullPage: true });
    await context.close();
  });
});
