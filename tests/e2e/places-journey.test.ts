import { openDatabase } from '@seedbed/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, openHeaderMenu, pageAs } from '../support/journey';
import { placeSheetHeader, sheetBytes, xlsxType } from '../support/place-sheet';

/**
 * 地点管理 (issue 15): the admin makes a street of its own (so the demo street the other journeys
 * read stays as it is), imports its communities from the sheet — a broken sheet first, whose
 * problems are listed by row and column — and the residents' committee reads its dashboard.
 */
let browser: Browser;
let officialCommunityId: string;
const suffix = Date.now().toString(36).slice(-4);
const streetName = `新建街道 ${suffix}`;

beforeAll(async () => {
  browser = await launchChromium();
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const official = await db
      .selectFrom('users')
      .select('scope_id')
      .where('username', '=', 'official')
      .executeTakeFirstOrThrow();
    officialCommunityId = official.scope_id!;
  } finally {
    await db.destroy();
  }
});
afterAll(() => browser?.close());

describe('places', () => {
  it('the admin makes a street and imports its places; a broken sheet lists its problems and imports nothing', async () => {
    const { context, page } = await pageAs(browser, 'admin', 'desktop');
    await page.goto(baseUrl());
    await page.getByTestId('nav-places').click();
    await page.getByTestId('places-page').waitFor();
    await page.getByTestId('street-add-name').fill(streetName);
    await page.getByTestId('street-add-submit').click();
    await expect.poll(() => page.getByTestId('place-street-name').textContent()).toBe(streetName);

    const broken = await sheetBytes([placeSheetHeader, ['东湖社区', '很多', '', '', '', '', '']]);
    await page
      .getByTestId('place-import-file')
      .setInputFiles({ name: 'broken.xlsx', mimeType: xlsxType, buffer: Buffer.from(broken) });
    await page.getByTestId('place-import-submit').click();
    const problems = page.getByTestId('place-import-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('第 2 行「常住人口」');
    await page.screenshot({ path: screenshotPath('places-import-problems'), fullPage: true });
    expect(await page.getByTestId('place-community').count()).toBe(0);

    const sheet = await sheetBytes([
      placeSheetHeader,
      ['东湖社区', 8200, 3100, '东湖小区', '老旧小区', 1992, '1号院'],
      ['东湖社区', '', '', '东湖小区', '', '', '2号院'],
      ['西园社区', 5400, 2000, '西园花园', '商品房', 2012, ''],
    ]);
    await page
      .getByTestId('place-import-file')
      .setInputFiles({ name: 'places.xlsx', mimeType: xlsxType, buffer: Buffer.from(sheet) });
    await page.getByTestId('place-import-submit').click();
    await page.getByTestId('place-import-summary').waitFor();
    await expect.poll(() => page.getByTestId('place-community').count()).toBe(2);
    expect(await page.getByTestId('place-courtyard').count()).toBe(2);

    await page.getByTestId('community-add-name').fill('南岸社区');
    await page.getByTestId('community-add-residentPopulation').fill('3000');
    await page.getByTestId('community-add-submit').click();
    await expect.poll(() => page.getByTestId('place-community').count()).toBe(3);
    await page.getByTestId('community-add-name').fill('南岸社区');
    await page.getByTestId('community-add-submit').click();
    await expect
      .poll(() => page.locator('[data-testid="community-add"] [role="alert"]').textContent())
      .toContain('南岸社区');
    await page.screenshot({ path: screenshotPath('places-tree'), fullPage: true });
    await context.close();
  });

  it('the residents’ committee reads its own community’s dashboard', async () => {
    const { context, page } = await pageAs(browser, 'official', 'phone');
    await openHeaderMenu(page);
    await page.getByTestId('nav-community-overview').click();
    await page.getByTestId('community-overview').waitFor();
    expect(page.url()).toContain(`/communities/${officialCommunityId}/overview`);
    expect(await page.getByTestId('kpi-population').textContent()).not.toContain('—');
    expect(await page.textContent('body')).not.toContain('居委会态度');
    await page.screenshot({ path: screenshotPath('community-overview-official'), fullPage: true });
    await context.close();
  });
});
