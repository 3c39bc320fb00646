/**
 * Strings of a group's member list section 成员名单 and of the reasons a person is suggested for a
 * sender (issue 19), merged into the catalogues by i18n/zh-CN-whole.ts and i18n/en.ts.
 */
const zhCN = {
  chatRoster: {
    title: '成员名单',
    intro:
      '企业微信群可以上传群成员名单（接口返回的 JSON）：每位成员的入群时间会记下来，从来不说话的成员也会出现在网络图的边缘。',
    file: '选择成员名单文件（.json）',
    upload: '上传名单',
    uploading: '正在上传…',
    done: '读到 {{read}} 位成员：新加 {{added}} 位，更新 {{updated}} 位。',
    notJson: '这个文件不是 JSON，请上传企业微信接口返回的成员名单。',
    reason: {
      same: '名字相同（{{name}}）',
      contains: '群名片含这个名字（{{name}}）',
      contained: '名字里有“{{name}}”',
      surname_form: '按姓称呼（{{name}}），是本组织成员',
    },
  },
};

export type ChatRosterMessages = typeof zhCN;
export const chatRosterMessagesZh: ChatRosterMessages = zhCN;
