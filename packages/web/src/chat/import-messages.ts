/**
 * Strings of the chat import page 导入聊天记录 (issue 19, part B), merged into the catalogues by
 * i18n/zh-CN.ts and i18n/en.ts. zh-CN gives the shape; en is typed against it.
 */
const zhCN = {
  chatImport: {
    title: '导入聊天记录',
    intro: '上传这个群导出的聊天记录。同一个文件或时间有重叠的新文件可以再传，不会重复导入。',
    file: '选择导出文件',
    format: '文件种类',
    encoding: '文字编码',
    auto: '自动识别',
    dateOrder: '日期的写法',
    dateOrderHint: '文件里的日期像 1/5/21，请选它是怎么写的。',
    dmy: '日/月/年',
    mdy: '月/日/年',
    csvColumns: '通用表格：各列的表头名称',
    csvTime: '时间列',
    csvSender: '发言人列',
    csvText: '内容列',
    csvId: '消息编号列（可不填）',
    upload: '开始导入',
    uploading: '正在上传…',
    past: '导入记录',
    none: '还没有导入过。',
    queued: '排队中',
    running: '正在导入 {{percent}}%',
    done: '已完成',
    failed: '失败',
    counts: '读到 {{read}} 条，新增 {{added}} 条，已有 {{already}} 条',
    problems: '有 {{count}} 处问题（列出前 200 处）：',
    formats: {
      'wechat-csv': '微信（留痕 CSV）',
      'wechat-txt': '微信（TXT）',
      'wecom-json': '企业微信会话存档',
      'telegram-json': 'Telegram（result.json）',
      'whatsapp-txt': 'WhatsApp（.txt）',
      csv: '通用表格（CSV）',
    },
  },
};

export type ChatImportMessages = typeof zhCN;
export const chatImportMessagesZh: ChatImportMessages = zhCN;
