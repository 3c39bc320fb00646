import { type BudgetLine, budgetLineAmountFen, type ProposalContent } from '@seedbed/core';

/**
 * What changed between two versions of a proposal, field by field, for the version history: texts
 * and figures by field, budget lines and plan items by their key (added / removed / changed, so a
 * reordered list is no change), and the other lists as wholes. Money stays in fen here; the screen
 * shows it in yuan.
 */
export type ProposalChange =
  | { kind: 'field'; field: ScalarField; before: string; after: string }
  | { kind: 'list'; field: WholeListField; before: string[]; after: string[] }
  | { kind: 'line'; change: 'added' | 'removed'; line: BudgetLine }
  | { kind: 'line'; change: 'changed'; before: BudgetLine; after: BudgetLine; line: BudgetLine }
  | { kind: 'plan'; change: 'added' | 'removed' | 'changed'; key: string; before: string; after: string };

export const scalarFields = [
  'title',
  'publicIssue',
  'needId',
  'goal',
  'shortfallPlan',
  'maintenancePlan',
  'projectMonths',
  'notes',
] as const;
export type ScalarField = (typeof scalarFields)[number];

export const wholeListFields = ['targets', 'team', 'otherSupport'] as const;
export type WholeListField = (typeof wholeListFields)[number];

/** One row of a whole list as a line of text: the diff compares and shows these. */
function rowsOf(content: ProposalContent, field: WholeListField): string[] {
  switch (field) {
    case 'targets':
      return content.targets.map((target) => `${target.text} ${target.quantity}${target.unit}`);
    case 'team':
      return content.team.map((entry) => `${entry.personId}:${entry.role}`);
    case 'otherSupport':
      return content.otherSupport.map(
        (support) => `${support.kind}|${support.source}|${support.amountFen}|${support.description}`,
      );
  }
}

const planText = (plan: ProposalContent['planItems'][number]) =>
  [plan.title, plan.plannedMonth ?? '', plan.description].filter(Boolean).join(' · ');

const sameLine = (a: BudgetLine, b: BudgetLine) =>
  a.category === b.category &&
  a.item === b.item &&
  a.unitPriceFen === b.unitPriceFen &&
  a.quantity === b.quantity &&
  a.justification === b.justification;

export function diffProposals(before: ProposalContent, after: ProposalContent): ProposalChange[] {
  const changes: ProposalChange[] = [];
  for (const field of scalarFields) {
    const was = String(before[field] ?? '');
    const is = String(after[field] ?? '');
    if (was !== is) changes.push({ kind: 'field', field, before: was, after: is });
  }
  for (const field of wholeListFields) {
    const was = rowsOf(before, field);
    const is = rowsOf(after, field);
    if (was.join('\n') !== is.join('\n')) changes.push({ kind: 'list', field, before: was, after: is });
  }
  const oldPlans = new Map(before.planItems.map((plan) => [plan.key, plan]));
  const newPlans = new Map(after.planItems.map((plan) => [plan.key, plan]));
  for (const plan of before.planItems)
    if (!newPlans.has(plan.key))
      changes.push({ kind: 'plan', change: 'removed', key: plan.key, before: planText(plan), after: '' });
  for (const plan of after.planItems) {
    const old = oldPlans.get(plan.key);
    if (!old) changes.push({ kind: 'plan', change: 'added', key: plan.key, before: '', after: planText(plan) });
    else if (planText(old) !== planText(plan))
      changes.push({ kind: 'plan', change: 'changed', key: plan.key, before: planText(old), after: planText(plan) });
  }
  const oldLines = new Map(before.budgetLines.map((line) => [line.key, line]));
  const newLines = new Map(after.budgetLines.map((line) => [line.key, line]));
  for (const line of before.budgetLines)
    if (!newLines.has(line.key)) changes.push({ kind: 'line', change: 'removed', line });
  for (const line of after.budgetLines) {
    const old = oldLines.get(line.key);
    if (!old) changes.push({ kind: 'line', change: 'added', line });
    else if (!sameLine(old, line)) changes.push({ kind: 'line', change: 'changed', before: old, after: line, line });
  }
  return changes;
}

/** How a budget line's amount moved between two versions (removed: its whole amount, negative). */
export function lineAmountChangeFen(change: Extract<ProposalChange, { kind: 'line' }>): number {
  switch (change.change) {
    case 'added':
      return budgetLineAmountFen(change.line);
    case 'removed':
      return -budgetLineAmountFen(change.line);
    case 'changed':
      return budgetLineAmountFen(change.after) - budgetLineAmountFen(change.before);
  }
}
