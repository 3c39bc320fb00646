/**
 * This capability's strings (printable PDFs (sign-in sheet, activity record sheet)), merged into the catalogues by i18n/zh-CN.ts and
 * i18n/en.ts. zh-CN gives the shape; en is typed against it, so a missing key fails to compile.
 * Keep every key under the top-level `documents` section so capabilities never collide.
 */
const zhCN = {
  documents: {
    title: '打印表格',
    help: '打印后带到活动现场；活动后拍照上传',
    printSignInSheet: '打印签到表',
    printRecordSheet: '打印活动记录表',
    opensInNewTab: '（在新窗口打开 PDF）',
  },
};

/** The zh-CN strings; English is in messages.en.ts, loaded only when chosen. */
export type DocumentsMessages = typeof zhCN;
export const documentsMessagesZh: DocumentsMessages = zhCN;
