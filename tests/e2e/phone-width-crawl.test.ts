import { openDatabase } from '@seedbed/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotPath } from '../support/browser';
import { baseUrl, organizationOf, pageAs } from '../support/journey';

/**
 * No page wider than a 360 px phone (issue 16: the coaching pages were 373 px wide, and a page
 * wider than the screen makes a WeChat reader pan sideways). Every demo login, on a phone, visits
 * what it can reach — the app's links from its home, followed breadth-first, one page for each
 * kind of path (a record's id stands for all of its kind), at most `pagesPerLogin` — and the main
 * routes by id from the demo data, and fails naming each page whose document is wider than 360 px.
 */
const phoneWidth = 360;
const pagesPerLogin = 60;
const crawledLogins = [
  'admin',
  'staff',
  'assistant',
  'official',
  'street',
  'funder',
  'expert',
  'leader',
  'deputy',
  'treasurer',
  'member',
] as const;

let browser: Browser;
let seeds: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  seeds = await mainRoutesById();
});
afterAll(() => browser?.close());

/** The main screens, with real ids of the demo street: whoever cannot open one gets its 403 page, which must fit too. */
async function mainRoutesById(): Promise<string[]> {
  const organizationId = await organizationOf('leader');
  const db = openDatabase(inject('e2eDatabaseUrl'), { max: 1 });
  try {
    const organization = await db
      .selectFrom('organizations')
      .select(['id', 'street_id', 'home_community_id'])
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow();
    const activity = await db
      .selectFrom('activities')
      .innerJoin('activity_organizations', 'activity_organizations.activity_id', 'activities.id')
      .select('activities.id')
      .where('activity_organizations.organization_id', '=', organization.id)
      .orderBy('activities.starts_at', 'desc')
      .executeTakeFirstOrThrow();
    const person = await db
      .selectFrom('organization_members')
      .select('person_id')
      .where('organization_id', '=', organization.id)
      .orderBy('person_id')
      .executeTakeFirstOrThrow();
    const session = await db.selectFrom('coaching_sessions').select('id').orderBy('held_on', 'desc').executeTakeFirst();
    const community = `/communities/${organization.home_community_id}`;
    // 四维评估: the demo's open campaign of the leader's team (staff's page, the team's self sheet).
    const evaluation = await db
      .selectFrom('evaluation_campaigns')
      .select('id')
      .where('street_id', '=', organization.street_id)
      .where('status', '=', 'open')
      .orderBy('created_at')
      .executeTakeFirst();
    // 儿童议事会届次: the demo council's newest term (its list and page).
    const councilTerm = await db
      .selectFrom('council_terms')
      .select(['id', 'organization_id'])
      .where('street_id', '=', organization.street_id)
      .orderBy('number', 'desc')
      .executeTakeFirst();
    // Last year's released campaign: officials' and funders' view of it.
    const released = await db
      .selectFrom('evaluation_campaigns')
      .select('id')
      .where('street_id', '=', organization.street_id)
      .where('status', '=', 'released')
      .orderBy('created_at')
      .executeTakeFirst();
    // 议事: a meeting of the leader's team (its page with the chair's forms, and its edit form).
    const meeting = await db
      .selectFrom('meetings')
      .select('id')
      .where('organization_id', '=', organization.id)
      .orderBy('held_on', 'desc')
      .executeTakeFirst();
    // 群聊: the leader's team's 总群 (its page and the staff forms: record, agreement, senders) and a new group
    const chatGroup = await db
      .selectFrom('chat_groups')
      .select('id')
      .where('organization_id', '=', organization.id)
      .where('layer', '=', 'general')
      .executeTakeFirst();
    return [
      '/',
      '/organizations',
      `/organizations/${organization.id}`,
      community,
      `${community}/overview`,
      `/streets/${organization.street_id}`,
      `/streets/${organization.street_id}/chat-topic-words`,
      '/people',
      `/people/${person.person_id}`,
      `/activities/${activity.id}`,
      `/activities/new?organizationId=${organization.id}`,
      `/activities/plan?organizationId=${organization.id}`,
      '/tracking',
      '/activities/duplicates',
      '/coaching/sessions',
      '/coaching/sessions/new',
      '/coaching/workload',
      '/coaching/programmes',
      ...(session ? [`/coaching/sessions/${session.id}/edit`] : []),
      '/publicity/feed',
      '/places',
      '/accounts',
      '/account',
      '/me/volunteer-hours',
      '/settings',
      '/evaluation',
      '/evaluation/tasks',
      '/meetings',
      '/meetings/new',
      ...(meeting ? [`/meetings/${meeting.id}`, `/meetings/${meeting.id}/edit`] : []),
      `/organizations/${organization.id}/evaluation`,
      '/evaluation/released',
      ...(released ? [`/evaluation/released/${released.id}`] : []),
      ...(evaluation
        ? [
            `/evaluation/${evaluation.id}`,
            `/evaluation/${evaluation.id}/sheet?dimension=self&organizationId=${organization.id}`,
          ]
        : []),
      ...(councilTerm
        ? [`/organizations/${councilTerm.organization_id}/council-terms`, `/council-terms/${councilTerm.id}`]
        : []),
      `/streets/${organization.street_id}/chat`,
      `/chat-groups/new?organizationId=${organization.id}`,
      ...(chatGroup
        ? ['', '/edit', '/agreement', '/senders'].map((page) => `/chat-groups/${chatGroup.id}${page}`)
        : []),
    ];
  } finally {
    await db.destroy();
  }
}

/** A record's id, a public code: one page of each kind is enough. */
function kindOf(path: string): string {
  const [pathname = ''] = path.split('?');
  const publicPage = /^\/(s|v|p|whats-on)\//.exec(pathname);
  if (publicPage) return `/${publicPage[1]}/:code`;
  return pathname.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ':id');
}

/** The page has drawn what it loads: no request in flight for half a second and no loading notice left. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Same-site pages the screen links to (not the API's files, not the login page). */
function linksOn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]'))
      .filter((a) => !a.hasAttribute('download'))
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !href.startsWith('/api/') && !href.startsWith('/login') && !href.startsWith('//')),
  );
}

describe('no page is wider than a 360 px phone', () => {
  it.each(crawledLogins)(
    '%s: every page it reaches fits',
    async (login) => {
      const { context, page } = await pageAs(browser, login, 'phone');
      const home = new URL(page.url()).pathname;
      const queue = [home, ...seeds];
      const seen = new Set<string>();
      const tooWide: string[] = [];
      while (queue.length > 0 && seen.size < pagesPerLogin) {
        const path = queue.shift()!;
        if (seen.has(kindOf(path))) continue;
        seen.add(kindOf(path));
        await page.goto(`${baseUrl()}${path}`);
        await settled(page);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > phoneWidth) {
          tooWide.push(`${path} is ${width} px wide`);
          await page.screenshot({ path: screenshotPath(`too-wide-${login}-${tooWide.length}`), fullPage: true });
        }
        for (const link of await linksOn(page)) if (!seen.has(kindOf(link))) queue.push(link);
      }
      await context.close();
      // The crawl reached past its seeds' first screens: a broken login or link would visit almost nothing.
      expect(seen.size, `${login} visited ${[...seen].join(' ')}`).toBeGreaterThanOrEqual(8);
      expect(tooWide, `${login} on a 360 px phone`).toEqual([]);
    },
    600_000,
  );
});
