/**
 * Strings of the team's own work — handing leadership over, the residents' committee's filing —
 * merged into `organizations` by messages.ts (kept apart so each file stays short).
 */
export const teamMessagesZh = {
  handOver: {
    title: '移交队长',
    intro: '把队长交给另一位现任成员。交接后，新队长管理成员、编辑组织信息。',
    to: '新队长',
    pick: '请选择一位成员',
    iBecome: '我之后担任',
    formerBecomes: '原队长之后担任',
    open: '移交队长',
    question: '确认把队长移交给 {{name}}？移交后，队长的按钮归新队长。',
    confirm: '确认移交',
    cancel: '取消',
    done: '已移交：{{name}} 现在是队长。',
    noAccount: '{{name}} 还没有账号，需要邀请登录后才能以队长身份使用。',
    askStaff: '请联系社工生成邀请链接。',
    noCandidates: '还没有其他成员可以接任队长。',
  },
  filing: {
    title: '居委会备案',
    date: '备案日期',
    ref: '备案文号或存放处（可不填）',
    submit: '记录备案',
    attachHint: '记录后，在变化记录里这条备案下方上传备案文件的照片或 PDF。',
    confirmed: '居委会已确认（{{name}}，{{date}}）',
    waiting: '待居委会确认',
    confirm: '确认备案',
  },
};

export const teamMessagesEn: typeof teamMessagesZh = {
  handOver: {
    title: 'Hand over leadership',
    intro:
      'Pass the leader’s role to another current member. The new leader then manages members and edits the organization.',
    to: 'New leader',
    pick: 'Choose a member',
    iBecome: 'Afterwards I will be',
    formerBecomes: 'Afterwards the former leader will be',
    open: 'Hand over leadership',
    question: 'Hand leadership over to {{name}}? The leader’s buttons go to the new leader.',
    confirm: 'Confirm hand-over',
    cancel: 'Cancel',
    done: 'Handed over: {{name}} is now the leader.',
    noAccount: '{{name}} has no account yet and must be invited to sign in as the leader.',
    askStaff: 'Ask the social worker for an invite link.',
    noCandidates: 'There is no other member to take over yet.',
  },
  filing: {
    title: 'Filing with the residents’ committee',
    date: 'Filed on',
    ref: 'Filing number or where the paper is kept (optional)',
    submit: 'Record the filing',
    attachHint: 'Once recorded, upload a photo or PDF of the filing document under this filing in the history.',
    confirmed: 'Confirmed by the residents’ committee ({{name}}, {{date}})',
    waiting: 'Waiting for the residents’ committee to confirm',
    confirm: 'Confirm the filing',
  },
};
