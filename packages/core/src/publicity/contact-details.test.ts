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
});
