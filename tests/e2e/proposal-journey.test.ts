import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testDate } from '../support/clock';
import { grantRoundInput } from '../support/grant-rounds';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * Issue 17's proposal on paper and phone: the leader of 夕阳红舞蹈队 writes a proposal with a budget
 * on a 360 px phone and submits it while the network is cut, and it goes once the network returns;
 * the residents' committee's official endorses it; staff comment on a budget line, the leader
 * accepts the comment and changes the line in a new version and adds the residents' signatures as a
 * PDF 附件; staff see the diff, the attachment and the A4 form.
 * Then a children's council's leader finds the round on the team's own page, writes from it, and
 * its accountable adult signs before it can be submitted.
 */
let browser: Browser;
let roundCode = '';
let proposalPath = '';
let roundPath = '';
let roundName = '';

/** Staff's writes through the API, logged in on a desktop, for what the journey starts from. */
type StaffPost = <Answer>(path: string, data?: object) => Promise<Answer>;
async function asStaff<T>(run: (post: StaffPost) => Promise<T>): Promise<T> {
  const { context, page } = await pageAs(browser, 'staff', 'desktop');
  try {
    const me = await (await page.request.get(`${baseUrl()}/api/auth/me`)).json();
    const headers = { 'x-csrf-token': me.csrfToken };
    const post: StaffPost = async (path, data) => {
      const answer = await page.request.post(`${baseUrl()}${path}`, { data, headers });
      expect(answer.status(), `${path}: ${await answer.text()}`).toBeLessThan(300);
      return answer.json();
    };
    return await run(post);
  } finally {
    await context.close();
  }
}

/** The leader's team's street and home community, from the e2e database. */
async function leaderTeam() {
  const organizationId = await organizationOf('leader');
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    return await database
      .selectFrom('organizations')
      .select(['id', 'street_id', 'home_community_id'])
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
  } finally {
    await database.destroy();
  }
}

/** A round staff publish for the leader's community, open today on the e2e clock. */
async function publishRound() {
  const team = await leaderTeam();
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  const input = await grantRoundInput(
    database,
    { streetId: team.street_id, communityId: team.home_community_id },
    { startsOn: testDate(-20), name: `楼道微创投 旅程 ${Date.now().toString(36).slice(-4)}` },
  ).finally(() => database.destroy());
  return asStaff(async (post) => {
    const round = await post<{ id: string; code: string; name: string }>('/api/grant-rounds', input);
    await post(`/api/grant-rounds/${round.id}/publish`);
    return round;
  });
}

async function openFold(page: Page, testId: string) {
  const fold = page.getByTestId(testId);
  if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
}

beforeAll(async () => {
  browser = await launchChromium();
  const round = await publishRound();
  roundCode = round.code;
  roundName = round.name;
  roundPath = `/grants/rounds/${round.id}`;
});
afterAll(() => browser?.close());

describe('a proposal from the leader’s phone to staff’s desk', () => {
  it('the leader writes a budget and submits it with the network cut; it goes once the network returns', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    // From the round's public page, the one on its poster's QR code.
    await page.goto(`${baseUrl()}/r/${roundCode}`);
    await page.getByTestId('round-write-proposal').click();
    await page.getByTestId('proposal-form').waitFor();
    expect(await page.getByTestId('proposal-round-rules').textContent()).toContain('¥15,000.00');
    await page.getByTestId('proposal-title').fill('楼道花园');
    await page.getByTestId('proposal-issue').fill('楼道里堆满杂物，邻居们想一起种花。');

    await openFold(page, 'proposal-budget');
    await page.getByTestId('proposal-line-add').click();
    const seedlings = page.getByTestId('proposal-line-row').nth(0);
    await seedlings.getByTestId('proposal-line-item').fill('花苗');
    await seedlings.getByTestId('proposal-line-price').fill('5');
    await seedlings.getByTestId('proposal-line-quantity').fill('200');
    expect(await seedlings.getByTestId('proposal-line-total').textContent()).toContain('¥1,000.00');
    // A line on the round's negative list is flagged as it is typed, before the server sees it.
    await page.getByTestId('proposal-line-add').click();
    const drinks = page.getByTestId('proposal-line-row').nth(1);
    await drinks.getByTestId('proposal-line-item').fill('啤酒');
    await drinks.getByTestId('proposal-line-price').fill('8.5');
    await drinks.getByTestId('proposal-line-quantity').fill('2');
    await drinks.getByTestId('proposal-line-negative').waitFor();
    expect(await page.getByTestId('proposal-total').textContent()).toContain('¥1,017.00');
    await page.screenshot({ path: screenshotPath('proposal-budget-phone'), fullPage: true });
    await drinks.getByRole('button', { name: '删掉' }).click();
    expect(await page.getByTestId('proposal-total').textContent()).toContain('¥1,000.00');
    await openFold(page, 'proposal-months');
    await page.getByTestId('proposal-months-input').fill('4');

    await context.setOffline(true);
    await page.getByTestId('proposal-submit').click();
    await page.getByTestId('proposal-pending').waitFor();
    await page.screenshot({ path: screenshotPath('proposal-pending-offline-phone'), fullPage: true });
    await context.setOffline(false);
    await page.getByTestId('proposal-page').waitFor();
    await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('已提交');
    expect(await page.getByTestId('proposal-requested').textContent()).toBe('¥1,000.00');
    proposalPath = new URL(page.url()).pathname;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('proposal-submitted-phone'), fullPage: true });
    await context.close();
  });

  it('the committee official endorses it with one tap', async () => {
    const { context, page } = await pageAs(browser, 'official', 'phone');
    await page.goto(`${baseUrl()}${proposalPath}`);
    await page.getByTestId('proposal-endorse-form-note').fill('居委会支持，楼道可以用。');
    await page.getByTestId('proposal-endorse').click();
    await expect.poll(() => page.getByTestId('proposal-endorsement-text').textContent()).toBe('居委会已认可');
    expect(await page.getByTestId('proposal-edit').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('proposal-endorsed-phone'), fullPage: true });
    await context.close();
  });

  it('staff comment on a budget line, without any way to edit the text', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}${roundPath}`);
    await page.getByTestId('round-proposal').filter({ hasText: '楼道花园' }).getByRole('link').click();
    await page.getByTestId('proposal-page').waitFor();
    expect(await page.getByTestId('proposal-edit').count()).toBe(0);
    const anchor = page.getByTestId('proposal-comment-anchor');
    const lineAnchor = await anchor.locator('option', { hasText: '花苗' }).getAttribute('value');
    await anchor.selectOption(lineAnchor!);
    await page.getByTestId('proposal-comment-text').fill('花苗五块一盆偏贵，问问物业能不能四块。');
    await page.getByTestId('proposal-comment-send').click();
    await page.getByTestId('proposal-comments-budgetLines').getByText('花苗五块一盆偏贵').waitFor();
    await context.close();
  });

  it('the leader accepts the comment and changes the line in a new version', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}${proposalPath}`);
    const comment = page.getByTestId('proposal-comment').filter({ hasText: '花苗五块一盆偏贵' });
    await comment.getByTestId('proposal-comment-accepted').click();
    await comment.getByTestId('proposal-comment-response').waitFor();
    await page.getByTestId('proposal-edit').click();
    await page.getByTestId('proposal-form').waitFor();
    await openFold(page, 'proposal-budget');
    await page.getByTestId('proposal-line-row').nth(0).getByTestId('proposal-line-price').fill('4');
    expect(await page.getByTestId('proposal-total').textContent()).toContain('¥800.00');
    await page.getByTestId('proposal-save').click();
    await page.getByTestId('proposal-page').waitFor();
    await expect.poll(() => page.getByTestId('proposal-version').textContent()).toContain('第 2 稿');
    await context.close();
  });

  it('the leader adds the residents’ signatures as a PDF 附件 on the phone, and can take it off again', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    await page.goto(`${baseUrl()}${proposalPath}`);
    const upload = page.getByTestId('proposal-attachment-upload');
    const signatures = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await upload.setInputFiles({ name: '居民签名.pdf', mimeType: 'application/pdf', buffer: signatures });
    const listed = page.getByTestId('proposal-attachment').filter({ hasText: '居民签名.pdf' });
    await listed.waitFor();
    await upload.setInputFiles({ name: '多余的.pdf', mimeType: 'application/pdf', buffer: signatures });
    const extra = page.getByTestId('proposal-attachment').filter({ hasText: '多余的.pdf' });
    await extra.getByRole('button').click();
    await extra.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByTestId('proposal-attachments').screenshot({ path: screenshotPath('proposal-attachments-phone') });
    await context.close();
  });

  it('staff see what changed between the versions and print the A4 form', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}${proposalPath}`);
    await page.getByTestId('proposal-attachment').filter({ hasText: '居民签名.pdf' }).waitFor();
    const changes = page.getByTestId('proposal-changes');
    await changes.waitFor();
    const text = await changes.textContent();
    expect(text).toContain('¥1,000.00');
    expect(text).toContain('¥800.00');
    expect(text).toContain('-¥200.00');
    await page.screenshot({ path: screenshotPath('proposal-page-desktop'), fullPage: true });
    await page.getByTestId('proposal-print-link').click();
    await page.getByTestId('proposal-print').waitFor();
    expect(await page.getByTestId('proposal-print-requested').textContent()).toBe('¥800.00');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('proposal-print-a4'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await context.close();
  });
});

/**
 * A children's council of the leader's community (seed 000: 青朴's 儿童议事会), made by staff, whose
 * accountable adult — a parent who leads it — joins by an invite: its account writes and signs.
 */
async function childrenCouncil() {
  const team = await leaderTeam();
  const suffix = Date.now().toString(36).slice(-5);
  return asStaff(async (post) => {
    const parent = await post<{ id: string }>('/api/people', {
      name: `议事会家长${suffix}`,
      communityId: team.home_community_id,
      birthYear: 1986,
    });
    const council = await post<{ id: string }>('/api/organizations', {
      name: `小小议事会${suffix}`,
      organizationType: 'children_council',
      homeCommunityId: team.home_community_id,
      leaderPersonId: parent.id,
    });
    const invite = await post<{ code: string }>('/api/invites', {
      organizationId: council.id,
      displayName: `议事会家长${suffix}`,
      personId: parent.id,
    });
    // Leaders and members sign in with their phone: one no demo person has.
    return { organizationId: council.id, inviteCode: invite.code, phone: `139${String(Date.now()).slice(-8)}` };
  });
}

describe('a team’s way into a round from its own page, and a council’s adult signature', () => {
  it('a council’s leader on a phone sees the open round on the team page and writes from it; the adult signs, then it goes', async () => {
    const council = await childrenCouncil();
    const context = await phoneContext(browser);
    const accepted = await context.request.post(`${baseUrl()}/api/invites/${council.inviteCode}/accept`, {
      data: { phone: council.phone, password: 'seedbed-council-1' },
    });
    expect(accepted.status(), await accepted.text()).toBeLessThan(300);
    // Joining signs the phone in, as the invite page does.
    const page = await context.newPage();

    await page.goto(`${baseUrl()}/organizations/${council.organizationId}`);
    const open = page.getByTestId('team-open-round').filter({ hasText: roundName });
    await open.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('team-open-rounds-phone'), fullPage: true });
    await open.getByTestId('team-open-round-write').click();
    await page.getByTestId('proposal-form').waitFor();
    await page.getByTestId('proposal-title').fill('小区里的儿童角');
    await page.getByTestId('proposal-issue').fill('小朋友放学后没有地方玩。');
    await openFold(page, 'proposal-budget');
    await page.getByTestId('proposal-line-add').click();
    const chalk = page.getByTestId('proposal-line-row').nth(0);
    await chalk.getByTestId('proposal-line-item').fill('粉笔和跳绳');
    await chalk.getByTestId('proposal-line-price').fill('20');
    await chalk.getByTestId('proposal-line-quantity').fill('10');
    await openFold(page, 'proposal-months');
    await page.getByTestId('proposal-months-input').fill('3');
    // 提交 from the form: the words are saved, and the page says the adult must sign first.
    await page.getByTestId('proposal-submit').click();
    await page.getByTestId('proposal-page').waitFor();
    const signature = page.getByTestId('proposal-adult-signature');
    await expect.poll(() => signature.getAttribute('data-signed')).toBe('no');
    expect(await page.getByTestId('proposal-status').textContent()).toBe('草稿');
    // Submitting unsigned is refused with the server's words.
    await page.getByTestId('proposal-submit-now').click();
    await expect
      .poll(() => page.getByTestId('proposal-submit-panel').getByTestId('error').textContent())
      .toContain('负责的成年人签字');
    await page.screenshot({ path: screenshotPath('proposal-adult-unsigned-phone'), fullPage: true });

    await page.getByTestId('proposal-adult-sign').click();
    await expect.poll(() => signature.getAttribute('data-signed')).toBe('yes');
    await page.getByTestId('proposal-submit-now').click();
    await expect.poll(() => page.getByTestId('proposal-status').textContent()).toBe('已提交');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('proposal-adult-signed-phone'), fullPage: true });

    // The team page leads to its grants page, where the proposal is listed.
    await page.goto(`${baseUrl()}/organizations/${council.organizationId}/grants`);
    await page.getByTestId('team-proposal').filter({ hasText: '小区里的儿童角' }).waitFor();
    await page.screenshot({ path: screenshotPath('team-grants-page-phone'), fullPage: true });
    await context.close();
  });
});
