import type { Locale } from '@seedbed/core';

/** The words of the ballot slip's page /b/{code} (ballot-page.ts); en typed against zh-CN. Errors come from core (deliberation.*). */
const zhCN = {
  title: '投票',
  back: '回到选票',
  unknownHint: '请检查二维码是否完整、链接是否抄对，或者问问会议主持人。',
  secret: '不记名投票：谁也看不到你选了什么，管理员也看不到。',
  open: '记名投票：大家会看到你的名字和你的选择。',
  motion: { for: '赞成', against: '反对', abstain: '弃权' },
  abstain: '弃权',
  cast: '投票',
  castHint: '每张选票只能投一次，投了就不能改。',
  done: '已投票，谢谢！',
  doneOpen: (choice: string) => `你投的是：${choice}`,
  used: '这张选票已经投过了。',
  closed: '这次投票已经结束了。',
};

const en: typeof zhCN = {
  title: 'Vote',
  back: 'Back to the ballot',
  unknownHint: 'Check that the QR code is whole and the link copied right, or ask the chair.',
  secret: 'Secret ballot: nobody can see what you chose, not even the administrator.',
  open: 'Open vote: everyone will see your name and your choice.',
  motion: { for: 'For', against: 'Against', abstain: 'Abstain' },
  abstain: 'Abstain',
  cast: 'Vote',
  castHint: 'Each slip votes once, and a vote cannot be changed.',
  done: 'Voted — thank you!',
  doneOpen: (choice: string) => `You voted: ${choice}`,
  used: 'This slip has already been used.',
  closed: 'This vote has closed.',
};

export function ballotPageText(locale: Locale): typeof zhCN {
  return locale === 'en' ? en : zhCN;
}
