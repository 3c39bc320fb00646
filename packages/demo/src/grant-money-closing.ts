import { addDays, later } from './dates';
import { type AgreementRow, type MoneyPlay, moneyAt } from './grant-money-rows';
import type { Random } from './random';

/** What teams wrote at 结项, in their own plain words (seed 002's teams: what was done, what is next). */
const closingWords = [
  '这一年我们按计划把活动办下来了，来的邻居比想的多。钱都按票据报销了，剩下的退回。明年想自己再找点赞助，接着办。',
  '计划里的几次活动都办了，有一次下雨改了时间。队员从几个人变成十几个人，大家轮流管账，每月在群里公开。',
  '最难的是一开始没人来，后来请楼长帮忙叫人，慢慢就热闹了。买的东西都登记了，放在居委会活动室，谁用谁登记。',
  '我们学会了写计划、贴发票、开报销会。有两笔钱花得比预算多，跟社工商量后从别的项目挪了一点，都有记录。',
];

/**
 * Round one closed 结项: each settled grant gets its team's closing words, then is closed by staff a
 * week after its last payment (or its end, whichever is later) — through the store, as the other
 * payments are (cli/src/demo-grant-payments.ts), so the figures are frozen and unspent money is
 * returned as the app would. A grant whose closing day has not come yet stays open. The demo's
 * round-one teams hold no accounts, so no account is named as the words' writer.
 */
export function closeSettledGrants(random: Random, play: MoneyPlay, agreements: AgreementRow[], today: string): void {
  const { data } = play;
  const lastPaymentOf = new Map<string, string>();
  const agreementOfPayment = new Map<string, string>([
    ...data.grant_tranches.map((tranche) => [tranche.id, tranche.agreement_id] as const),
    ...data.grant_claims.map((claim) => [claim.id, claim.agreement_id] as const),
  ]);
  for (const payment of data.grantPayments) {
    const agreementId = agreementOfPayment.get(payment.id);
    if (agreementId && payment.on > (lastPaymentOf.get(agreementId) ?? '')) lastPaymentOf.set(agreementId, payment.on);
  }
  for (const agreement of agreements) {
    const last = lastPaymentOf.get(agreement.id) ?? agreement.ends_on;
    const closedOn = addDays(later(last, agreement.ends_on), 7);
    if (closedOn >= today) continue;
    agreement.closing_words = random.pick(closingWords);
    agreement.closing_words_at = moneyAt(addDays(closedOn, -3));
    data.grantPayments.push({ kind: 'closing', id: agreement.id, on: closedOn, paidBy: play.hands.staff });
  }
}
