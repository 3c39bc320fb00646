/**
 * This capability's strings, merged into the catalogues by i18n/zh-CN.ts and i18n/en.ts.
 * zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `survey` section so capabilities never collide.
 */
const zhCN = {
  survey: {
    title: '社区调查',
  },
};

export const surveyMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = {
  'zh-CN': zhCN,
  en: {
    survey: {
      title: 'Community survey',
    },
  },
};
