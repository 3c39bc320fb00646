/**
 * This capability's strings (publicity drafts, share pages, posters, the feed and what is on), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `publicity` section so capabilities never collide.
 */
const zhCN = {
  publicity: {
    title: '活动信息稿',
  },
};

const en: typeof zhCN = {
  publicity: {
    title: 'Publicity',
  },
};

export const publicityMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = { 'zh-CN': zhCN, en };
