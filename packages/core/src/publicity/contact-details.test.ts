import { describe, expect, it } from 'vitest';
import { findContactDetails } from './contact-details';

describe('findContactDetails', () => {
  it('finds a mobile number however it is written, and masks it', () => {
    expect(findContactDetails(['欢迎联系王阿姨13812345678报名'])).toEqual([{ kind: 'mobile', masked: '138****5678' }]);
    expect(findContactDetails(['电话：138 1234 5678'])).toEqual([{ kind: 'mobile', masked: '138****5678' }]);
    expect(findContactDetails(['+86-138-1234-5678'])).toEqual([{ kind: 'mobile', masked: '138****5678' }]);
  });

  it('finds an ID number once (not also as a phone number) and a landline', () => {
    expect(findContactDetails(['身份证 11010519491231002X', '座机 021-62345678'])).toEqual([
      { kind: 'id_number', masked: '110****002X' },
      { kind: 'landline', masked: '021****5678' },
    ]);
  });

  it('lists the same number once across texts', () => {
    expect(findContactDetails(['13812345678', null, '再说一次 13812345678'])).toHaveLength(1);
  });

  it('leaves ordinary words and figures alone: dates, head counts, money, times', () => {
    expect(
      findContactDetails([
        '2026年6月29日上午，30位居民参加，经费1200元。',
        '活动时间 09:30-11:00，共 2026 人次',
        '编号 20260629001',
        '12345678901 不是手机号',
        undefined,
      ]),
    ).toEqual([]);
  });

  it('finds numbers typed the ways people type them: full-width, in Chinese numerals, an ID number spaced', () => {
    expect(findContactDetails(['报名电话１３８１２３４５６７８'])).toEqual([{ kind: 'mobile', masked: '138****5678' }]);
    expect(findContactDetails(['打幺三八 一二三四 五六七八找王阿姨'])).toEqual([
      { kind: 'mobile', masked: '138****5678' },
    ]);
    expect(findContactDetails(['手机：一三八－一二三四－五六七八'])).toEqual([
      { kind: 'mobile', masked: '138****5678' },
    ]);
    expect(findContactDetails(['身份证 110105 19491231 002X'])).toEqual([{ kind: 'id_number', masked: '110****002X' }]);
    expect(findContactDetails(['身份证号1101 0519 4912 3100 2x'])).toEqual([
      { kind: 'id_number', masked: '110****002x' },
    ]);
  });

  it('still leaves Chinese dates and counts alone', () => {
    expect(findContactDetails(['二〇二六年六月二十九日，三十位居民，一二三四五步操', '第一次活动，两个小时'])).toEqual(
      [],
    );
  });
});
