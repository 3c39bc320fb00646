import type { ErrorMessages } from '../shared/error-messages';

/** Space booking, disputes and honours: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const allocationErrorMessages = {
  'allocation.booking_clash': {
    status: 409,
    'zh-CN': '这个时间场地已经有人订了：{clash}。请换一个时间。',
    en: 'The space is already booked then: {clash}. Please pick another time.',
  },
  'allocation.outside_opening_hours': {
    status: 400,
    'zh-CN': '{when} 不在这个场地的开放时间内。',
    en: '{when} is outside the opening hours of this space.',
  },
  'allocation.unknown_booking': { status: 404, 'zh-CN': '这条预约不存在。', en: 'No such booking.' },
  'allocation.booking_not_waiting': {
    status: 409,
    'zh-CN': '这条预约已经处理过了（{status}）。',
    en: 'This booking has already been dealt with ({status}).',
  },
  'allocation.booking_not_active': {
    status: 409,
    'zh-CN': '这条预约已经取消或被拒绝了。',
    en: 'This booking has already been cancelled or declined.',
  },
  'allocation.booking_in_past': {
    status: 400,
    'zh-CN': '不能预约已经过去的时间。',
    en: 'A booking cannot start in the past.',
  },
  'allocation.booking_not_yours': {
    status: 403,
    'zh-CN': '队长只能为自己的队伍预约、取消预约。',
    en: 'A team leader books and cancels for their own team only.',
  },
  'allocation.range_too_long': {
    status: 400,
    'zh-CN': '一次最多查看 92 天的预约，开始日期不能晚于结束日期。',
    en: 'Ask for at most 92 days of bookings, starting on or before the end.',
  },
  'allocation.party_elsewhere': {
    status: 400,
    'zh-CN': '纠纷的场地和相关方必须属于这个社区。',
    en: 'The space and stakeholders of a dispute must belong to this community.',
  },
  'allocation.unknown_dispute': { status: 404, 'zh-CN': '这条纠纷记录不存在。', en: 'No such dispute.' },
  'allocation.dispute_resolved': {
    status: 409,
    'zh-CN': '这条纠纷已经解决了。',
    en: 'This dispute has already been resolved.',
  },
  'allocation.meeting_elsewhere': {
    status: 400,
    'zh-CN': '只能关联这个社区开的会。',
    en: 'Only a meeting held in this community can be linked.',
  },
  'allocation.meeting_already_linked': {
    status: 409,
    'zh-CN': '这次会已经关联到这条纠纷了。',
    en: 'This meeting is already linked to the dispute.',
  },
  'allocation.unknown_honour': { status: 404, 'zh-CN': '这项表彰不存在。', en: 'No such honour.' },
  'allocation.honour_duplicate_name': {
    status: 409,
    'zh-CN': '这个社区已经有同名的表彰了。',
    en: 'This community already has an honour of that name.',
  },
} as const satisfies ErrorMessages;
