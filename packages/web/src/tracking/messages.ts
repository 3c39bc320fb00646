/**
 * This capability's strings (staff tracking logs (追踪日志) and merging suspected duplicates), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `tracking` section so capabilities never collide.
 */
const zhCN = {
  tracking: {
    title: '追踪日志',
    side: {
      heading: '工作人员追踪',
      none: '还没有工作人员的追踪日志。',
      observedLine: '工作人员 {{name}} 于 {{time}} 现场观察',
      write: '写追踪日志',
      cancel: '收起',
      duplicateBanner: '这条活动记录可能与另一条重复（同一自组织、同一天、时间重叠）。',
      duplicateLink: '去核对合并',
      mergedBanner: '这条记录已合并到另一条活动记录。',
      mergedLink: '查看合并后的活动',
      createdByTracking: '这条活动由工作人员的追踪日志创建，自组织可以补充完整。',
      photos: '{{count}} 张照片',
      by: '{{name}} 记录',
    },
    form: {
      organization: '追踪的自组织',
      chooseOrganization: '请选择…',
      date: '日期',
      from: '开始时间',
      to: '结束时间',
      place: '地点',
      observed: '观察的活动',
      observedHint: '一句话，例如“广场舞排练”',
      processRecord: '过程记录',
      feelings: '追踪感受',
      cultivationIdeas: '对自组织的培育想法',
      cultivationHint: '仅培育方内部可见',
      photos: '照片（可选）',
      save: '保存追踪日志',
      saving: '正在保存…',
      saved: '追踪日志已保存。',
      photosFailed: '日志已保存，但有 {{count}} 张照片没有上传成功，可以在活动页再试。',
      endBeforeStart: '结束时间不能早于开始时间。',
    },
    visit: {
      title: '记录一次追踪走访',
      lead: '不用先找活动：保存时会自动对上同一自组织、同一天、时间重叠的活动；没有就新建一条，由自组织补充。',
      attached: '已记到这个活动上：',
      created: '没有找到对应的活动，已新建一条，自组织可以补充完整：',
      open: '打开活动',
      another: '再记一次',
      chooseTitle: '这一天这个时段有几个活动，请选择你观察的是哪一个：',
      choose: '是这个',
    },
    list: {
      title: '追踪日志',
      search: '按活动、自组织或社工查找',
      newVisit: '记录追踪走访',
      duplicates: '疑似重复的活动',
      organization: '自组织',
      allOrganizations: '全部自组织',
      mineOnly: '只看我的',
      from: '从',
      to: '到',
      when: '时间',
      staff: '记录人',
      observed: '观察的活动',
      feelings: '感受',
      empty: '没有符合条件的追踪日志。',
      openActivity: '活动',
    },
    duplicates: {
      title: '疑似重复的活动',
      lead: '同一自组织、同一天、时间重叠的两条记录。核对后合并为一条（两边的文字和照片都会保留），或标记为不是同一次。',
      empty: '目前没有疑似重复的活动。',
      keep: '保留这条',
      recordedBy: '记录人：{{name}}',
      byTracking: '由追踪日志创建',
      byOrganization: '自组织记录',
      byStaffForOrganization: '工作人员代为记录',
      counts:
        '组织者 {{organizers}} 人 · 服务 {{served}} 人 · 参加者 {{participants}} · 照片 {{photos}} · 追踪日志 {{logs}}',
      merge: '合并',
      distinct: '不是同一次',
      merged: '已合并。',
      markedDistinct: '已标记为不是同一次。',
      noContent: '（没有内容）',
    },
  },
};

/** The zh-CN strings; English is in messages.en.ts, loaded only when chosen. */
export type TrackingMessages = typeof zhCN;
export const trackingMessagesZh: TrackingMessages = zhCN;
