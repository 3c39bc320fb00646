import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, phoneContext, screenshotPath } from '../support/browser';
import { logIn, openHeaderMenu, organizationOf } from '../support/journey';
import { jpegFile } from '../support/photos';
import { type Deploy, deploy, nextBuildOf } from '../support/redeploy';
import { dist } from '../support/web-manifest';

/**
 * Issue 16, offline-proof, on a 360 px phone in WeChat's browser: the leader opens her team's page
 * with a signal, loses it, and still records an activity (the form was fetched with the page, the
 * service worker keeps the app shell); a page whose chunk cannot be fetched says 网络不好，点这里重试
 * instead of going white; and a tab kept open across a redeploy reloads once onto the new build.
 */
let browser: Browser;
const suffix = Date.now().toString(36).slice(-4);

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The service worker has kept the shell and now answers this page's requests. */
async function serviceWorkerInCharge(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

/** The entry script of the build the page runs (index.html names it). */
function runningBuild(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? null);
}

async function openAccountPage(page: Page) {
  await openHeaderMenu(page);
  await page.getByTestId('current-user').click();
  await page.getByTestId('nav-account').click();
}

describe('a leader with no signal', () => {
  it('opens the form after the signal went, records, reloads to the app shell, and it is sent once the signal returns', async () => {
    const organizationId = await organizationOf('leader');
    const title = `楼道清扫${suffix}`;
    const photos = [await jpegFile('o1.jpg', 30), await jpegFile('o2.jpg', 110), await jpegFile('o3.jpg', 190)];
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'leader');
    await page.getByTestId('organization-page').waitFor();
    await serviceWorkerInCharge(page);

    await context.setOffline(true);
    await page.getByTestId('record-activity').click();
    await page.getByTestId('activity-form-page').waitFor();
    await page.getByTestId('activity-title').fill(title);
    await page.getByTestId('section-people').locator('summary').click();
    const members = page.getByTestId('activity-members').locator('input[type="checkbox"]');
    await members.nth(0).check();
    await members.nth(1).check();
    await page.getByTestId('section-media').locator('summary').click();
    await page.getByTestId('photo-input').setInputFiles(photos);
    await expect.poll(() => page.locator('[data-testid="photo-previews"] img').count()).toBe(3);
    await page.getByTestId('activity-submit').click();
    await expect.poll(() => page.getByTestId('local-status').getAttribute('data-state')).toBe('pending');
    await page.screenshot({ path: screenshotPath('offline-form-pending-phone'), fullPage: true });

    // A reload with no signal: the kept app shell, saying so — not the browser's "no internet" page.
    await page.reload();
    await page.getByTestId('app-name').waitFor();
    await expect.poll(() => page.getByTestId('network-retry').textContent()).toContain('网络不好，点这里重试');
    await page.screenshot({ path: screenshotPath('offline-reload-shell-phone'), fullPage: true });

    await context.setOffline(false);
    const sent = await waitForRecord(context, organizationId, title);
    expect(sent.records).toBe(1);
    expect(sent.photos).toBe(3);
    // The page came back by itself when the signal returned.
    await page.getByTestId('network-retry').waitFor({ state: 'detached' });
    await context.close();
  });
});

/** Asks the API, as the leader, until the record is there with its photos; how many records have the title. */
async function waitForRecord(context: BrowserContext, organizationId: string, title: string) {
  const base = new URL(context.pages()[0]!.url()).origin;
  const read = async () => {
    const list = await context.request.get(`${base}/api/activities?organizationId=${organizationId}`);
    const items = ((await list.json()) as { items: { id: string; title: string }[] }).items;
    const matching = items.filter((item) => item.title === title);
    if (matching.length === 0) return { records: 0, photos: 0 };
    const detail = await context.request.get(`${base}/api/activities/${matching[0]!.id}`);
    const media = ((await detail.json()) as { media: { kind: string }[] }).media;
    return { records: matching.length, photos: media.filter((item) => item.kind === 'photo').length };
  };
  await expect.poll(async () => (await read()).photos, { timeout: 60_000 }).toBe(3);
  return read();
}

describe('a page whose chunk cannot be fetched', () => {
  it('says 网络不好，点这里重试 instead of a white screen, and the button loads it once the network is back', async () => {
    // The worker is kept out: the interception below must see the app's own requests.
    const context = await phoneContext(browser, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await logIn(page, 'leader');
    await page.getByTestId('organization-page').waitFor();
    const accountChunk = /\/assets\/account-page-[^/]+\.js$/;
    await context.route(accountChunk, (route) => route.abort('internetdisconnected'));

    await openAccountPage(page);
    const retry = page.getByTestId('network-retry');
    await expect.poll(() => retry.textContent()).toContain('网络不好，点这里重试');
    await expect.poll(() => page.getByTestId('app-name').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('page-load-retry-phone'), fullPage: true });

    await context.unroute(accountChunk);
    await retry.getByRole('button').click();
    await page.getByTestId('change-password-form').waitFor();
    await context.close();
  });
});

describe('a tab kept open across a redeploy', () => {
  let server: Deploy | null = null;
  let nextBuild = '';
  afterAll(async () => {
    await server?.stop();
    if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
  });

  it('reloads once onto the new build when it misses an old chunk, and shows the page', async () => {
    server = await deploy(dist);
    const address = server.url;
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await logIn(page, 'leader', undefined, address);
    await page.getByTestId('organization-page').waitFor();
    await serviceWorkerInCharge(page);
    const oldBuild = await runningBuild(page);

    // The upgrade: the same address now serves a build whose chunks all have new names.
    await server.stop();
    nextBuild = nextBuildOf(dist);
    server = await deploy(nextBuild, Number(new URL(address).port));
    const newBuild = oldBuild?.replace(/(\.js)$/, '.next$1');
    let loads = 0;
    page.on('load', () => {
      loads += 1;
    });

    // The account page's chunk was never fetched nor kept: its old name is gone from the server.
    await openAccountPage(page);
    await page.getByTestId('change-password-form').waitFor({ timeout: 60_000 });
    expect(await runningBuild(page)).toBe(newBuild);
    expect(loads).toBe(1);
    expect(await page.evaluate(() => sessionStorage.getItem('seedbed.reloadedOnto'))).toBe(newBuild);
    await page.screenshot({ path: screenshotPath('redeploy-reloaded-phone'), fullPage: true });
    // The service worker moved on too: the next visit, with no signal, opens the new build it keeps.
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('app-name').waitFor();
    expect(await runningBuild(page)).toBe(newBuild);
    await context.close();
  });
});
