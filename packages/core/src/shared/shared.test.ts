import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCatalogue, messageFor } from '../errors';
import { toExcelCsv } from './csv';
import { pickLocale } from './locale';
import { formatFen } from './money';
import { phoneSchema } from './schemas';
import { shanghaiDate } from './time';

describe('money in fen', () => {
  it('formats yuan with grouping and two decimals', () => {
    expect(formatFen(0)).toBe('¥0.00');
    expect(formatFen(100000)).toBe('¥1,000.00');
    expect(formatFen(1500000n)).toBe('¥15,000.00');
    expect(formatFen(-5)).toBe('-¥0.05');
    expect(formatFen(123456789, 'en')).toBe('CNY 1,234,567.89');
  });

  it('round-trips every amount exactly (no floats anywhere)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
        const text = formatFen(fen).replace('¥', '').replace(/,/g, '');
        const [yuan, cents] = text.replace('-', '').split('.');
        const back = BigInt(yuan ?? '0') * 100n + BigInt(cents ?? '0');
        expect(text.startsWith('-') ? -back : back).toBe(fen);
      }),
    );
  });
});

describe('languages', () => {
  it('defaults to Chinese and follows the browser', () => {
    expect(pickLocale(undefined)).toBe('zh-CN');
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('zh-TW,en;q=0.5')).toBe('zh-CN');
    expect(pickLocale('fr-FR')).toBe('zh-CN');
  });

  it('has every error message in both languages, with the same placeholders', () => {
    const serverSide = new Set(['server.error', 'files.unavailable']);
    for (const [code, entry] of Object.entries(errorCatalogue)) {
      expect(entry['zh-CN'].length, code).toBeGreaterThan(0);
      expect(entry.en.length, code).toBeGreaterThan(0);
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(entry['zh-CN']), code).toEqual(placeholders(entry.en));
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      // Only the server's own state answers 5xx: a bug (500) or a store that cannot take a file (503).
      if (serverSide.has(code)) expect(entry.status, code).toBeGreaterThanOrEqual(500);
      else expect(entry.status, code).toBeLessThan(500);
    }
    expect(messageFor({ code: 'auth.login_throttled', params: { minutes: 15 } }, 'zh-CN')).toContain('15 分钟');
  });
});

describe('phones and dates', () => {
  it('accepts mainland mobile numbers only', () => {
    expect(phoneSchema.safeParse('13812345678').success).toBe(true);
    expect(phoneSchema.safeParse('12812345678').success).toBe(false);
    expect(phoneSchema.safeParse('1381234567').success).toBe(false);
  });

  it('takes the calendar date in Shanghai, not the server’s zone', () => {
    expect(shanghaiDate(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
    expect(shanghaiDate(new Date('2026-06-30T15:59:00Z'))).toBe('2026-06-30');
  });
});

describe('toExcelCsv', () => {
  it('opens in Excel as Chinese, quotes what needs it and defuses formulas, but keeps negative numbers', () => {
    const csv = toExcelCsv(
      ['名称', '说明'],
      [
        ['舞蹈队', '跳舞, "广场"\n每周'],
        ['=HYPERLINK("x")', -3],
        [null, '@everyone'],
      ],
    );
    expect(csv.startsWith('\uFEFF名称,说明\r\n')).toBe(true);
    expect(csv).toContain('舞蹈队,"跳舞, ""广场""\n每周"\r\n');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",-3\r\n`);
    expect(csv.endsWith(`,'@everyone\r\n`)).toBe(true);
  });
});
