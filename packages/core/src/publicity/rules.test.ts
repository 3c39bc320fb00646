import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkPhotoChoice,
  coverFirst,
  decodeFeedCursor,
  defaultPhotoIds,
  defaultQuotes,
  encodeFeedCursor,
  isPossiblyChild,
  leadParagraph,
  publicQuotes,
  shareTitle,
  splitParagraphs,
} from './rules';

const facts = {
  title: '重阳节联欢',
  // 09:30 in Shanghai.
  startsAt: new Date('2026-10-18T01:30:00Z'),
  placeName: '槐荫社区活动室',
  organizationNames: ['夕阳红舞蹈队'],
  organizerCount: 5,
  servedCount: 30,
};

describe('leadParagraph', () => {
  it('says when, who, what, where and how many in plain Chinese', () => {
    expect(leadParagraph(facts, 'zh-CN')).toBe(
      '2026年10月18日上午，夕阳红舞蹈队在槐荫社区活动室举办了“重阳节联欢”，共有5名组织者、30位居民参加。',
    );
  });

  it('uses the Shanghai day and part of day, not UTC', () => {
    // 2026-10-18 20:00 Shanghai is 12:00 UTC the same day; 2026-10-19 07:00 Shanghai is the 18th in UTC.
    expect(leadParagraph({ ...facts, startsAt: new Date('2026-10-18T12:00:00Z') }, 'zh-CN')).toContain('10月18日晚上');
    expect(leadParagraph({ ...facts, startsAt: new Date('2026-10-18T23:00:00Z') }, 'zh-CN')).toContain('10月19日上午');
    expect(leadParagraph({ ...facts, startsAt: new Date('2026-10-18T07:00:00Z') }, 'zh-CN')).toContain('下午');
  });

  it('names joint organizers, and leaves out an unknown place and zero counts', () => {
    const text = leadParagraph(
      { ...facts, organizationNames: ['甲队', '乙队', '丙队'], placeName: null, organizerCount: 0, servedCount: 12 },
      'zh-CN',
    );
    expect(text).toBe('2026年10月18日上午，甲队、乙队和丙队联合举办了“重阳节联欢”，共有12位居民参加。');
    expect(leadParagraph({ ...facts, organizerCount: 0, servedCount: 0 }, 'zh-CN')).toMatch(/“重阳节联欢”。$/);
  });

  it('has an English form', () => {
    expect(leadParagraph(facts, 'en')).toBe(
      'On the morning of 18 October 2026, 夕阳红舞蹈队 held “重阳节联欢” at 槐荫社区活动室, with 5 organizers and 30 residents taking part.',
    );
    expect(
      leadParagraph({ ...facts, organizationNames: ['A', 'B'], organizerCount: 1, servedCount: 0 }, 'en'),
    ).toContain('A and B jointly held');
  });

  it('always ends with a full stop and contains the title, whatever the counts', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.boolean(), (organizerCount, servedCount, hasPlace) => {
        for (const locale of ['zh-CN', 'en'] as const) {
          const text = leadParagraph(
            { ...facts, organizerCount, servedCount, placeName: hasPlace ? '广场' : null },
            locale,
          );
          expect(text).toContain('“重阳节联欢”');
          expect(text.endsWith('。') || text.endsWith('.')).toBe(true);
          if (servedCount > 0) expect(text).toContain(String(servedCount));
        }
      }),
    );
  });
});

describe('shareTitle', () => {
  it('reads 【organization】title | community', () => {
    expect(shareTitle({ title: '重阳节联欢', organizationNames: ['夕阳红舞蹈队'], communityName: '槐荫社区' })).toBe(
      '【夕阳红舞蹈队】重阳节联欢 | 槐荫社区',
    );
    expect(shareTitle({ title: 'x', organizationNames: ['甲', '乙'], communityName: null })).toBe('【甲等】x');
    expect(shareTitle({ title: 'x', organizationNames: [], communityName: '槐荫社区' })).toBe('x | 槐荫社区');
  });
});

describe('paragraphs and quotes', () => {
  it('splits content on line breaks and drops blank lines', () => {
    expect(splitParagraphs('第一段\r\n\n  第二段  \n')).toEqual(['第一段', '第二段']);
    expect(splitParagraphs('')).toEqual([]);
  });

  it('hides the speaker until the leader keeps it, and leaves out excluded quotes', () => {
    const quotes = defaultQuotes([
      { text: '很开心', saidBy: '王阿姨' },
      { text: '下次还来', saidBy: null },
    ]);
    expect(quotes.every((q) => q.included && !q.showSaidBy)).toBe(true);
    expect(publicQuotes(quotes)).toEqual([
      { text: '很开心', saidBy: null },
      { text: '下次还来', saidBy: null },
    ]);
    expect(
      publicQuotes([
        { ...quotes[0]!, showSaidBy: true },
        { ...quotes[1]!, included: false },
      ]),
    ).toEqual([{ text: '很开心', saidBy: '王阿姨' }]);
  });
});

describe('isPossiblyChild', () => {
  it('uses the birth date when known', () => {
    expect(isPossiblyChild({ birthDate: '2008-07-01', birthYear: 2008 }, '2026-06-30')).toBe(true);
    expect(isPossiblyChild({ birthDate: '2008-06-30', birthYear: 2008 }, '2026-06-30')).toBe(false);
  });

  it('with only a birth year, counts anyone who may still be 17 as a child', () => {
    expect(isPossiblyChild({ birthDate: null, birthYear: 2008 }, '2026-06-30')).toBe(true);
    expect(isPossiblyChild({ birthDate: null, birthYear: 2007 }, '2026-06-30')).toBe(false);
    expect(isPossiblyChild({ birthDate: null, birthYear: 1955 }, '2026-06-30')).toBe(false);
  });

  it('treats an unknown age as an adult (the leader decides for guests)', () => {
    expect(isPossiblyChild({ birthDate: null, birthYear: null }, '2026-06-30')).toBe(false);
  });
});

describe('photo choice', () => {
  const a = '00000000-0000-4000-8000-00000000000a';
  const b = '00000000-0000-4000-8000-00000000000b';
  const c = '00000000-0000-4000-8000-00000000000c';
  const mine = new Set([a, b, c]);

  it('keeps the leader’s order, drops repeats and makes the first the cover by default', () => {
    expect(checkPhotoChoice([b, a, b], null, mine)).toEqual({ ok: true, value: { photoIds: [b, a], coverPhotoId: b } });
    expect(checkPhotoChoice([], null, mine)).toEqual({ ok: true, value: { photoIds: [], coverPhotoId: null } });
  });

  it('refuses a photo of another activity and a cover that is not chosen', () => {
    const other = '00000000-0000-4000-8000-0000000000ff';
    expect(checkPhotoChoice([a, other], null, mine)).toMatchObject({
      ok: false,
      error: { code: 'publicity.photo_not_of_activity' },
    });
    expect(checkPhotoChoice([a], c, mine)).toMatchObject({ ok: false, error: { code: 'publicity.cover_not_chosen' } });
  });

  it('defaults to the first five and shows the cover first', () => {
    expect(defaultPhotoIds(['1', '2', '3', '4', '5', '6'])).toEqual(['1', '2', '3', '4', '5']);
    expect(coverFirst([a, b, c], c)).toEqual([c, a, b]);
    expect(coverFirst([a, b], null)).toEqual([a, b]);
  });
});

describe('feed cursor', () => {
  it('round-trips and refuses anything else', () => {
    const position = { publishedAt: new Date('2026-06-30T02:00:00.123Z'), id: '00000000-0000-4000-8000-00000000000a' };
    expect(decodeFeedCursor(encodeFeedCursor(position))).toEqual({ ok: true, value: position });
    expect(decodeFeedCursor("x' or 1=1")).toMatchObject({ ok: false, error: { code: 'publicity.invalid_cursor' } });
  });
});
