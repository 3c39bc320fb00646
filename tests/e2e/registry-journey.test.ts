import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { baseUrl, drawSitePlan, openTeamFold, pageAs } from '../support/journey';

/**
 * Issue 8's journey: a social worker surveys a community, finds an activist, builds trust, helps a
 * team form around them and assesses its growth; the new leader, on a phone, adds a member and
 * sees the stage timeline.
 */
let browser: Browser;
let communityId: string;
let communityName: string;
const suffix = Date.now().toString(36).slice(-4);
const activistName = `周桂芬${suffix}`;
const teamName = `邻里互助小组${suffix}`;

beforeAll(async () => {
  browser = await launchChromium();
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const official = await db
      .selectFrom('users')
      .select('scope_id')
      .where('username', '=', 'official')
      .executeTakeFirstOrThrow();
    const community = await db
      .selectFrom('communities')
      .select(['id', 'name'])
      .where('id', '=', official.scope_id!)
      .executeTakeFirstOrThrow();
    communityId = community.id;
    communityName = community.name;
  } finally {
    await db.destroy();
  }
});
afterAll(() => browser?.close());

async function submitAndWait(page: Page, submitId: string, rowId: string, before: number) {
  await page.getByTestId(submitId).click();
  try {
    await expect.poll(() => page.getByTestId(rowId).count()).toBe(before + 1);
  } catch (error) {
    await page.screenshot({ path: screenshotPath(`failed-${submitId}`), fullPage: true });
    throw error;
  }
}

describe('surveying a community and growing a team', () => {
  let organizationUrl = '';
  let inviteLink = '';

  it('staff fill the community profile, two estates, two stakeholders, a need and a pinned resource', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.getByTestId('street-overview').waitFor();
    await page.goto(`${baseUrl()}/communities/${communityId}`);
    await page.getByTestId('community-survey').waitFor();

    await page.getByTestId('survey-tab-profile').click();
    await page.getByTestId('profile-residentPopulation').fill('8200');
    await page.getByTestId('profile-households').fill('2900');
    await page.getByTestId('profile-elderlyPopulation').fill('2100');
    await page.getByTestId('community-profile-submit').click();
    await expect.poll(() => page.getByTestId('community-profile-form').textContent()).toMatch(/已保存|保存成功|saved/i);

    await page.getByTestId('survey-tab-estates').click();
    for (const [name, type, year] of [
      [`幸福小区${suffix}`, 'old_neighbourhood', '1992'],
      [`锦绣家园${suffix}`, 'commodity_housing', '2012'],
    ] as const) {
      const before = await page.getByTestId('estate-row').count();
      await page.getByTestId('estate-name').fill(name);
      await page.getByTestId('estate-type').selectOption(type);
      await page.getByTestId('estate-build-year').fill(year);
      await submitAndWait(page, 'estate-submit', 'estate-row', before);
    }

    await page.getByTestId('survey-tab-stakeholders').click();
    for (const [kind, name] of [
      ['property_company', `安居物业${suffix}`],
      ['school', `槐荫小学${suffix}`],
    ] as const) {
      const before = await page.getByTestId('stakeholder-row').count();
      await page.getByTestId('stakeholder-kind').selectOption(kind);
      await page.getByTestId('stakeholder-name').fill(name);
      await submitAndWait(page, 'stakeholder-submit', 'stakeholder-row', before);
    }

    await page.getByTestId('survey-tab-needs').click();
    const needsBefore = await page.getByTestId('need-row').count();
    await page.getByTestId('need-description').fill(`独居老人午餐没人送${suffix}`);
    await page.getByTestId('need-source').selectOption('visit');
    await submitAndWait(page, 'need-submit', 'need-row', needsBefore);

    await page.getByTestId('survey-tab-resources').click();
    const resourcesBefore = await page.getByTestId('resource-row').count();
    const resourceName = `小广场${suffix}`;
    await page.getByTestId('resource-name').fill(resourceName);
    await page.getByTestId('resource-category').selectOption('place');
    await page.getByTestId('resource-persistence').selectOption('sustained');
    await submitAndWait(page, 'resource-submit', 'resource-row', resourcesBefore);

    await page.getByTestId('survey-tab-map').click();
    await page.getByTestId('site-plan-upload').setInputFiles({
      name: 'site-plan.png',
      mimeType: 'image/png',
      buffer: await drawSitePlan(browser),
    });
    await page.getByTestId('site-plan-image').waitFor();
    const pinsBefore = await page.getByTestId('site-plan-pin').count();
    const option = page.locator('[data-testid="site-plan-pin-resource"] option', { hasText: resourceName });
    await page.getByTestId('site-plan-pin-resource').selectOption((await option.getAttribute('value')) ?? '');
    await page.getByTestId('site-plan').click({ position: { x: 120, y: 280 } });
    await expect.poll(() => page.getByTestId('site-plan-pin').count()).toBe(pinsBefore + 1);
    await page.screenshot({ path: screenshotPath('staff-resource-map'), fullPage: true });
    await context.close();
  });

  it('staff find an activist, visit twice and move them to initial trust, then form a team around them', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.getByTestId('street-overview').waitFor();

    await page.goto(`${baseUrl()}/people/new`);
    await page.getByTestId('new-person-name').fill(activistName);
    await page.getByTestId('new-person-community').selectOption({ label: communityName });
    await page.getByTestId('new-person-activist').check();
    await page.getByTestId('new-person-submit').click();
    await page.getByTestId('person-page').waitFor();
    await expect.poll(() => page.getByTestId('person-name').textContent()).toContain(activistName);
    const personId = new URL(page.url()).pathname.split('/').pop() ?? '';

    for (const [place, learned] of [
      ['小广场', '每天早上带着几位老姐妹锻炼，说话有人听。'],
      ['她家里', '愿意组织邻居互相照应，担心没有经费。'],
    ] as const) {
      const before = await page.getByTestId('visit-row').count();
      await page.getByTestId('visit-place').fill(place);
      await page.getByTestId('visit-learned').fill(learned);
      await submitAndWait(page, 'visit-submit', 'visit-row', before);
    }
    for (const [stage, reason] of [
      ['acquainted', '第一次走访后主动打招呼，聊了家常。'],
      ['initial_trust', '第二次走访时讲了自己的想法，同意一起试试。'],
    ] as const) {
      await page.getByTestId('trust-to').selectOption(stage);
      await page.getByTestId('trust-reason').fill(reason);
      await page.getByTestId('trust-submit').click();
      await expect.poll(() => page.getByTestId('trust-stage').getAttribute('data-stage')).toBe(stage);
    }
    await page.screenshot({ path: screenshotPath('staff-person-trust'), fullPage: true });

    await page.goto(`${baseUrl()}/organizations/new?communityId=${communityId}`);
    await page.getByTestId('new-organization-name').fill(teamName);
    await page.getByTestId('new-organization-type').selectOption('neighbour_help');
    await page.getByTestId('organization-leader-select').selectOption(personId);
    await page.getByTestId('new-organization-submit').click();
    await page.getByTestId('organization-page').waitFor();
    await expect.poll(() => page.getByTestId('organization-name').textContent()).toBe(teamName);
    organizationUrl = new URL(page.url()).pathname;

    for (const [stage, evidence] of [
      ['seed', '核心成员 5 人分工明确：队长、联络、后勤；有了队名和共同目标。'],
      ['sapling', '成员 32 人，订立队规，开始为楼里的独居老人送餐。'],
    ] as const) {
      const before = await page.getByTestId('stage-timeline-entry').count();
      await page.getByTestId('assess-stage').selectOption(stage);
      await page.getByTestId('assess-evidence').fill(evidence);
      await submitAndWait(page, 'assess-submit', 'stage-timeline-entry', before);
    }
    await expect.poll(() => page.getByTestId('current-stage').textContent()).toContain('小苗');

    // The team files with the residents' committee: staff record it with the certificate's scan.
    const reference = `槐荫社区备字〔2026〕${suffix}号`;
    await page.getByTestId('change-form-details').locator('summary').click();
    await page.getByTestId('change-field').selectOption('filing_status');
    await page.getByTestId('change-value').selectOption('filed');
    await page.getByTestId('change-document').fill(reference);
    await page.getByTestId('change-form-submit').click();
    const entry = page.locator('[data-testid="registry-history"] li', { hasText: reference });
    await entry.waitFor();
    await entry.getByTestId('change-document-upload').setInputFiles({
      name: '备案证明.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await entry.getByTestId('change-document-link').waitFor();

    await page.getByTestId('invite-leader-name').fill(activistName);
    await page.getByTestId('invite-leader-submit').click();
    inviteLink = await page.getByTestId('invite-link').inputValue();
    await page.screenshot({ path: screenshotPath('staff-new-team-assessed'), fullPage: true });
    await context.close();
  });

  it('the new leader, on a 360 px phone, joins, adds a member and sees the stage timeline', async () => {
    const phone = await phoneContext(browser);
    const page = await phone.newPage();
    await page.goto(`${baseUrl()}${new URL(inviteLink).pathname}`);
    await page.getByTestId('invite-form').waitFor();
    await page
      .locator('[data-testid="invite-form"] input')
      .nth(0)
      .fill(`136${Date.now().toString().slice(-8)}`);
    const passwords = page.locator('[data-testid="invite-form"] input[type="password"]');
    for (let i = 0; i < (await passwords.count()); i += 1) await passwords.nth(i).fill('zhou-guifen-1');
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('organization-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(organizationUrl);

    // The register and the growth record are folded on the team's own home: one tap each.
    await openTeamFold(page, 'team-records');
    const before = await page.getByTestId('member-row').count();
    await page.getByTestId('member-add-name').fill('吴秀兰');
    await page.getByTestId('member-add-submit').click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(before + 1);
    await openTeamFold(page, 'growth-record');
    await expect.poll(() => page.getByTestId('stage-timeline-entry').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('leader-team-timeline-phone'), fullPage: true });
    await phone.close();
  });
});
