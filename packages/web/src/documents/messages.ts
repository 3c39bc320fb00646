/**
 * This capability's strings (printable PDFs (sign-in sheet, activity record sheet)), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `documents` section so capabilities never collide.
 */
const zhCN = {
  documents: {
    title: '打印表格',
  },
};

const en: typeof zhCN = {
  documents: {
    title: 'Printable sheets',
  },
};

export const documentsMessages: { 'zh-CN': typeof zhCN; en: typeof zhCN } = { 'zh-CN': zhCN, en };
