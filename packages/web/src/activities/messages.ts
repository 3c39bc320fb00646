/**
 * This capability's strings (activities: the leader's phone form, lists, the activity page, planned activities and public sign-in), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `activities` section so capabilities never collide.
 */
const zhCN = {
  activities: {
    title: '活动',
  },
};

const en: typeof zhCN = {
  activities: {
    title: 'Activities',
  },
};

export const activityMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = { 'zh-CN': zhCN, en };
