/**
 * Strings of the service-model card 服务模式, merged into `organizations` by messages.ts (kept apart so
 * each file stays short).
 */
export const serviceModelMessagesZh = {
  serviceModel: {
    title: '服务模式梳理',
    intro: '把我们做什么、为谁服务、和谁合作、钱从哪里来写清楚。是否梳理，由我们自己决定。',
    notChosen: '这个团队还没有选择做服务模式梳理。只有队长可以开始。',
    choose: '我们自愿开始梳理',
    chooseHint: '点了之后，社工可以和你们一起填写。随时可以慢慢填，都不是必填。',
    whatItDoes: '我们做什么',
    mainService: '主要服务',
    beneficiaries: '服务对象',
    stakeholders: '合作方、相关方',
    fundingChannels: '资金渠道',
    save: '保存',
    saved: '已保存。',
    draft: '这是上次没保存完的内容，已帮你留着。',
    kept: '网络不好，没保存上。写的内容留在手机里，有网时再点保存。',
    steps: { activity_review: '活动梳理', model_review: '模式梳理' },
    progress: {
      started: '已开始，活动梳理未完成',
      activity_review_done: '活动梳理已完成，模式梳理未完成',
      model_review_done: '活动梳理、模式梳理都已完成',
    },
    completedOn: '{{step}}完成于 {{date}}',
    sessions: '梳理记录',
    noSessions: '还没有梳理记录。',
    completes: '完成了这一步',
    session: {
      title: '记录一次梳理',
      heldOn: '日期',
      coachingSession: '在哪次辅导里梳理的（可不选）',
      noCoachingSession: '不是在辅导里（单独记录）',
      coachingSessionHint: '几个团队一起参加的工作坊，全街道只算一次梳理。',
      step: '梳理内容',
      completesStep: '这一步已完成',
      notes: '记录（可不填）',
      save: '记录',
    },
  },
};

export const serviceModelMessagesEn: typeof serviceModelMessagesZh = {
  serviceModel: {
    title: 'Service model',
    intro:
      'Write down what we do, whom we serve, who we work with and where the money comes from. Whether to do it is our own choice.',
    notChosen: 'This team has not chosen to map its service model. Only its leader can start.',
    choose: 'We choose to start',
    chooseHint: 'Once started, staff can fill it in with you. Take your time: nothing is required.',
    whatItDoes: 'What we do',
    mainService: 'Main service',
    beneficiaries: 'Whom we serve',
    stakeholders: 'Partners and stakeholders',
    fundingChannels: 'Funding channels',
    save: 'Save',
    saved: 'Saved.',
    draft: 'This is what you had not saved last time; it was kept for you.',
    kept: 'The network failed, nothing was lost: your words stay on this phone. Press Save again when online.',
    steps: { activity_review: 'Activity review', model_review: 'Model review' },
    progress: {
      started: 'Started; activity review not completed',
      activity_review_done: 'Activity review completed; model review not yet',
      model_review_done: 'Activity review and model review completed',
    },
    completedOn: '{{step}} completed on {{date}}',
    sessions: 'Mapping sessions',
    noSessions: 'No mapping sessions yet.',
    completes: 'completed this step',
    session: {
      title: 'Record a mapping session',
      heldOn: 'Date',
      coachingSession: 'Coaching session it was held at (optional)',
      noCoachingSession: 'Not at a coaching session (on its own)',
      coachingSessionHint: 'A workshop of several teams counts as one mapping session for the street.',
      step: 'Step',
      completesStep: 'This step is completed',
      notes: 'Notes (optional)',
      save: 'Record',
    },
  },
};
