/**
 * This capability's strings (coaching sessions, cultivation plans and the workload view), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `coaching` section so capabilities never collide.
 */
const zhCN = {
  coaching: {
    title: '辅导',
  },
};

const en: typeof zhCN = {
  coaching: {
    title: 'Coaching',
  },
};

export const coachingMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = { 'zh-CN': zhCN, en };
