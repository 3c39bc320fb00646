import { randomUUID } from 'node:crypto';
import { type Db, openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { testDate, testNow } from '../support/clock';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 17's grant after the determination: staff make the agreement of an approved proposal from
 * the decision table and hand the team a tranche (desk); the team's leader writes its closing words
 * on a 360 px phone, the network dropping halfway; staff close the grant, and the frozen report
 * shows the plan against what was held. The approved proposal is a copy of the team's demo one
 * (its plan items too) with one activity held for the first item, so no other journey's agreement
 * stands in the way.
 */
let browser: Browser;
let roundId = '';
let proposalId = '';
const title = `楼道花园二期 ${randomUUID().slice(0, 4)}`;

async function copyApprovedProposal(database: Db, organizationId: string) {
  const proposal = await database
    .selectFrom('grant_proposals')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('determination', '=', 'approved')
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await database
    .insertInto('grant_proposals')
    .values({ ...proposal, id, title })
    .execute();
  const version = await database
    .selectFrom('grant_proposal_versions')
    .selectAll()
    .where('proposal_id', '=', proposal.id)
    .where('number', '=', proposal.current_version)
    .executeTakeFirstOrThrow();
  await database
    .insertInto('grant_proposal_versions')
    .values({ ...version, id: randomUUID(), proposal_id: id, content: JSON.stringify(version.content) })
    .execute();
  const items = await database
    .selectFrom('grant_plan_items')
    .selectAll()
    .where('proposal_id', '=', proposal.id)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  const copies = items.map((item) => ({ ...item, id: randomUUID(), proposal_id: id }));
  if (copies.length > 0) await database.insertInto('grant_plan_items').values(copies).execute();
  return { id, roundId: proposal.round_id, firstItem: copies[0] };
}

/** One activity of the team two days ago, linked 计划内 to the copy's first plan item. */
async function holdActivityFor(database: Db, organizationId: string, planItemId: string) {
  const organization = await database
    .selectFrom('organizations')
    .select(['street_id', 'home_community_id'])
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  const startsAt = new Date(testNow().getTime() - 2 * 86_400_000);
  const id = randomUUID();
  await database
    .insertInto('activities')
    .values({
      id,
      street_id: organization.street_id,
      community_id: organization.home_community_id,
      run_by: 'organizations',
      title: '二期：清理楼道',
      starts_at: startsAt,
      ends_at: new Date(startsAt.getTime() + 2 * 3_600_000),
      openness: 'open_to_all',
      organizer_count: 3,
      served_count: 9,
      is_planned_in_project: true,
      plan_item_id: planItemId,
      // Unique per activity, like the server's (letters the readable alphabet has).
      sign_in_code: `GC${randomUUID()
        .replace(/[^a-f]/g, '')
        .slice(0, 6)
        .toUpperCase()
        .padEnd(6, 'K')}`,
      updated_at: startsAt,
    })
    .execute();
  await database
    .insertInto('activity_organizations')
    .values({ activity_id: id, organization_id: organizationId, street_id: organization.street_id })
    .execute();
}

beforeAll(async () => {
  browser = await launchChromium();
  const organizationId = await organizationOf('leader');
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const copy = await copyApprovedProposal(database, organizationId);
    proposalId = copy.id;
    roundId = copy.roundId;
    if (!copy.firstItem) throw new Error('the demo team’s approved proposal has no plan items');
    await holdActivityFor(database, organizationId, copy.firstItem.id);
  } finally {
    await database.destroy();
  }
});
afterAll(() => browser?.close());

describe('a grant from its agreement to its final report', () => {
  it('is agreed and paid by staff, summed up by the team on a phone, and closed with the plan against what was held', async () => {
    const staff = await pageAs(browser, 'staff', 'desktop');
    await staff.page.goto(`${baseUrl()}/grants/rounds/${roundId}/decisions`);
    const row = staff.page.locator(`[data-testid="grant-decision-row"][data-proposal="${proposalId}"]`);
    await row.getByTestId('grant-decision-make-agreement').click();
    await staff.page.getByTestId('grant-agreement-grantor').fill('街道社区基金会');
    await staff.page.getByTestId('grant-agreement-starts').fill(testDate(-60));
    await staff.page.getByTestId('grant-agreement-ends').fill(testDate(90));
    await staff.page.getByTestId('grant-agreement-save').click();
    await staff.page.getByTestId('grant-agreement-page').waitFor();
    const agreementPath = new URL(staff.page.url()).pathname;

    await staff.page.getByTestId('grant-tranche-amount').fill('300');
    await staff.page.getByTestId('grant-tranche-note').fill('首期预拨');
    await staff.page.getByTestId('grant-tranche-save').click();
    const tranche = staff.page.getByTestId('grant-tranche').first();
    await tranche.waitFor();
    expect(await tranche.textContent()).toContain('¥300.00');
    await tranche.getByTestId('grant-tranche-pay').click();
    await staff.page.waitForSelector('[data-testid="grant-tranche"][data-paid="true"]');
    await staff.page.getByText('团队手里的预拨款 ¥300.00').waitFor();
    await staff.page.screenshot({ path: screenshotPath('grant-agreement-tranche-desktop'), fullPage: true });

    const leader = await pageAs(browser, 'leader', 'phone');
    await leader.page.goto(`${baseUrl()}${agreementPath}`);
    await leader.page.getByTestId('grant-closing-link').click();
    const words = leader.page.getByTestId('grant-closing-words');
    await words.fill('我们清理了三个楼道，邻居们一起来帮忙。');
    await leader.context.setOffline(true);
    await words.fill('我们清理了三个楼道，邻居们一起来帮忙。明年还想种花。');
    await leader.page.getByTestId('grant-closing-words-save').click();
    await leader.page.getByTestId('grant-closing-words-kept').waitFor();
    await leader.context.setOffline(false);
    // What was typed offline comes back from the phone after a reload, and is saved from there.
    await leader.page.reload();
    await leader.page.getByTestId('grant-closing-words-draft').waitFor();
    expect(await words.inputValue()).toBe('我们清理了三个楼道，邻居们一起来帮忙。明年还想种花。');
    await leader.page.getByTestId('grant-closing-words-save').click();
    await leader.page.getByText('总结已保存。').waitFor();
    expect(await leader.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await leader.page.screenshot({ path: screenshotPath('grant-closing-words-phone'), fullPage: true });
    await leader.context.close();

    await staff.page.goto(`${baseUrl()}${agreementPath}/closing`);
    expect(await staff.page.getByTestId('grant-closing-team-words').textContent()).toContain('明年还想种花');
    await staff.page.getByTestId('grant-close-submit').click();
    await staff.page.getByTestId('grant-closing-state').filter({ hasText: '已结项' }).waitFor();
    const held = await staff.page.getByTestId('grant-closing-held').allTextContents();
    expect(held[0]).toContain('1 次');
    expect(await staff.page.getByTestId('grant-closing-plan-summary').textContent()).toMatch(/举办了 1 项/);
    await staff.page.screenshot({ path: screenshotPath('grant-closing-report-desktop'), fullPage: true });
    await staff.context.close();
  });
});
