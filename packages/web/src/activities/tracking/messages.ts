/**
 * This capability's strings (staff tracking logs (追踪日志) and merging suspected duplicates), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `tracking` section so capabilities never collide.
 */
const zhCN = {
  tracking: {
    title: '追踪日志',
  },
};

const en: typeof zhCN = {
  tracking: {
    title: 'Tracking logs',
  },
};

export const trackingMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = { 'zh-CN': zhCN, en };
