import type { Locale } from '@seedbed/core';
import type { NoticeText } from '../http/public-page';

/**
 * The words of the residents' sign-in page /s/{code} (sign-in-page.ts), in both languages. zh-CN
 * gives the shape; en is typed against it, so a missing string fails to compile. Error messages
 * come from core's catalogue (activity.*), in the same language.
 */
const zhCN = {
  title: '活动签到',
  intro: '写上名字就能签到，帮队伍证明活动真的办了。',
  name: '姓名',
  phone: '手机号（可以不填）',
  forget: '不是我？清除',
  child: '我是儿童（由家长帮忙签到，不填手机号）',
  guardian: '我是孩子的监护人，同意孩子签到',
  notice: {
    title: '签到前请看：你的信息怎么用',
    summary: '你的名字（和手机号）只用来证明你来参加了这次活动。不公开，不发广告，不做别的用。',
    rows: [
      {
        label: '用来做什么',
        text: '证明这次活动真的办了、有多少人来。手机号让同一个人只算一次，也让签到更可信。不会用来推销，也不会交给别人。',
      },
      { label: '保存什么', text: '名字、手机号（可以不填）、签到的时间。孩子只写名字，不写手机号。' },
      {
        label: '保存多久',
        text: '手机号：如果你不是社区里登记过的居民，活动结束 180 天后自动删除。名字作为活动记录保留。你随时可以请社区工作人员删掉你的信息。',
      },
      {
        label: '谁能看到',
        text: '名字：办活动的队伍负责人、社区居委会、街道和社工能看到。手机号：系统里不显示给任何人。',
      },
    ],
  } satisfies NoticeText as NoticeText,
  consent: '我看过上面的说明，同意保存我的签到信息',
  waiting: '请先勾选上面的“同意”',
  submit: '签到',
  done: '签到成功',
  doneHint: '可以把这一页给门口的工作人员看。谢谢你来！',
  closed: '这个活动的签到已经结束了。谢谢你的关心！',
  notOpenYet: '签到还没开始，{time} 起可以签到。',
  volunteer: '志愿者签到 / 签退',
  back: '回到签到页',
  nameProblem: '请写上姓名（最多 60 个字）。',
  phoneProblem: '手机号是以 1 开头的 11 位数字；不想填可以空着。',
};

const en: typeof zhCN = {
  title: 'Sign in to the activity',
  intro: 'Write your name to sign in: it helps the team show the activity really took place.',
  name: 'Name',
  phone: 'Mobile number (optional)',
  forget: 'Not me? Clear',
  child: 'I am a child (a parent helps; no phone number)',
  guardian: 'I am the child’s guardian and agree that the child signs in',
  notice: {
    title: 'Before you sign in: how your details are used',
    summary:
      'Your name (and phone number) only show that you came to this activity. They are not published, not used for advertising, not used for anything else.',
    rows: [
      {
        label: 'What for',
        text: 'To show the activity really took place and how many came. A phone number makes sure one person counts once, and makes the sign-in more credible. Never for selling, never passed on.',
      },
      {
        label: 'What is kept',
        text: 'Your name, your phone number (optional) and when you signed in. A child gives a name only, never a phone number.',
      },
      {
        label: 'For how long',
        text: 'Phone number: if you are not a registered resident here, it is deleted automatically 180 days after the activity. The name stays as part of the activity record. You can ask a community worker to delete your details at any time.',
      },
      {
        label: 'Who sees it',
        text: 'Your name: the team that ran the activity, the residents’ committee, the street office and the social workers. Your phone number is shown to nobody in the system.',
      },
    ],
  },
  consent: 'I have read the notice above and agree that my sign-in is kept',
  waiting: 'First tick “I agree” above',
  submit: 'Sign in',
  done: 'Signed in',
  doneHint: 'You can show this page at the door. Thank you for coming!',
  closed: 'Sign-in for this activity has closed. Thank you for coming by!',
  notOpenYet: 'Sign-in has not started yet: it opens at {time}.',
  volunteer: 'Volunteers: sign in / out',
  back: 'Back to the sign-in page',
  nameProblem: 'Please write your name (at most 60 characters).',
  phoneProblem: 'A mobile number is 11 digits starting with 1; leave it empty if you prefer.',
};

const text: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en };

export function signInPageText(locale: Locale): typeof zhCN {
  return text[locale];
}
