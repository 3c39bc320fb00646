/**
 * The group page's panels added for issue 19's wiring (network settings, the compact voices table, kept
 * text, the suggested adoption step, activity corroboration, organization hints): zh-CN first, English
 * typed against it. Nested under `chat.panels` by messages.ts and messages.en.ts.
 */
export const chatPanelMessagesZh = {
  settings: {
    title: '网络设置',
    help: '互动网络怎么算：有人引用（回复）某人的消息、@某人，或在对方说完后不久接着说话（接话），都算一次互动。可以调整接话的时间间隔和三种互动各自的权重，再重新计算；权重为 0 表示不算这种互动。',
    gap: '接话间隔（分钟，1–1440）',
    reply: '回复的权重',
    mention: '@提及的权重',
    response: '接话的权重',
    apply: '重新计算',
    reset: '恢复默认',
    current: '当前：接话间隔 {{gap}} 分钟，回复 × {{reply}}，@ × {{mention}}，接话 × {{response}}',
    invalid: '请填写有效数字：间隔为 1–1440 的整数，权重为 0–100。',
  },
  keptText: {
    title: '最近消息',
    help: '组织同意保留消息文字 {{days}} 天；到期后文字会被删除，只留下统计。消息里可能有居民的姓名和难处，请只在工作中使用。',
    none: '现在没有保留的消息文字。',
    forgottenOn: '{{date}} 删除文字',
  },
  mark: {
    title: '群聊佐证',
    corroborated: '已佐证',
    partial: '部分佐证',
    unrelated: '群里在聊别的',
    silent: '群里没有消息',
    not_covered: '不在群聊记录范围内',
    explain: {
      corroborated: '活动当天和第二天，群里有 {{photos}} 张照片、{{about}} 条说到这次活动的消息（{{words}}）。',
      partial: '活动当天和第二天，群里有 {{photos}} 张照片、{{about}} 条说到这次活动的消息：只有其中一种。',
      unrelated: '活动当天和第二天群里有 {{messages}} 条消息，但没有照片，也没有说到这次活动。',
      silent: '活动当天群里没有任何消息。可以问问组织：活动是否改期，或在别处讨论？',
      not_covered: '活动的日期不在已导入的群聊记录之内。',
    },
  },
  adoption: {
    title: '建群阶段建议',
    noneConfirmed: '还没有确认这个群走到了哪一步。',
    confirmed: '已确认：{{step}}（{{name}}，{{date}}）',
    suggested: '建议：{{step}}',
    period: '根据群聊记录最后 8 周（{{from}} 至 {{to}}）。',
    evidence: {
      trail: '最近 {{weeks}} 周群里共有 {{messages}} 条消息。',
      leader_posts: '负责人在 {{weeks}} 个不同的周里发了 {{messages}} 条消息（第 4 步要至少 {{needed}} 周）。',
      leader_unmatched: '群里还没有哪位发言人对应到组织的负责人，看不出负责人是否在发消息：请到「发言人」页面对应。',
      reports:
        '这段时间组织办了 {{held}} 次活动，其中 {{corroborated}} 次群里有照片和说到它的消息（第 5 步要至少 {{needed}} 次，并且不少于一半）。',
      below_confirmed: '建议比已确认的第 {{step}} 步低：群最近可能冷清了，可以问问组织。不会自动改。',
    },
    same: '和已确认的一样，不用再确认。',
    confirm: '确认第 {{step}} 步',
    no_agreement: '组织现在没有同意分析这个群，不能给出建议。',
    no_trail: '还没有导入群聊记录，不能给出建议。',
  },
  questions: {
    lead: '{{count}} 次计划活动当天群里无人说话，请核实',
    help: '这些是预告过、日期已过、还没有记录“举办了”的活动，当天组织的群里没有任何消息。这不是结论：活动可能改期了，或在别处讨论。',
    item: '{{date}} {{title}}',
    record: '办了？补记',
  },
  voices: {
    title: '每段时间的声音',
    window: '时间段',
    counts: '消息 / 发言人',
    changes: '新 / 沉默',
  },
};
export type ChatPanelMessages = typeof chatPanelMessagesZh;

export const chatPanelMessagesEn: ChatPanelMessages = {
  settings: {
    title: 'Network settings',
    help: 'How the interaction network is counted: quoting (replying to) someone’s message, @mentioning someone, or speaking soon after someone else finished (a response in turn) each count as one interaction. Change the gap for a response in turn and the weight of each kind, then recompute; a weight of 0 leaves that kind out.',
    gap: 'Response gap (minutes, 1–1440)',
    reply: 'Weight of replies',
    mention: 'Weight of @mentions',
    response: 'Weight of responses in turn',
    apply: 'Recompute',
    reset: 'Back to defaults',
    current: 'Now: gap {{gap}} min, reply × {{reply}}, mention × {{mention}}, response × {{response}}',
    invalid: 'Please enter valid numbers: the gap a whole number 1–1440, weights 0–100.',
  },
  keptText: {
    title: 'Recent messages',
    help: 'The organization agreed to keep message text for {{days}} days; after that the text is deleted and only the counts stay. Messages can name residents and their troubles: use them for your work only.',
    none: 'No message text is kept now.',
    forgottenOn: 'text deleted on {{date}}',
  },
  mark: {
    title: 'Group chat evidence',
    corroborated: 'Corroborated',
    partial: 'Partly corroborated',
    unrelated: 'The group talked of other things',
    silent: 'The group was silent',
    not_covered: 'Outside the chat trail',
    explain: {
      corroborated:
        'On the day and the next, the group shows {{photos}} photos and {{about}} messages about this activity ({{words}}).',
      partial:
        'On the day and the next, the group shows {{photos}} photos and {{about}} messages about this activity: only one of the two.',
      unrelated:
        'The group had {{messages}} messages on the day and the next, but no photos and none about this activity.',
      silent: 'No message at all in the group that day. Ask the organization: was it moved, or talked about elsewhere?',
      not_covered: 'The activity’s date lies outside the imported chat trail.',
    },
  },
  adoption: {
    title: 'Suggested adoption step',
    noneConfirmed: 'Nobody has confirmed yet how far the team has come with this group.',
    confirmed: 'Confirmed: {{step}} ({{name}}, {{date}})',
    suggested: 'Suggested: {{step}}',
    period: 'From the last 8 weeks of the chat trail ({{from}} to {{to}}).',
    evidence: {
      trail: 'The group has {{messages}} messages in the last {{weeks}} weeks.',
      leader_posts:
        'The leaders posted {{messages}} messages in {{weeks}} different weeks (step 4 needs at least {{needed}} weeks).',
      leader_unmatched:
        'No sender in the group is matched to the team’s leader yet, so their posts cannot be seen: match them on the senders page.',
      reports:
        'The team held {{held}} activities in this time; for {{corroborated}} of them the group shows photos and messages about it (step 5 needs at least {{needed}}, and at least half).',
      below_confirmed:
        'The suggestion is below the confirmed step {{step}}: the group may have gone quiet, ask the team. Nothing changes by itself.',
    },
    same: 'The same as the confirmed step: nothing to confirm.',
    confirm: 'Confirm step {{step}}',
    no_agreement: 'The team has no agreement in force for this group: no suggestion.',
    no_trail: 'No chat trail imported yet: no suggestion.',
  },
  questions: {
    lead: 'Planned activities whose group was silent that day: {{count}}. Please check',
    help: 'These were announced, their day has passed with no record of being held, and the organization’s group had no message that day. Not a verdict: the activity may have been moved, or talked about elsewhere.',
    item: '{{date}} {{title}}',
    record: 'Held? Record it',
  },
  voices: {
    title: 'Voices per period',
    window: 'Period',
    counts: 'Messages / speakers',
    changes: 'New / gone quiet',
  },
};
