import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { baseUrl, openTeamFold, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 18's cultivation programmes and service model: the team's leader chooses to start its
 * service-model card on a 360 px phone and fills it, the signal dropping halfway (nothing typed is
 * lost); staff read the demo's 民生议题讨论会 with its outputs computed from the records, the street's
 * 梳理 sentence, and the leader's answers on the team's page.
 */
let browser: Browser;
let organizationId = '';

beforeAll(async () => {
  browser = await launchChromium();
  organizationId = await organizationOf('leader');
});
afterAll(() => browser?.close());

describe('cultivation programmes and the service model', () => {
  it('the leader starts and fills the team’s service-model card on a phone, offline halfway', async () => {
    const leader = await pageAs(browser, 'leader', 'phone');
    await leader.page.goto(`${baseUrl()}/organizations/${organizationId}`);
    await openTeamFold(leader.page, 'growth-record');
    await leader.page.getByTestId('service-model-start').click();
    await leader.page.getByTestId('service-model-progress').waitFor();
    await leader.page.getByTestId('service-model-whatItDoes').fill('每周三次广场舞，带楼里的老人出门走走。');
    await leader.context.setOffline(true);
    await leader.page.getByTestId('service-model-beneficiaries').fill('小区里独居的老人');
    await leader.page.getByTestId('service-model-save').click();
    await leader.page.getByTestId('service-model-kept').waitFor();
    await leader.context.setOffline(false);
    // What was typed offline comes back from the phone after a reload, and is saved from there.
    await leader.page.reload();
    await openTeamFold(leader.page, 'growth-record');
    await leader.page.getByTestId('service-model-draft').waitFor();
    expect(await leader.page.getByTestId('service-model-beneficiaries').inputValue()).toBe('小区里独居的老人');
    await leader.page.getByTestId('service-model-save').click();
    await leader.page.getByTestId('service-model-saved').filter({ hasText: '已保存' }).waitFor();
    expect(await leader.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await leader.page
      .getByTestId('service-model-section')
      .screenshot({ path: screenshotPath('service-model-card-phone') });
    await leader.context.close();
  });

  it('staff read the 民生议题讨论会’s outputs, the street’s 梳理 sentence and the team’s card', async () => {
    const staff = await pageAs(browser, 'staff', 'desktop');
    await staff.page.goto(`${baseUrl()}/coaching/programmes`);
    await staff.page.getByTestId('service-model-figures-sentence').filter({ hasText: '个组织进行了' }).waitFor();
    // The same sentence over a period: the workshops of the last sixty days (the 供需协商会's).
    await staff.page.getByTestId('service-model-figures-from').fill(testDate(-60));
    await staff.page.getByTestId('service-model-figures-to').fill(testDate(0));
    await staff.page.getByTestId('service-model-figures').getByText('以上是所选日期内的数字').waitFor();
    await staff.page.screenshot({ path: screenshotPath('programme-list-desktop'), fullPage: true });
    await staff.page.getByRole('link', { name: '社区民生议题讨论会' }).click();
    await staff.page.getByTestId('programme-page').waitFor();
    const sentence = await staff.page.getByTestId('programme-outputs-sentence').textContent();
    expect(sentence).toMatch(/^19 个组织开展公共活动 \d+ 次，联合活动 \d+ 次，骨干参与 \d+ 人次，服务居民 \d+ 人次。$/);
    // Nineteen teams and the total row.
    expect(await staff.page.getByTestId('programme-participant').count()).toBe(20);
    // How many moved up a stage is the server's count from the stage assessments, not typed in.
    const programmeId = staff.page.url().split('/').at(-1);
    const read = await staff.page.request.get(`${baseUrl()}/api/cultivation-programmes/${programmeId}`);
    const { stageMoves } = (await read.json()) as { stageMoves: { movedUp: number } };
    const moved = await staff.page.getByTestId('programme-stage-moves-sentence').textContent();
    expect(moved).toMatch(new RegExp(`^19 个参与组织中，${stageMoves.movedUp} 个升了阶段`));
    // Its eight 民生议题讨论会, each a link to the meeting's page.
    const meetings = staff.page.getByTestId('programme-meetings');
    await meetings.getByRole('heading', { name: '项目会议（8 次）' }).waitFor();
    expect(await meetings.getByRole('link').count()).toBe(8);
    await staff.page.screenshot({ path: screenshotPath('programme-outputs-desktop'), fullPage: true });

    await staff.page.goto(`${baseUrl()}/organizations/${organizationId}`);
    expect(await staff.page.getByTestId('service-model-whatItDoes').inputValue()).toContain('广场舞');
    await staff.context.close();
  });

  it('staff make a 供需协商会 and add a team to it, whose outputs show at once', async () => {
    const staff = await pageAs(browser, 'staff', 'desktop');
    await staff.page.goto(`${baseUrl()}/coaching/programmes`);
    await staff.page.getByTestId('programme-form-details').locator('summary').click();
    await staff.page.getByTestId('programme-name').fill('楼院供需协商会（旅程）');
    await staff.page.getByTestId('programme-kind').selectOption('supply_demand');
    await staff.page.getByTestId('programme-starts').fill(testDate(-90));
    await staff.page.getByTestId('programme-form-submit').click();
    await staff.page.getByTestId('programme-title').filter({ hasText: '楼院供需协商会（旅程）' }).waitFor();
    expect(await staff.page.getByTestId('programme-page').textContent()).toContain('小苗 → 小树');
    await staff.page.getByTestId('programme-add-details').locator('summary').click();
    await staff.page.getByTestId('programme-add-organization').fill('柳岸');
    await staff.page.getByTestId('programme-add-organization-option').first().click();
    await staff.page.getByTestId('programme-add-submit').click();
    // The team and the total row.
    await staff.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="programme-participant"]').length === 2,
    );
    expect(await staff.page.getByTestId('programme-outputs-sentence').textContent()).toMatch(
      /^1 个组织开展公共活动 \d+ 次/,
    );
    await staff.context.close();
  });
});
