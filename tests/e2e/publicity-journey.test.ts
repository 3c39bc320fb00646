import { randomUUID } from 'node:crypto';
import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { testNow } from '../support/clock';
import { baseUrl, drawSitePlan, pageAs } from '../support/journey';

/**
 * Publicity on a 360 px phone: the leader makes the draft of a record with one tap, edits and
 * publishes it; a resident opens the share page logged out (WeChat's title, cover photo first) and
 * makes the poster; staff read it in the street's feed; residents see what is on.
 */
let browser: Browser;
let activityId = '';
let communityId = '';
const title = `端午包粽子 ${Date.now().toString(36)}`;

beforeAll(async () => {
  browser = await launchChromium();
  const database = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const leader = await database
      .selectFrom('users')
      .select('scope_id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    const organization = await database
      .selectFrom('organizations')
      .select(['id', 'street_id', 'home_community_id'])
      .where('id', '=', leader.scope_id!)
      .executeTakeFirstOrThrow();
    communityId = organization.home_community_id!;
    activityId = randomUUID();
    // Yesterday on the test clock, the one the server runs on (support/clock.ts).
    const startsAt = new Date(testNow().getTime() - 26 * 3_600_000);
    await database
      .insertInto('activities')
      .values({
        id: activityId,
        street_id: organization.street_id,
        community_id: communityId,
        run_by: 'organizations',
        title,
        content: '队员们教邻居包粽子。\n大家把粽子送给独居老人。',
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 2 * 3_600_000),
        place_text: '社区活动室',
        openness: 'open_to_all',
        organizer_count: 6,
        served_count: 40,
        reflection: '第一次请邻居一起做，比想象的热闹。',
        sign_in_code: `P${Date.now()
          .toString(36)
          .toUpperCase()
          .replace(/[01ILO]/g, '2')
          .slice(-7)}`.slice(0, 8),
        updated_at: testNow(),
      })
      .execute();
    await database
      .insertInto('activity_organizations')
      .values({ activity_id: activityId, organization_id: organization.id, street_id: organization.street_id })
      .execute();
    await database
      .insertInto('activity_feedback')
      .values({
        id: randomUUID(),
        street_id: organization.street_id,
        activity_id: activityId,
        position: 0,
        text: '粽子真香，明年还来',
        said_by: '刘奶奶',
      })
      .execute();
  } finally {
    await database.destroy();
  }
});
afterAll(() => browser?.close());

describe('publicity journey', () => {
  let sharePath = '';

  it('a leader makes, edits and publishes the draft on a phone', async () => {
    const { context, page } = await pageAs(browser, 'leader', 'phone');
    // A photo of the activity, through the media upload (as the phone form sends it).
    const me = await (await page.request.get(`${baseUrl()}/api/auth/me`)).json();
    const uploaded = await page.request.post(`${baseUrl()}/api/activities/${activityId}/photos`, {
      data: await drawSitePlan(browser),
      headers: { 'content-type': 'image/png', 'x-csrf-token': me.csrfToken },
    });
    expect(uploaded.status()).toBe(201);

    await page.goto(`${baseUrl()}/activities/${activityId}`);
    await page.getByTestId('publicity-make').click();
    await page.getByTestId('publicity-editor').waitFor();
    expect(await page.getByTestId('publicity-photo-chosen').count()).toBe(1);
    await page.getByTestId('publicity-title').fill(`${title}啦`);
    await page.getByTestId('publicity-quotes').getByRole('checkbox').nth(1).check();
    await page.screenshot({ path: screenshotPath('publicity-editor-phone'), fullPage: true });
    await page.getByTestId('publicity-preview-open').click();
    const preview = page.getByTestId('publicity-preview');
    await expect(preview.getByTestId('share-title').textContent()).resolves.toBe(`${title}啦`);
    await expect(preview.getByTestId('share-quotes').textContent()).resolves.toContain('刘奶奶');
    await page.screenshot({ path: screenshotPath('publicity-preview-phone') });
    await preview.getByRole('button').first().click();
    // The team's contact number typed into the words: publishing asks first, then keeps it on purpose.
    const firstParagraph = page.getByTestId('publicity-paragraph').first();
    await firstParagraph.fill(`${await firstParagraph.inputValue()}想参加请联系队长 139 1234 5678。`);
    await page.getByTestId('publicity-publish').click();
    const warning = page.getByTestId('publicity-contact-warning');
    await expect.poll(() => warning.textContent()).toContain('139****5678');
    await page.screenshot({ path: screenshotPath('publicity-contact-warning-phone') });
    await page.getByTestId('publicity-publish-anyway').click();
    await page.getByTestId('publicity-unpublish').waitFor();
    sharePath = (await page.getByTestId('publicity-open-share').getAttribute('href')) ?? '';
    expect(sharePath).toMatch(/^\/p\/[23456789A-Z]{8}$/);
    await context.close();
  });

  it('a resident opens the share page logged out and makes the poster', async () => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${sharePath}`);
    await page.getByTestId('share-page').waitFor();
    expect(await page.title()).toMatch(new RegExp(`^【.+】${title}啦 \\| .+$`));
    const cover = page.getByTestId('share-cover');
    // The page renders before its cover has downloaded: wait for the image, then check its size.
    await expect
      .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth >= 300))
      .toBe(true);
    await expect(page.getByTestId('share-quotes').textContent()).resolves.toContain('刘奶奶');
    // Link previews read the server-rendered page: its Open Graph tags, without running scripts.
    const html = await (await context.request.get(`${baseUrl()}${sharePath}`)).text();
    expect(html).toContain(`${title}啦`);
    expect(html).toMatch(/<meta property="og:image" content="http[^"]+\/api\/public\/publicity\//);
    await page.screenshot({ path: screenshotPath('publicity-share-phone'), fullPage: true });
    await page.getByTestId('share-poster').click();
    const poster = page.getByTestId('poster-image');
    await poster.waitFor({ timeout: 15_000 });
    expect(await poster.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await page.screenshot({ path: screenshotPath('publicity-poster-phone') });
    await context.close();
  });

  it('staff read it in the street feed, and residents see what is on', async () => {
    const { context, page } = await pageAs(browser, 'staff', 'desktop');
    await page.goto(`${baseUrl()}/publicity/feed`);
    await page.getByTestId('publicity-feed').waitFor({ timeout: 60_000 });
    await page.getByTestId('publicity-card').first().waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('publicity-feed').textContent()).resolves.toContain(`${title}啦`);
    await page.screenshot({ path: screenshotPath('publicity-feed-desktop') });
    await context.close();

    const phone = await phoneContext(browser);
    const resident = await phone.newPage();
    await resident.goto(`${baseUrl()}/whats-on/${communityId}`);
    await resident.getByTestId('whats-on').waitFor();
    await expect(resident.getByTestId('whats-on-recent').textContent()).resolves.toContain(`${title}啦`);
    await resident.screenshot({ path: screenshotPath('publicity-whats-on-phone'), fullPage: true });
    await phone.close();
  });
});
