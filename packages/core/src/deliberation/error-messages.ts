import type { ErrorMessages } from '../shared/error-messages';

/** Meetings and votes 议事协商: errors a user can meet (merged into the catalogue in ../errors.ts). */
export const deliberationErrorMessages = {
  'deliberation.unknown_type': { status: 404, 'zh-CN': '没有这种会议类型。', en: 'No such meeting type.' },
  'deliberation.unknown_meeting': { status: 404, 'zh-CN': '这次会议不存在。', en: 'No such meeting.' },
  'deliberation.unknown_item': {
    status: 404,
    'zh-CN': '会议里没有这一项。',
    en: 'The meeting has no such item.',
  },
  'deliberation.unknown_vote': { status: 404, 'zh-CN': '这次表决不存在。', en: 'No such vote.' },
  'deliberation.unknown_term': { status: 404, 'zh-CN': '这一届议事会不存在。', en: 'No such council term.' },
  'deliberation.unknown_slip': {
    status: 404,
    'zh-CN': '这张选票不存在，请检查二维码或问问会议主持人。',
    en: 'No such ballot slip; check the QR code or ask the chair.',
  },
  'deliberation.duplicate_type': {
    status: 409,
    'zh-CN': '已经有同名的会议类型了。',
    en: 'A meeting type with this name already exists.',
  },
  'deliberation.programme_elsewhere': {
    status: 400,
    'zh-CN': '这个培育项目不在会议所在的街道。',
    en: 'The cultivation programme is not in the meeting’s street.',
  },
  'deliberation.organization_elsewhere': {
    status: 400,
    'zh-CN': '组织会议的队伍不在这个社区。',
    en: 'The organizing organization is not in this community.',
  },
  'deliberation.already_attending': {
    status: 409,
    'zh-CN': '这个人已经在参会名单里了。',
    en: 'This person is already on the attendance list.',
  },
  'deliberation.guardian_needed': {
    status: 400,
    'zh-CN': '未成年人参会需要监护人同意，请先勾选“监护人已同意”。',
    en: 'A child attends with a guardian’s agreement: tick “guardian agreed” first.',
  },
  'deliberation.not_a_member': {
    status: 400,
    'zh-CN': '这个人不是这支队伍现在的成员。',
    en: 'This person is not a current member of the organization.',
  },
  'deliberation.eligibility_not_allowed': {
    status: 403,
    'zh-CN': '队伍只能让自己的成员、届次成员或到会的人投票；全小区居民投票请社工或居委会发起。',
    en: 'A team can let its own members, term members or attendees vote; a vote of an estate’s residents is opened by staff or the committee.',
  },
  'deliberation.eligibility_mismatch': {
    status: 400,
    'zh-CN': '投票资格指向的队伍、届次或小区不对。',
    en: 'The eligibility names the wrong kind of organization, term or estate.',
  },
  'deliberation.no_eligible_voters': {
    status: 409,
    'zh-CN': '没有人有资格投这次票（参会名单或成员名单是空的）。',
    en: 'Nobody is eligible for this vote (the attendance or member list is empty).',
  },
  'deliberation.proposal_elsewhere': {
    status: 400,
    'zh-CN': '选项里的提案不在这个社区能看到的范围内。',
    en: 'An option names a proposal outside this meeting’s reach.',
  },
  'deliberation.vote_closed': {
    status: 409,
    'zh-CN': '这次表决已经结束了，不能再投票或计票。',
    en: 'This vote has closed; no more ballots or tallies.',
  },
  'deliberation.slip_used': {
    status: 409,
    'zh-CN': '这张选票已经投过了，一人只能投一次。',
    en: 'This slip has already been used: one person, one vote.',
  },
  'deliberation.choice_invalid': {
    status: 400,
    'zh-CN': '请选一个选项再投票。',
    en: 'Pick one of the choices, then vote.',
  },
  'deliberation.tally_mismatch': {
    status: 400,
    'zh-CN': '纸质票的张数和勾选的选票数不一致，请再数一遍。',
    en: 'The paper count does not match the number of slips ticked; count again.',
  },
  'deliberation.tally_exists': {
    status: 409,
    'zh-CN': '这次表决已经录入过纸质计票了。',
    en: 'This vote already has its paper tally.',
  },
  'deliberation.term_number_taken': {
    status: 409,
    'zh-CN': '这个议事会已经有这一届了。',
    en: 'The council already has a term with this number.',
  },
  'deliberation.term_dates': {
    status: 400,
    'zh-CN': '届期的结束日期不能早于开始日期。',
    en: 'A term cannot end before it starts.',
  },
} as const satisfies ErrorMessages;
