import { addDays, earlier } from './dates';
import {
  type Agree,
  advancerOf,
  type ClaimSteps,
  claimOf,
  type MoneyPlay,
  moneyAt,
  receiptNotes,
  twoTranchesOf,
} from './grant-money-rows';
import type { GrantProposalRow } from './grants-proposals-extension';
import type { Random } from './random';

/**
 * Round two, a few days into its projects: each agreement signed two days after the decision, its
 * first half paid the next day and the rest planned for three months on; the teams' first receipts
 * at this month's 报销会 yesterday. The leader's team (夕阳红舞蹈队) has one claim of each kind its
 * phone shows — submitted by the treasurer login, checked at the 报销会, and approved by the
 * admin, awaiting payment — each advanced by the treasurer herself; other teams have up to two,
 * typed in by the assistant, submitted or checked.
 */
export function startRoundTwo(
  random: Random,
  play: MoneyPlay,
  approved: GrantProposalRow[],
  agree: Agree,
  today: string,
): void {
  const { data, base, hands } = play;
  const leaderTeamId = base.users.find((u) => u.username === 'leader')?.scope_id;
  const treasurer = base.users.find((u) => u.username === 'treasurer');
  const treasurerPerson = base.people.find((p) => p.id === treasurer?.person_id);
  const sessionOn = addDays(today, -1);
  const session = {
    id: random.uuid(),
    street_id: approved[0]?.street_id ?? '',
    held_on: sessionOn,
    title: '本月报销会',
    created_by: hands.staff,
    created_at: moneyAt(sessionOn),
  };
  if (approved.length) data.grant_claim_sessions.push(session);
  for (const proposal of approved) {
    if (!proposal.determined_at) continue;
    const decided = addDays(proposal.determined_at.slice(0, 10), 2);
    const startsOn = earlier(decided, addDays(today, -3));
    const made = agree(proposal, startsOn);
    if (!made) continue;
    const { row: agreement, lines } = made;
    const paidOn = addDays(startsOn, 1);
    twoTranchesOf(random, play, agreement, [
      { dueOn: paidOn, note: '首期预拨（一半）', paidOn },
      { dueOn: addDays(startsOn, 90), note: '二期拨付（中期检查后）' },
    ]);
    const isLeaderTeam = agreement.organization_id === leaderTeamId;
    const submitter = isLeaderTeam && treasurer ? treasurer.id : hands.typist;
    const checked = { by: hands.staff, on: sessionOn, sessionId: session.id };
    const stepsOf: ClaimSteps[] = isLeaderTeam
      ? [
          { submitted: { by: submitter, on: paidOn }, checked, approved: { by: hands.admin, on: sessionOn } },
          { submitted: { by: submitter, on: paidOn }, checked },
          { submitted: { by: submitter, on: today } },
        ]
      : Array.from({ length: random.int(0, 2) }, () =>
          random.chance(0.5)
            ? { submitted: { by: submitter, on: paidOn }, checked }
            : { submitted: { by: submitter, on: sessionOn } },
        );
    for (const [index, steps] of stepsOf.entries()) {
      const line = lines[index % lines.length];
      if (!line) continue;
      claimOf(random, data, agreement, {
        number: index + 1,
        lineKey: line.key,
        // A first purchase: a few dozen yuan, never more than a third of the line.
        amountFen: Math.min(Math.floor(line.budgetFen / 3 / 10) * 10, random.int(30, 200) * 100 + random.pick([0, 50])),
        spentOn: paidOn,
        description: `${line.label}：${random.pick(receiptNotes)}`,
        advancedBy:
          isLeaderTeam && treasurerPerson
            ? { id: treasurerPerson.id, name: treasurerPerson.name }
            : advancerOf(random, base, agreement.organization_id),
        steps,
      });
    }
  }
}
