import type { Locale } from '@seedbed/core';

/**
 * The words of a community's spaces page /h/{id} (hours-page.ts), in both languages. zh-CN gives
 * the shape; en is typed against it. Error messages come from core's catalogue.
 */
const zhCN = {
  title: '场地开放时间',
  back: '回到开放时间',
  unknownHint: '请检查二维码是否完整、链接是否抄对，或者问问社区居委会。',
  capacity: '可容纳 {n} 人',
  noSpaces: '还没有公布开放时间的场地，请问居委会。',
  thisWeek: '本周预约（{from} 至 {to}）',
  noBookings: '本周没有预约，开放时间内都可以来用。',
  honours: '社区表彰',
  earnedBy: '怎么评：',
  decidedBy: '谁来定：',
  awarded: '获得者：',
  aResident: '一位居民',
  weekdays: ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  listSeparator: '、',
};

type HoursPageText = typeof zhCN;

const en: HoursPageText = {
  title: 'Opening hours of the spaces',
  back: 'Back to the opening hours',
  unknownHint: 'Check that the QR code is whole and the link copied right, or ask the residents’ committee.',
  capacity: 'Room for {n}',
  noSpaces: 'No space has published opening hours yet; ask the residents’ committee.',
  thisWeek: 'Booked this week ({from} to {to})',
  noBookings: 'Nothing booked this week: come during the opening hours.',
  honours: 'Community honours',
  earnedBy: 'What earns it: ',
  decidedBy: 'Who decides: ',
  awarded: 'Awarded to: ',
  aResident: 'a resident',
  weekdays: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  listSeparator: ', ',
};

export function hoursPageText(locale: Locale): HoursPageText {
  return locale === 'en' ? en : zhCN;
}
