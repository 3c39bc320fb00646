import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMinutes, volunteerCertificatePdfInputSchema } from './certificate';
import { formatActivityTime, shanghaiDateOf } from './format';
import { documentLabels } from './labels';

describe('formatActivityTime', () => {
  it('writes one day once, in Shanghai time, with the weekday', () => {
    // 01:00Z is 09:00 in Shanghai; 2026-06-27 is a Saturday.
    expect(formatActivityTime('2026-06-27T01:00:00Z', '2026-06-27T03:30:00Z', 'zh-CN')).toBe(
      '2026年6月27日（星期六） 09:00–11:30',
    );
    expect(formatActivityTime('2026-06-27T01:00:00Z', '2026-06-27T03:30:00Z', 'en')).toBe(
      'Sat 27 Jun 2026, 09:00–11:30',
    );
  });

  it('moves to the next day when UTC evening is Shanghai morning', () => {
    expect(formatActivityTime('2026-06-26T23:00:00Z', '2026-06-27T01:00:00Z', 'zh-CN')).toBe(
      '2026年6月27日（星期六） 07:00–09:00',
    );
    expect(shanghaiDateOf('2026-06-26T23:00:00Z')).toBe('2026-06-27');
  });

  it('writes both ends in full across days', () => {
    expect(formatActivityTime('2026-06-27T10:00:00Z', '2026-06-28T02:00:00Z', 'zh-CN')).toBe(
      '2026年6月27日（星期六） 18:00 – 2026年6月28日（星期日） 10:00',
    );
  });
});

describe('splitMinutes', () => {
  it('gives whole hours and the rest', () => {
    expect(splitMinutes(755)).toEqual({ hours: 12, minutes: 35 });
    expect(splitMinutes(59)).toEqual({ hours: 0, minutes: 59 });
    expect(splitMinutes(0)).toEqual({ hours: 0, minutes: 0 });
  });

  it('always adds back up to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (total) => {
        const { hours, minutes } = splitMinutes(total);
        expect(hours * 60 + minutes).toBe(total);
        expect(minutes).toBeGreaterThanOrEqual(0);
        expect(minutes).toBeLessThan(60);
      }),
    );
  });
});

describe('certificate labels and input', () => {
  it('prints the total in the seed’s words', () => {
    expect(documentLabels('zh-CN').certificate.total(12, 35)).toBe('参加志愿服务累计 12 小时 35 分钟。');
    expect(documentLabels('en').certificate.total(1, 5)).toBe('for a total of 1 h 5 min.');
  });

  it('accepts the contract’s shape and refuses a bad date', () => {
    const input = {
      number: 'CH-2026-0001',
      personName: '王秀英',
      organizationName: '夕阳红舞蹈队',
      streetName: '春和街道',
      totalMinutes: 90,
      entries: [{ date: '2026-06-01', activityTitle: '敬老探访', minutes: 90, role: '服务' }],
      issuedOn: '2026-06-30',
      issuerName: '李社工',
    };
    expect(volunteerCertificatePdfInputSchema.safeParse(input).success).toBe(true);
    expect(volunteerCertificatePdfInputSchema.safeParse({ ...input, issuedOn: '30/06/2026' }).success).toBe(false);
  });
});
