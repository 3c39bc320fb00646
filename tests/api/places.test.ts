import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { demoIds } from '../support/demo-ids';
import { importSheet, placeSheetHeader, sheetBytes } from '../support/place-sheet';
import { rowCount } from '../support/rows';

/**
 * 地点管理: the admin makes streets; staff of a street make, rename, move and archive its
 * communities, estates and courtyards, and import them from the sheet — all or nothing, with every
 * problem named by row and column.
 */

let api: TestApi;
let ids: Awaited<ReturnType<typeof demoIds>>;
beforeAll(async () => {
  api = await startTestApi();
  ids = await demoIds(api.db);
});
afterAll(() => api.close());

const placeCounts = async () => ({
  communities: await rowCount(api.db, 'communities'),
  estates: await rowCount(api.db, 'estates'),
  courtyards: await rowCount(api.db, 'courtyards'),
  audit: await rowCount(api.db, 'audit_log'),
});
const names = (list: { name: string }[]) => list.map((item) => item.name);

describe('places', () => {
  it('lets the admin make a street and staff of the street fill it; a twin name is a 409 with a code', async () => {
    const admin = await api.as('admin');
    const street = await admin.post('/api/streets', { name: '测试街道', district: '测试区' });
    expect(street.status).toBe(201);
    const streetId = street.body.id;
    expect(street.body.tree).toEqual({
      street: { id: streetId, name: '测试街道', district: '测试区' },
      communities: [],
    });
    expect((await admin.post('/api/streets', { name: '测试街道' })).body.code).toBe('street.duplicate_name');
    expect((await (await api.as('staff')).post('/api/streets', { name: '又一个街道' })).status).toBe(403);

    const made = await admin.post(`/api/streets/${streetId}/communities`, {
      name: '新华社区',
      residentPopulation: 12000,
      households: 4100,
    });
    expect(made.status).toBe(201);
    expect(made.body.tree.communities).toEqual([
      { id: made.body.id, name: '新华社区', residentPopulation: 12000, households: 4100, estates: [] },
    ]);
    const before = await placeCounts();
    const twin = await admin.call(
      'POST',
      `/api/streets/${streetId}/communities`,
      { name: '新华社区' },
      {
        'accept-language': 'en',
      },
    );
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ code: 'community.duplicate_name', message: expect.stringContaining('新华社区') });
    expect(await placeCounts()).toEqual(before);
    expect(await rowCount(api.db, 'audit_log')).toBe(before.audit);
  });

  it('lets only one of two simultaneous requests take a name; the other gets the code, not a 500', async () => {
    const staff = await api.as('staff');
    const path = `/api/streets/${ids.mainStreetId}/communities`;
    const answers = await Promise.all([staff.post(path, { name: '同时社区' }), staff.post(path, { name: '同时社区' })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const rows = await api.db.selectFrom('communities').select('id').where('name', '=', '同时社区').execute();
    expect(rows).toHaveLength(1);
  });

  it('renames, refuses another street, moves an estate and a courtyard, and archives then reuses a name', async () => {
    const staff = await api.as('staff');
    const street = `/api/streets/${ids.mainStreetId}`;
    const a = (await staff.post(`${street}/communities`, { name: '甲社区' })).body.id;
    const b = (await staff.post(`${street}/communities`, { name: '乙社区' })).body.id;
    const renamed = await staff.patch(`/api/communities/${a}`, { name: '甲新社区', residentPopulation: 900 });
    expect(renamed.status).toBe(200);
    expect(renamed.body.tree.communities.find((c: { id: string }) => c.id === a)).toMatchObject({
      name: '甲新社区',
      residentPopulation: 900,
    });
    expect((await staff.patch(`/api/communities/${a}`, { name: '乙社区' })).body.code).toBe('community.duplicate_name');
    const away = await staff.patch(`/api/communities/${a}`, { streetId: ids.otherStreetId });
    expect([away.status, away.body.code]).toEqual([409, 'community.other_street']);

    const estate = await staff.post(`/api/communities/${a}/estates`, { name: '幸福小区', estateType: 'other' });
    expect(estate.status).toBe(201);
    expect(
      (await staff.post(`/api/communities/${a}/estates`, { name: '幸福小区', estateType: 'other' })).body.code,
    ).toBe('estate.duplicate_name');
    const yard = await staff.post(`/api/estates/${estate.body.id}/courtyards`, { name: '1号院' });
    expect((await staff.post(`/api/estates/${estate.body.id}/courtyards`, { name: '1号院' })).body.code).toBe(
      'courtyard.duplicate_name',
    );
    const moved = await staff.post(`/api/estates/${estate.body.id}/move`, { communityId: b });
    expect(moved.status).toBe(200);
    const inB = moved.body.tree.communities.find((c: { id: string }) => c.id === b);
    expect(names(inB.estates)).toEqual(['幸福小区']);
    const second = await staff.post(`/api/communities/${b}/estates`, { name: '阳光花园', estateType: 'other' });
    const yardMoved = await staff.patch(`/api/courtyards/${yard.body.id}`, {
      estateId: second.body.id,
      name: '一号院',
    });
    expect(yardMoved.status).toBe(200);
    expect(
      await api.db.selectFrom('courtyards').selectAll().where('id', '=', yard.body.id).executeTakeFirstOrThrow(),
    ).toMatchObject({ estate_id: second.body.id, name: '一号院' });
    const otherStreetCommunity = await staff.post(`/api/estates/${estate.body.id}/move`, {
      communityId: ids.otherCommunityId,
    });
    expect(otherStreetCommunity.status).toBe(403);

    const archived = await staff.post(`/api/communities/${b}/archive`);
    expect(archived.status).toBe(200);
    expect(names(archived.body.tree.communities)).not.toContain('乙社区');
    const gone = await api.db.selectFrom('estates').select('archived_at').where('community_id', '=', b).execute();
    expect(gone.every((row) => row.archived_at !== null)).toBe(true);
    expect((await staff.post(`/api/communities/${b}/estates`, { name: '新', estateType: 'other' })).status).toBe(404);
    const overview = await staff.get(`${street}/overview`);
    expect(names(overview.body.communities)).not.toContain('乙社区');
    // Its page (history) stays readable.
    expect((await staff.get(`/api/communities/${b}`)).status).toBe(200);
    const again = await staff.post(`${street}/communities`, { name: '乙社区' });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(b);
  });

  it('refuses to move an estate that records point at', async () => {
    const staff = await api.as('staff');
    const person = await api.db
      .selectFrom('people')
      .select(['estate_id', 'community_id'])
      .where('street_id', '=', ids.mainStreetId)
      .where('estate_id', 'is not', null)
      .executeTakeFirstOrThrow();
    const other = await api.db
      .selectFrom('communities')
      .select('id')
      .where('street_id', '=', ids.mainStreetId)
      .where('id', '!=', person.community_id!)
      .where('archived_at', 'is', null)
      .executeTakeFirstOrThrow();
    const refused = await staff.post(`/api/estates/${person.estate_id}/move`, { communityId: other.id });
    expect([refused.status, refused.body.code]).toEqual([409, 'place.has_records']);
  });

  it('keeps staff of one street out of another street’s places', async () => {
    const staff = await api.as('staff');
    const before = await placeCounts();
    expect((await staff.get(`/api/streets/${ids.otherStreetId}/places`)).status).toBe(403);
    expect((await staff.post(`/api/streets/${ids.otherStreetId}/communities`, { name: '越界社区' })).status).toBe(403);
    expect((await staff.patch(`/api/communities/${ids.otherCommunityId}`, { name: '越界' })).status).toBe(403);
    expect((await staff.post(`/api/communities/${ids.otherCommunityId}/archive`)).status).toBe(403);
    const bytes = await sheetBytes([placeSheetHeader, ['越界社区', 1, 1, '', '', '', '']]);
    expect((await importSheet(staff, ids.otherStreetId, bytes)).status).toBe(403);
    expect(await placeCounts()).toEqual(before);
  });
});

describe('the place sheet', () => {
  it('offers a template whose header row the import takes', async () => {
    const staff = await api.as('staff');
    const template = await staff.get('/api/places/template.xlsx');
    expect(template.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.bytes.buffer as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['地点', '填写说明']);
    expect((book.getWorksheet('地点')!.getRow(1).values as string[]).slice(1)).toEqual(placeSheetHeader);
  });

  it('imports a street’s communities, estates and courtyards in one go, and refuses the same sheet again', async () => {
    const admin = await api.as('admin');
    const streetId = (await admin.post('/api/streets', { name: '导入街道' })).body.id;
    const sheet = await sheetBytes([
      placeSheetHeader,
      ['东风社区', '12,000', 4000, '幸福小区', '老旧小区', 1990, '1号院'],
      ['东风社区', '', '', '幸福小区', '', '', '2号院'],
      ['东风社区', '', '', '阳光花园', '商品房', 2010, ''],
      ['西湖社区', 800, 300, '', '', '', ''],
    ]);
    const imported = await importSheet(admin, streetId, sheet);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ communities: 2, estates: 2, courtyards: 2 });
    expect(imported.body.tree.communities[0]).toMatchObject({
      name: '东风社区',
      residentPopulation: 12000,
      households: 4000,
      estates: [
        {
          name: '幸福小区',
          estateType: 'old_neighbourhood',
          buildYear: 1990,
          courtyards: [{ name: '1号院' }, { name: '2号院' }],
        },
        { name: '阳光花园', estateType: 'commodity_housing', buildYear: 2010, courtyards: [] },
      ],
    });
    const before = await placeCounts();
    const again = await importSheet(admin, streetId, sheet);
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('places.import_invalid');
    expect(again.body.fields.map((f: { path: string }) => f.path)).toEqual(['rows.2.社区', 'rows.5.社区']);
    expect(await placeCounts()).toEqual(before);
  });

  it('writes nothing when one row is bad, and names each problem’s row and column in both languages', async () => {
    const staff = await api.as('staff');
    const before = await placeCounts();
    const sheet = await sheetBytes([
      placeSheetHeader,
      ['好社区一', 100, 30, '好小区', '', '', ''],
      ['好社区二', 200, 60, '', '', '', ''],
      ['坏社区', '很多', '', '某小区', '别墅', '', ''],
      ['好社区一', '', '', '好小区', '', '', ''],
    ]);
    const zh = await importSheet(staff, ids.mainStreetId, sheet);
    expect(zh.status).toBe(400);
    expect(zh.body.fields).toEqual([
      { path: 'rows.4.常住人口', message: '第 4 行「常住人口」应为不小于 0 的整数，现在是「很多」。' },
      { path: 'rows.4.小区类型', message: '第 4 行「小区类型」的「别墅」不是可选的小区类型，请看填写说明。' },
      { path: 'rows.5.小区', message: '第 5 行「小区」的「好小区」与第 2 行重复。' },
    ]);
    expect(await placeCounts()).toEqual(before);
    const en = await importSheet(staff, ids.mainStreetId, sheet, { 'accept-language': 'en' });
    expect(en.body.message).toBe('The sheet has 3 problem(s); nothing was imported. Fix them and upload again.');
    expect(en.body.fields[0]).toEqual({
      path: 'rows.4.常住人口',
      message: 'Row 4: “常住人口” must be a whole number from 0, not “很多”.',
    });
  });

  it('names a missing column and refuses a file that is not a workbook', async () => {
    const staff = await api.as('staff');
    const before = await placeCounts();
    const missing = await sheetBytes([
      ['社区', '户数', '小区', '小区类型', '建成年份', '院落'],
      ['某社区', 1, '', '', '', ''],
    ]);
    const refused = await importSheet(staff, ids.mainStreetId, missing);
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([
      { path: 'rows.1.常住人口', message: '第 1 行（表头）缺少「常住人口」列，请使用模板。' },
    ]);
    const notBook = await importSheet(staff, ids.mainStreetId, new TextEncoder().encode('社区,常住人口'));
    expect([notBook.status, notBook.body.code]).toEqual([400, 'places.import_unreadable']);
    expect(await placeCounts()).toEqual(before);
  });

  it('refuses a small file that unpacks to a huge one (a zip bomb) before reading it', async () => {
    const staff = await api.as('staff');
    const before = await placeCounts();
    // 80 MB of one repeated byte deflates to well under the 2 MB upload limit.
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(80 * 1024 * 1024).fill(32) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const refused = await importSheet(staff, ids.mainStreetId, bomb);
    expect([refused.status, refused.body.code]).toEqual([413, 'places.import_unpacks_too_large']);
    expect(refused.body.message).toContain('64 MB');
    expect(await placeCounts()).toEqual(before);
  });
});

describe('figures that mean what they say', () => {
  it('shows the communities’ population and the residents registered in Seedbed as two numbers', async () => {
    const staff = await api.as('staff');
    const overview = (await staff.get(`/api/streets/${ids.mainStreetId}/overview`)).body;
    const sum = overview.communities.reduce(
      (n: number, c: { residentPopulation: number | null }) => n + (c.residentPopulation ?? 0),
      0,
    );
    expect(overview.communityPopulation).toBe(sum);
    expect(overview.residentCount).toBe(
      Number(
        (
          await api.db
            .selectFrom('people')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('street_id', '=', ids.mainStreetId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    );
    expect(overview.communityPopulation).not.toBe(overview.residentCount);
  });

  it('gives the residents’ committee its own community’s dashboard, without the committee’s attitude', async () => {
    const official = await api.as('official');
    const own = await official.get(`/api/communities/${ids.officialCommunityId}/overview`);
    expect(own.status).toBe(200);
    expect(own.body.community.id).toBe(ids.officialCommunityId);
    expect(JSON.stringify(own.body)).not.toMatch(/committee|attitude/i);
    const organizations = await api.db
      .selectFrom('organizations')
      .select('status')
      .where('home_community_id', '=', ids.officialCommunityId)
      .execute();
    const { active, inactive, dissolved } = own.body.statusCounts;
    expect(active + inactive + dissolved).toBe(organizations.length);
    const neighbour = await api.db
      .selectFrom('communities')
      .select('id')
      .where('id', '!=', ids.officialCommunityId)
      .where('street_id', '=', ids.mainStreetId)
      .executeTakeFirstOrThrow();
    expect((await official.get(`/api/communities/${neighbour.id}/overview`)).status).toBe(403);
    expect((await official.get(`/api/streets/${ids.mainStreetId}/overview`)).status).toBe(403);
  });
});
