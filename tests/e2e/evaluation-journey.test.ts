import { randomUUID } from 'node:crypto';
import { defaultEvaluationForm } from '@seedbed/core';
import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, pageAs } from '../support/journey';

/**
 * Four-dimension evaluation 四维评估 (issue 18): the leader does the team's self-evaluation on a
 * 360 px phone (what is typed survives a reload before saving); the expert scores the team on a
 * desktop; staff give the incubator's sheet, close, write advice and release; the leader then sees
 * the team's result with the gap between its own score and others' in plain words; staff open a
 * stage assessment from the result, and the street official reads the released totals. The campaign is
 * made through the API and the other teams' peer sheets go straight in the table (they have no
 * logins in the demo).
 */
let browser: Browser;
const suffix = Date.now().toString(36).slice(-4);
const name = `四维评估旅程 ${suffix}`;
let campaignId = '';
let teamId = '';
const db = () => openDatabase(inject('e2eDatabaseUrl'), { max: 1 });

async function send(page: Page, method: 'POST' | 'PUT', path: string, data: unknown) {
  const me = await (await page.request.get(`${baseUrl()}/api/auth/me`)).json();
  const answer = await page.request.fetch(`${baseUrl()}${path}`, {
    method,
    data: data as object,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  if (answer.status() >= 300) throw new Error(`${method} ${path}: ${answer.status()} ${await answer.text()}`);
  return answer.json();
}

/** Fills a sheet on the page: each criterion at `share` of its maximum (rounded down). */
async function fillSheet(page: Page, share: number) {
  for (const criterion of defaultEvaluationForm)
    await page.getByTestId(`evaluation-points-${criterion.key}`).fill(String(Math.floor(criterion.maxPoints * share)));
}

const sheetAt = (share: number) =>
  defaultEvaluationForm.map((c) => ({ criterionKey: c.key, points: Math.floor(c.maxPoints * share) }));

beforeAll(async () => {
  browser = await launchChromium();
  const database = db();
  const leader = await database
    .selectFrom('users')
    .selectAll()
    .where('username', '=', 'leader')
    .executeTakeFirstOrThrow();
  const expert = await database
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'expert')
    .executeTakeFirstOrThrow();
  teamId = leader.scope_id!;
  const team = await database
    .selectFrom('organizations')
    .select('street_id')
    .where('id', '=', teamId)
    .executeTakeFirstOrThrow();
  const neighbours = await database
    .selectFrom('organizations')
    .select('id')
    .where('street_id', '=', team.street_id)
    .where('id', '!=', teamId)
    .where('status', '=', 'active')
    .orderBy('name')
    .limit(3)
    .execute();
  const staff = await pageAs(browser, 'staff', 'desktop');
  const campaign = await send(staff.page, 'POST', '/api/evaluation-campaigns', {
    name,
    year: 2026,
    organizationIds: [teamId, ...neighbours.map((n) => n.id)],
    peerCount: 2,
  });
  campaignId = campaign.id;
  await send(staff.page, 'POST', `/api/evaluation-campaigns/${campaignId}/experts`, {
    userId: expert.id,
    speciality: 'finance',
  });
  await send(staff.page, 'POST', `/api/evaluation-campaigns/${campaignId}/status`, { to: 'open' });
  await staff.context.close();
  // The two teams that rate the leader's team give it 60% of each criterion.
  const raters = await database
    .selectFrom('evaluation_peer_assignments')
    .select('rater_organization_id')
    .where('campaign_id', '=', campaignId)
    .where('rated_organization_id', '=', teamId)
    .execute();
  const now = new Date();
  for (const rater of raters)
    await database
      .insertInto('evaluation_sheets')
      .values({
        id: randomUUID(),
        street_id: team.street_id,
        campaign_id: campaignId,
        organization_id: teamId,
        dimension: 'peer',
        rater_organization_id: rater.rater_organization_id,
        rater_user_id: null,
        rater_ref: rater.rater_organization_id,
        scores: JSON.stringify(sheetAt(0.6)),
        comment: '',
        created_at: now,
        updated_at: now,
      })
      .execute();
  await database.destroy();
});
afterAll(() => browser?.close());

describe('a year-end evaluation from the leader’s phone to the gap explained', () => {
  it('the leader rates the team on a 360 px phone; a reload before saving keeps what was typed', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}/evaluation/tasks`);
    await page.getByTestId('evaluation-tasks-page').waitFor();
    await page.locator(`a[href*="/evaluation/${campaignId}/sheet?dimension=self"]`).click();
    await page.getByTestId('evaluation-sheet-form').waitFor();
    await page.getByTestId('evaluation-points-goals').fill('19');
    await page.reload();
    await page.getByTestId('evaluation-sheet-form').waitFor();
    expect(await page.getByTestId('evaluation-points-goals').inputValue()).toBe('19');
    await fillSheet(page, 0.95);
    expect(await page.getByTestId('evaluation-sheet-total').textContent()).toBe('合计 92 / 100 分');
    await page.getByTestId('evaluation-sheet-save').click();
    await page.getByTestId('evaluation-sheet-status').filter({ hasText: '已保存' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('evaluation-self-sheet-phone'), fullPage: true });
    await context.close();
  });

  it('the expert scores the team on a desktop', async () => {
    const { context, page } = await pageAs(browser, 'expert', 'desktop');
    await page.goto(`${baseUrl()}/evaluation/tasks`);
    await page.locator(`a[href*="/evaluation/${campaignId}/sheet?dimension=expert&organizationId=${teamId}"]`).click();
    await page.getByTestId('evaluation-sheet-form').waitFor();
    await fillSheet(page, 0.7);
    await page.getByTestId('evaluation-sheet-save').click();
    await page.getByTestId('evaluation-sheet-status').filter({ hasText: '已保存' }).waitFor();
    await page.screenshot({ path: screenshotPath('evaluation-expert-sheet-desktop'), fullPage: true });
    await context.close();
  });

  it('staff give the incubator sheet, close, advise and release', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/evaluation/${campaignId}/sheet?dimension=incubator&organizationId=${teamId}`);
    await page.getByTestId('evaluation-sheet-form').waitFor();
    await fillSheet(page, 0.75);
    await page.getByTestId('evaluation-sheet-save').click();
    await page.getByTestId('evaluation-sheet-status').filter({ hasText: '已保存' }).waitFor();
    await page.goto(`${baseUrl()}/evaluation/${campaignId}`);
    // the results table's row (the peer pairs table, loaded on its own, has a row for the team too)
    const row = page.getByTestId('evaluation-results').locator(`[data-organization="${teamId}"]`);
    await row.waitFor();
    // self 92, peer 60, expert 68, incubator 72: total 9.2 + 6 + 27.2 + 28.8
    expect(await row.getByTestId('evaluation-total').textContent()).toBe('71.2');
    expect(await row.getByTestId('evaluation-gap').textContent()).toContain('自评比他评高');
    await page.getByTestId('evaluation-move-closed').click();
    await page.getByTestId('evaluation-move-released').waitFor();
    await row.getByTestId('evaluation-advice').fill('自评偏高，下次对照签到表和账本再打分。');
    await row.getByTestId('evaluation-save-advice').click();
    await row.getByText('已保存。').waitFor();
    // 以评促建: the closed result opens a stage assessment of the team.
    expect(await row.getByTestId('evaluation-report-xlsx').getAttribute('href')).toContain(`organizationId=${teamId}`);
    await row.getByTestId('evaluation-open-assessment').click();
    await row.getByTestId('evaluation-assess-stage').selectOption('sapling');
    await row.getByTestId('evaluation-assess-save').click();
    await row.getByText('已记下。').waitFor();
    await page.getByTestId('evaluation-move-released').click();
    await page.getByText('已公布').first().waitFor();
    await page.screenshot({ path: screenshotPath('evaluation-campaign-desktop'), fullPage: true });
    await context.close();
  });

  it('the leader sees the team’s result with the gap explained, on the phone', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}/organizations/${teamId}`);
    await page.getByTestId('team-evaluation-results').click();
    const card = page.getByTestId('evaluation-team-result').filter({ hasText: name });
    await card.waitFor();
    expect(await card.getByTestId('evaluation-team-gap').textContent()).toMatch(/^自评比他评高 \d+ 分。$/);
    expect(await card.getByTestId('evaluation-team-advice').textContent()).toBe(
      '自评偏高，下次对照签到表和账本再打分。',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('evaluation-team-result-phone'), fullPage: true });
    await context.close();
  });

  it('the street official reads the released totals and ranks on the phone, without advice or raters', async () => {
    const { context, page } = await pageAs(browser, 'street', 'phone');
    await page.goto(`${baseUrl()}/evaluation/released`);
    await page.getByTestId('evaluation-released-link').filter({ hasText: name }).click();
    const table = page.getByTestId('evaluation-released-results');
    await table.waitFor();
    await table.getByText('71.2').waitFor();
    expect(await page.textContent('body')).not.toContain('自评偏高');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('evaluation-released-phone'), fullPage: true });
    await context.close();
  });
});
