/**
 * This capability's strings, merged into the catalogues by i18n/zh-CN.ts and i18n/en.ts.
 * zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `registry` section so capabilities never collide.
 */
const zhCN = {
  registry: {
    title: '自组织档案',
  },
};

export const registryMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    registry: {
      title: 'Organization registry',
    },
  },
};
