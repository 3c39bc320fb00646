import { addDays, earlier } from './dates';
import {
  type Agree,
  advancerOf,
  claimOf,
  type MoneyPlay,
  moneyAt,
  receiptNotes,
  twoTranchesOf,
} from './grant-money-rows';
import type { GrantProposalRow } from './grants-proposals-extension';
import type { Random } from './random';

const tenFen = (fen: number) => Math.floor(fen / 10) * 10;

/**
 * Round one, played to the end: two tranches paid (half at the start, the rest two months on), and
 * each budget line mostly spent in one or two receipts, brought to the next monthly 报销会, checked
 * by staff there, approved by the admin the next day and paid the day after. Every fourth team
 * also brought a 购物卡 receipt, which the round's negative list names: staff declined it.
 */
export function playRoundOne(random: Random, play: MoneyPlay, approved: GrantProposalRow[], agree: Agree): void {
  const { data, base, hands } = play;
  const first = approved[0];
  if (!first?.determined_at) return;
  const startsOn = addDays(first.determined_at.slice(0, 10), 14);
  const sessions = Array.from({ length: 10 }, (_, index) => {
    const heldOn = addDays(startsOn, 30 * (index + 1));
    const session = {
      id: random.uuid(),
      street_id: first.street_id,
      held_on: heldOn,
      title: `第一期 第${index + 1}次报销会`,
      created_by: hands.staff,
      created_at: moneyAt(heldOn),
    };
    data.grant_claim_sessions.push(session);
    return session;
  });
  const sessionAfter = (day: string) => sessions.find((s) => s.held_on >= addDays(day, 3)) ?? sessions.at(-1)!;
  for (const [index, proposal] of approved.entries()) {
    const made = agree(proposal, startsOn);
    if (!made) continue;
    const { row: agreement, lines } = made;
    twoTranchesOf(random, play, agreement, [
      { dueOn: startsOn, note: '首期预拨（一半）', paidOn: startsOn },
      { dueOn: addDays(startsOn, 60), note: '二期拨付（余款）', paidOn: addDays(startsOn, 60) },
    ]);
    let number = 0;
    const lastDay = addDays(agreement.ends_on, -3);
    for (const [lineIndex, line] of lines.entries()) {
      const spentFen = tenFen((line.budgetFen * random.int(85, 100)) / 100);
      const firstPart = line.budgetFen >= 50_000 ? tenFen((spentFen * random.int(40, 60)) / 100) : spentFen;
      for (const [part, amountFen] of [firstPart, spentFen - firstPart].entries()) {
        if (amountFen <= 0) continue;
        const planned = addDays(startsOn, 20 + lineIndex * 35 + part * 25 + random.int(0, 8));
        const spentOn = earlier(planned, lastDay);
        const session = sessionAfter(spentOn);
        number += 1;
        const claimId = claimOf(random, data, agreement, {
          number,
          lineKey: line.key,
          amountFen,
          spentOn,
          description: `${line.label}：${random.pick(receiptNotes)}`,
          advancedBy: advancerOf(random, base, agreement.organization_id),
          steps: {
            submitted: { by: hands.typist, on: session.held_on },
            checked: { by: hands.staff, on: session.held_on, sessionId: session.id },
            approved: { by: hands.admin, on: addDays(session.held_on, 1) },
          },
        });
        data.grantPayments.push({ kind: 'claim', id: claimId, on: addDays(session.held_on, 2), paidBy: hands.staff });
      }
    }
    const line = lines[0];
    if (index % 4 !== 1 || !line) continue;
    const spentOn = addDays(startsOn, 40);
    const session = sessionAfter(spentOn);
    claimOf(random, data, agreement, {
      number: number + 1,
      lineKey: line.key,
      amountFen: 20_000,
      spentOn,
      description: '超市购物卡（慰问骨干队员）',
      advancedBy: advancerOf(random, base, agreement.organization_id),
      steps: {
        submitted: { by: hands.typist, on: session.held_on },
        declined: { by: hands.staff, on: session.held_on, note: '购物卡在本轮负面清单里，不能用资助资金报销。' },
      },
    });
  }
}
