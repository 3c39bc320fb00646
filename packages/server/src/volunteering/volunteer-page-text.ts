import type { Locale } from '@seedbed/core';
import type { NoticeText } from '../http/public-page';

/**
 * The words of the volunteer page /v/{code} (volunteer-page.ts), in both languages. zh-CN gives
 * the shape; en is typed against it. Error messages come from core's catalogue (volunteering.*).
 */
const zhCN = {
  title: '志愿者签到签退',
  intro: '志愿者请在开始时签到、结束时用这台手机签退，服务时长按签到签退的时间自动记录。',
  name: '姓名',
  phone: '手机号码',
  forget: '不是我？清除',
  child: '我未满 18 周岁',
  childExplain:
    '未满 18 周岁的小志愿者不在这里登记：请由监护人陪同，告诉队长，由队长为你记录服务时长。这里不收集未成年人的手机号码。',
  notice: {
    title: '签到前请看：你的信息怎么用',
    summary: '你的名字、手机号和签到签退的时间，会作为你的志愿服务记录保存，用来算服务时长、开志愿服务证明。',
    rows: [
      {
        label: '用来做什么',
        text: '记录你的服务时长，以后可以开志愿服务证明（按民政部《志愿服务记录与证明出具办法》）。手机号用来找到你在社区登记的居民信息，把时长记到你名下。不做别的用。',
      },
      {
        label: '保存什么',
        text: '名字、手机号、签到和签退的时间、服务时长。这台手机会记住一把“签退钥匙”，只有这台手机能为你签退。',
      },
      {
        label: '保存多久',
        text: '服务时长记录长期保存，因为开证明要用。手机号：如果没有对应到社区登记过的居民，活动结束 180 天后自动删除。你随时可以请社工删掉你的信息。',
      },
      { label: '谁能看到', text: '名字和服务时长：队伍负责人、社工、社区居委会和街道能看到。手机号不列给任何人看。' },
    ],
  } satisfies NoticeText as NoticeText,
  consent: '我看过上面的说明，同意保存我的姓名、手机号码和签到签退时间，作为我的志愿服务记录',
  waiting: '请先勾选上面的“同意”',
  signIn: '签到',
  signedIn: '已签到',
  signedInAt: (time: string) => `${time} 签到`,
  signOutHint: '服务结束时，用这台手机打开这一页，点下面的“签退”。',
  signOut: '签退',
  signedOut: '已签退',
  served: (duration: string) => `本次服务 ${duration}，谢谢你！`,
  duration: (hours: number, minutes: number) =>
    hours === 0 ? `${minutes} 分钟` : minutes === 0 ? `${hours} 小时` : `${hours} 小时 ${minutes} 分钟`,
  closed: '这个活动的志愿者签到签退已经结束。',
  back: '回到志愿者页',
  nameProblem: '请写上姓名（最多 60 个字）。',
  phoneProblem: '请写上手机号码：以 1 开头的 11 位数字。',
};

const en: typeof zhCN = {
  title: 'Volunteer sign-in and sign-out',
  intro:
    'Volunteers sign in when they start and sign out with this phone when they finish; the hours are recorded from the times.',
  name: 'Name',
  phone: 'Mobile number',
  forget: 'Not me? Clear',
  child: 'I am under 18',
  childExplain:
    'Volunteers under 18 are not registered here: with a guardian, ask the team leader to record your service. This page does not collect a minor’s phone number.',
  notice: {
    title: 'Before you sign in: how your details are used',
    summary:
      'Your name, phone number and sign-in and sign-out times are kept as your volunteer record, to count your hours and issue a volunteer certificate.',
    rows: [
      {
        label: 'What for',
        text: 'To record your service hours so a certificate can be issued (the Ministry of Civil Affairs rules on volunteer records). The phone number finds your resident record here, so the hours are yours. Nothing else.',
      },
      {
        label: 'What is kept',
        text: 'Your name, phone number, sign-in and sign-out times and the hours served. This phone keeps a “sign-out key”: only this phone can sign you out.',
      },
      {
        label: 'For how long',
        text: 'The hours record is kept for good, because certificates rely on it. Phone number: if it matches no registered resident here, it is deleted automatically 180 days after the activity. You can ask a social worker to delete your details at any time.',
      },
      {
        label: 'Who sees it',
        text: 'Your name and hours: the team leader, the social workers, the residents’ committee and the street office. Your phone number is listed to nobody.',
      },
    ],
  },
  consent:
    'I have read the notice above and agree that my name, number and sign-in/out times are kept as my volunteer record',
  waiting: 'First tick “I agree” above',
  signIn: 'Sign in',
  signedIn: 'Signed in',
  signedInAt: (time: string) => `Signed in ${time}`,
  signOutHint: 'When you finish, open this page on this phone and tap “Sign out” below.',
  signOut: 'Sign out',
  signedOut: 'Signed out',
  served: (duration: string) => `You served ${duration} — thank you!`,
  duration: (hours: number, minutes: number) =>
    hours === 0 ? `${minutes} min` : minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`,
  closed: 'Volunteer sign-in for this activity has closed.',
  back: 'Back to the volunteer page',
  nameProblem: 'Please write your name (at most 60 characters).',
  phoneProblem: 'Please write your mobile number: 11 digits starting with 1.',
};

const text: Record<Locale, typeof zhCN> = { 'zh-CN': zhCN, en };

export function volunteerPageText(locale: Locale): typeof zhCN {
  return text[locale];
}
