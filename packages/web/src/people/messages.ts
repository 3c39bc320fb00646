/**
 * This capability's strings, merged into the catalogues by i18n/zh-CN.ts and i18n/en.ts.
 * zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `people` section so capabilities never collide.
 */
const zhCN = {
  people: {
    title: '居民与能人',
  },
};

export const peopleMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    people: {
      title: 'Residents and activists',
    },
  },
};
