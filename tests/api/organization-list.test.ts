import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';

/**
 * The organization list a page at a time (issue 16): an official on a phone sees a count, searches
 * by part of a name and turns pages, and the pages join up into exactly the whole list.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

type Listed = { items: { id: string; name: string }[]; total: number };

describe('GET /api/organizations, paged and searched', () => {
  it('answers the whole list without a limit, and pages that join up into it with one', async () => {
    const staff = await api.as('staff');
    const whole = (await staff.get('/api/organizations')).body as Listed;
    expect(whole.total).toBe(whole.items.length);
    expect(whole.total).toBeGreaterThan(25);
    const pages: Listed[] = [];
    for (let offset = 0; offset < whole.total; offset += 10)
      pages.push((await staff.get(`/api/organizations?limit=10&offset=${offset}`)).body as Listed);
    expect(pages.every((page) => page.total === whole.total)).toBe(true);
    expect(pages[0]?.items).toHaveLength(10);
    expect(pages.flatMap((page) => page.items.map((o) => o.id))).toEqual(whole.items.map((o) => o.id));
  });

  it('finds by part of the name, counting every match, and takes % and _ literally', async () => {
    const staff = await api.as('staff');
    const whole = (await staff.get('/api/organizations')).body as Listed;
    const part = whole.items[0]!.name.slice(0, 2);
    const expected = whole.items.filter((o) => o.name.includes(part)).map((o) => o.id);
    const found = (await staff.get(`/api/organizations?q=${encodeURIComponent(part)}&limit=2`)).body as Listed;
    expect(found.total).toBe(expected.length);
    expect(found.items.map((o) => o.id)).toEqual(expected.slice(0, 2));
    for (const wildcard of ['%', '_'])
      expect((await staff.get(`/api/organizations?q=${encodeURIComponent(wildcard)}`)).body.total).toBe(0);
  });

  it('keeps a community official to the organizations at home in or serving their community', async () => {
    const official = await api.as('official');
    const whole = (await official.get('/api/organizations')).body as Listed;
    const page = (await official.get('/api/organizations?limit=10&offset=10')).body as Listed;
    expect(page.total).toBe(whole.total);
    expect(page.items.map((o) => o.id)).toEqual(whole.items.slice(10, 20).map((o) => o.id));
    const staffTotal = (await (await api.as('staff')).get('/api/organizations?limit=1')).body.total;
    expect(whole.total).toBeLessThan(staffTotal);
  });

  it('refuses a page it cannot give with 400 and the fields named', async () => {
    const staff = await api.as('staff');
    for (const query of ['limit=0', 'limit=501', 'offset=-1', 'limit=abc', `q=${'队'.repeat(61)}`]) {
      const answer = await staff.get(`/api/organizations?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.code).toBe('request.invalid');
    }
  });
});
