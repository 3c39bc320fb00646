import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopContext, launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { type EmptyDeployment, startEmptyDeployment } from '../support/empty-deployment';
import { logIn, openTeamFold } from '../support/journey';
import { xlsxType } from '../support/place-sheet';

/**
 * Issue 15's journey: an incubator installs Seedbed for its street and starts from nothing. The
 * first administrator sets a password from the link the console printed, creates the street and
 * imports its communities from the xlsx template a street office filled in, and invites a social
 * worker and the residents' committee's officer. The social worker finds an activist, forms a
 * team and invites its leader, who joins on a 360 px phone, forgets the password and gets back in
 * with a reset code. The leader's deputy records an activity; the officer confirms the team's 备案.
 */
let browser: Browser;
let deployment: EmptyDeployment;
const street = '槐荫街道';
const community = '槐荫社区';
const leaderPhone = '13912345678';
const deputyPhone = '13912345679';
const team = '槐荫邻里互助队';

beforeAll(async () => {
  browser = await launchChromium();
  deployment = await startEmptyDeployment();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await deployment?.stop();
});

const at = (path: string) => `${deployment.baseUrl}${path}`;
const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(`empty-${name}`), fullPage: true });
const fitsThePhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

async function signedIn(login: string, password: string, device: 'phone' | 'desktop') {
  const context = await (device === 'phone' ? phoneContext(browser) : desktopContext(browser));
  const page = await context.newPage();
  await logIn(page, login, password, deployment.baseUrl);
  return { context, page };
}

/** Opens an invite link in a fresh browser and joins with a phone (leaders) or a username. */
async function join(link: string, login: { phone?: string; username?: string }, password: string) {
  const context: BrowserContext = await (login.phone ? phoneContext(browser) : desktopContext(browser));
  const page = await context.newPage();
  await page.goto(at(new URL(link).pathname));
  await page.getByTestId('invite-form').waitFor();
  if (login.phone) await page.locator('[data-testid="invite-form"] input').nth(0).fill(login.phone);
  if (login.username) await page.getByTestId('invite-username').fill(login.username);
  await page.getByTestId('invite-password').fill(password);
  await page.getByTestId('invite-confirm').fill(password);
  return { context, page };
}

/** Staff or the administrator invite someone from 账户管理; the link they would send in WeChat. */
async function inviteFromAccounts(page: Page, name: string, role: string, scopeLabel: string): Promise<string> {
  await page.goto(at('/accounts'));
  await page.getByTestId('invite-account-name').fill(name);
  await page.getByTestId('invite-account-role').selectOption(role);
  const kind = page.getByTestId('invite-account-scope-kind');
  if (await kind.count()) await kind.selectOption({ index: 1 });
  const scope = page.getByTestId('invite-account-scope');
  await expect.poll(() => scope.locator('option', { hasText: scopeLabel }).count()).toBeGreaterThan(0);
  await scope.selectOption({ label: scopeLabel });
  await page.getByTestId('invite-account-submit').click();
  await page.getByTestId('invite-qr').waitFor();
  return page.getByTestId('invite-link').inputValue();
}

describe('a street starts from an empty deployment', () => {
  const links: Record<string, string> = {};

  it('the first administrator sets a password from the console link', async () => {
    expect(deployment.adminLink).toMatch(/\/reset\/\w+/);
    const context = await desktopContext(browser);
    const page = await context.newPage();
    await page.goto(at(new URL(deployment.adminLink).pathname));
    await page.getByTestId('reset-form').waitFor();
    await page.getByTestId('reset-password').fill('first-admin-2026');
    await page.getByTestId('reset-confirm').fill('first-admin-2026');
    await shot(page, '1-admin-sets-password');
    await page.getByTestId('reset-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/reset'));
    await context.close();
  });

  it('creates the street and imports its communities from the template a street office filled in', async () => {
    const { context, page } = await signedIn('admin', 'first-admin-2026', 'desktop');
    await page.getByTestId('nav-places').click();
    await page.getByTestId('street-add-name').fill(street);
    await page.getByTestId('street-add-submit').click();
    await expect.poll(() => page.locator('body').textContent()).toContain(street);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('place-template').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.getWorksheet('地点');
    if (!sheet) throw new Error('the template has no 地点 sheet');
    // Typed under the header, as a street office fills it in (the type column offers a list).
    const rows = [
      [community, 8200, 2900, '幸福小区', '老旧小区', 1992, '1号院'],
      [community, 8200, 2900, '锦绣家园', '商品房小区', 2012, ''],
      ['桃源社区', 6100, 2050, '桃源新村', '老旧小区', 1988, ''],
    ];
    rows.forEach((cells, index) => {
      sheet.getRow(index + 2).values = cells;
    });
    await page.getByTestId('place-import-file').setInputFiles({
      name: '槐荫街道地点.xlsx',
      mimeType: xlsxType,
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await page.getByTestId('place-import-submit').click();
    await page.locator('[data-testid="place-import-summary"], [data-testid="place-import-problems"]').waitFor();
    const problems = page.getByTestId('place-import-problems');
    if (await problems.count()) throw new Error(`the sheet was refused: ${await problems.textContent()}`);
    await expect.poll(() => page.getByTestId('place-community').count()).toBe(2);
    await shot(page, '2-admin-imports-places');

    links.staff = await inviteFromAccounts(page, '李社工', 'incubator_staff', street);
    links.official = await inviteFromAccounts(page, '刘主任', 'community_official', community);
    await shot(page, '3-admin-invites-official');
    await context.close();
  });

  it('the social worker and the officer join from their links', async () => {
    for (const [link, username, password] of [
      [links.staff, 'li.sg', 'li-shegong-2026'],
      [links.official, 'liu.zr', 'liu-zhuren-2026'],
    ] as const) {
      const { context, page } = await join(link ?? '', { username }, password);
      await page.getByTestId('invite-submit').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/invite'));
      await context.close();
    }
  });

  it('the social worker forms a team around an activist and invites its leader', async () => {
    const { context, page } = await signedIn('li.sg', 'li-shegong-2026', 'desktop');
    await page.goto(at('/people/new'));
    await page.getByTestId('new-person-name').fill('周桂芬');
    await page.getByTestId('new-person-community').selectOption({ label: community });
    await page.getByTestId('new-person-activist').check();
    await page.getByTestId('new-person-submit').click();
    await page.getByTestId('person-page').waitFor();
    const personId = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.goto(at('/organizations/new'));
    await page.getByTestId('new-organization-name').fill(team);
    await page.getByTestId('new-organization-type').selectOption('neighbour_help');
    await page.getByTestId('new-organization-community').selectOption({ label: community });
    await page.getByTestId('organization-leader-select').selectOption(personId);
    await page.getByTestId('new-organization-submit').click();
    await page.getByTestId('organization-page').waitFor();
    links.organization = new URL(page.url()).pathname;

    await page.getByTestId('invite-leader-name').fill('周桂芬');
    await page.getByTestId('invite-leader-submit').click();
    links.leader = await page.getByTestId('invite-link').inputValue();
    await shot(page, '4-staff-invites-leader');
    await context.close();
  });

  it('the leader joins on a phone, forgets the password and gets back in with a reset code', async () => {
    const joined = await join(links.leader ?? '', { phone: leaderPhone }, 'zhou-guifen-1');
    await joined.page.getByTestId('invite-submit').click();
    await joined.page.getByTestId('organization-page').waitFor();
    await fitsThePhone(joined.page);
    await shot(joined.page, '5-leader-joined-phone');
    await joined.context.close();

    const phone = await phoneContext(browser);
    const page = await phone.newPage();
    await page.goto(at('/login'));
    await page.getByTestId('login-login').fill(leaderPhone);
    await page.getByTestId('login-password').fill('zhou-guifen-2');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.locator('[data-testid="login-form"] [role="alert"]').textContent()).toContain('4');
    await page.getByTestId('login-forgot').click();
    await page.getByTestId('reset-code-entry').waitFor();
    await shot(page, '6-leader-forgot-phone');

    const staff = await signedIn('li.sg', 'li-shegong-2026', 'desktop');
    await staff.page.getByTestId('nav-reset-password').click();
    await staff.page.getByTestId('issue-reset-login').fill(leaderPhone);
    await staff.page.getByTestId('issue-reset-submit').click();
    const code = (await staff.page.getByTestId('reset-issued-code').textContent()) ?? '';
    await shot(staff.page, '7-staff-issues-reset');
    await staff.context.close();

    await page.getByTestId('reset-code').fill(code);
    await page.getByTestId('reset-code-submit').click();
    await page.getByTestId('reset-password').fill('zhou-guifen-3');
    await page.getByTestId('reset-confirm').fill('zhou-guifen-3');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('organization-page').waitFor();
    await fitsThePhone(page);
    // Her own team's page opens on 记录活动: within the first screen of a 740 px phone.
    const record = await page.getByTestId('record-activity').boundingBox();
    expect(record?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(740 - (record?.height ?? 0));
    await shot(page, '8-leader-back-in-phone');

    // The team divides the work (seed 000): the leader adds 吴秀兰 as 副队长, in 队伍资料.
    await openTeamFold(page, 'team-records');
    await page.getByTestId('member-add-name').fill('吴秀兰');
    await page.getByTestId('member-add-phone').fill(deputyPhone);
    await page.getByTestId('member-add-role').selectOption('deputy');
    await page.getByTestId('member-add-submit').click();
    await expect.poll(() => page.getByTestId('member-row').count()).toBe(2);
    // 已离开 asks first: a slip of the thumb does not drop her from the team.
    const row = page.getByTestId('member-manage-row').filter({ hasText: '吴秀兰' });
    await row.getByTestId('member-left').click();
    await row.getByTestId('member-left-question').waitFor();
    await fitsThePhone(page);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('empty-8b-leader-member-left-question-phone') });
    await row.getByRole('button', { name: '取消' }).click();
    expect(await row.getByTestId('member-left-question').count()).toBe(0);
    expect(await page.getByTestId('member-row').count()).toBe(2);
    await phone.close();
  });

  it('the social worker invites the deputy, who records an activity on her phone', async () => {
    const staff = await signedIn('li.sg', 'li-shegong-2026', 'desktop');
    await staff.page.goto(at(links.organization ?? ''));
    const member = staff.page.getByTestId('invite-leader-member');
    await member.selectOption({ label: '吴秀兰（副队长）' });
    await expect.poll(() => staff.page.getByTestId('invite-leader-name').inputValue()).toBe('吴秀兰');
    await staff.page.getByTestId('invite-leader-submit').click();
    const link = await staff.page.getByTestId('invite-link').inputValue();
    await staff.page.getByTestId('invite-leader').scrollIntoViewIfNeeded();
    await staff.page.screenshot({ path: screenshotPath('empty-9-staff-invites-deputy') });
    await staff.context.close();

    const { context, page } = await join(link, { phone: deputyPhone }, 'wu-xiulan-1');
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('organization-page').waitFor();
    await openTeamFold(page, 'team-records');
    await page.getByTestId('member-row').first().waitFor();
    expect(await page.getByTestId('member-add-form').count()).toBe(0);
    await page.getByTestId('record-activity').click();
    await page.getByTestId('activity-form-page').waitFor();
    await page.getByTestId('activity-title').fill('楼道互助茶话会');
    await page.getByTestId('section-people').locator('summary').click();
    await page.getByTestId('served-count').fill('9');
    await fitsThePhone(page);
    await shot(page, '10-deputy-records-activity-phone');
    await page.getByTestId('activity-submit').click();
    await page.getByTestId('activity-page').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('local-status').getAttribute('data-state')).toBe('sent');
    await context.close();
  });

  it('staff record the team’s 备案 and the residents’ committee confirms it', async () => {
    const staff = await signedIn('li.sg', 'li-shegong-2026', 'desktop');
    await staff.page.goto(at(links.organization ?? ''));
    await staff.page.getByTestId('change-form-details').locator('summary').click();
    await staff.page.getByTestId('change-field').selectOption('filing_status');
    await staff.page.getByTestId('change-value').selectOption('filed');
    await staff.page.getByTestId('change-document').fill('槐荫社区备字〔2026〕7号');
    await staff.page.getByTestId('change-form-submit').click();
    await staff.page.getByTestId('filing-waiting').first().waitFor();
    await staff.context.close();

    const { context, page } = await signedIn('liu.zr', 'liu-zhuren-2026', 'desktop');
    await page.goto(at(links.organization ?? ''));
    await page.getByTestId('filing-confirm').click();
    await page.getByTestId('filing-confirmed').first().waitFor();
    await page.getByTestId('registry-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('empty-11-official-confirms-filing') });
    expect(await page.getByTestId('committee-attitude').count()).toBe(0);
    await context.close();
  });
});
