import {
  type BudgetCategory,
  budgetLineAmountFen,
  type ProposalContent,
  type ProposalContentInput,
} from '@seedbed/core';
import { fenToYuanText, yuanTextToFen } from './money-input';

/**
 * The proposal form as typed on the phone: money as the yuan text the leader types, counts as text,
 * so a half-typed "12." stays on screen. `toProposalContent` turns it into core's content (integer
 * fen through money-input.ts); core's proposalContentSchema then decides what is acceptable.
 */
export interface BudgetLineValues {
  key: string;
  category: BudgetCategory;
  item: string;
  unitPrice: string;
  quantity: string;
  justification: string;
}

export interface ProposalFormValues {
  title: string;
  publicIssue: string;
  needId: string;
  goal: string;
  targets: { text: string; quantity: string; unit: string }[];
  planItems: { key: string; title: string; plannedMonth: string; description: string }[];
  team: { personId: string; role: string }[];
  leaderPersonId: string;
  budgetLines: BudgetLineValues[];
  otherSupport: {
    kind: ProposalContent['otherSupport'][number]['kind'];
    source: string;
    amount: string;
    description: string;
  }[];
  shortfallPlan: string;
  maintenancePlan: string;
  projectMonths: string;
  notes: string;
}

export function emptyProposalValues(): ProposalFormValues {
  return {
    title: '',
    publicIssue: '',
    needId: '',
    goal: '',
    targets: [],
    planItems: [],
    team: [],
    leaderPersonId: '',
    budgetLines: [],
    otherSupport: [],
    shortfallPlan: '',
    maintenancePlan: '',
    projectMonths: '',
    notes: '',
  };
}

/** Money the schema refuses (fen are never negative): typed text that is not an amount shows its error there. */
const notAnAmount = -1;

/** A whole number typed as text; what is not one is handed to the schema as NaN, which it refuses. */
function wholeNumber(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function fenOf(text: string): number {
  return yuanTextToFen(text) ?? notAnAmount;
}

const isBlank = (...texts: string[]) => texts.every((text) => text.trim() === '');

/**
 * The content to send. Rows left wholly empty (a line added and never filled) are dropped rather
 * than refused: only the title is required until the team submits.
 */
export function toProposalContent(values: ProposalFormValues): ProposalContentInput {
  const months = values.projectMonths.trim();
  return {
    title: values.title,
    publicIssue: values.publicIssue,
    ...(values.needId ? { needId: values.needId } : {}),
    goal: values.goal,
    targets: values.targets
      .filter((target) => !isBlank(target.text, target.quantity, target.unit))
      .map((target) => ({ text: target.text, quantity: wholeNumber(target.quantity), unit: target.unit })),
    planItems: values.planItems
      .filter((plan) => !isBlank(plan.title, plan.plannedMonth, plan.description))
      .map((plan) => ({
        key: plan.key,
        title: plan.title,
        ...(plan.plannedMonth ? { plannedMonth: plan.plannedMonth } : {}),
        description: plan.description,
      })),
    team: values.team.filter((entry) => entry.personId !== ''),
    ...(values.leaderPersonId ? { leaderPersonId: values.leaderPersonId } : {}),
    budgetLines: values.budgetLines
      .filter((line) => !isBlank(line.item, line.unitPrice, line.quantity, line.justification))
      .map((line) => ({
        key: line.key,
        category: line.category,
        item: line.item,
        unitPriceFen: fenOf(line.unitPrice),
        quantity: wholeNumber(line.quantity),
        justification: line.justification,
      })),
    otherSupport: values.otherSupport
      .filter((support) => !isBlank(support.source, support.amount, support.description))
      .map((support) => ({
        kind: support.kind,
        source: support.source,
        amountFen: fenOf(support.amount),
        description: support.description,
      })),
    shortfallPlan: values.shortfallPlan,
    maintenancePlan: values.maintenancePlan,
    ...(months ? { projectMonths: wholeNumber(months) } : {}),
    notes: values.notes,
  };
}

/** A saved version back into the form, to write the next version from it. */
export function proposalValuesOf(content: ProposalContent): ProposalFormValues {
  return {
    title: content.title,
    publicIssue: content.publicIssue,
    needId: content.needId ?? '',
    goal: content.goal,
    targets: content.targets.map((target) => ({ ...target, quantity: String(target.quantity) })),
    planItems: content.planItems.map((plan) => ({ ...plan, plannedMonth: plan.plannedMonth ?? '' })),
    team: content.team.map((entry) => ({ ...entry })),
    leaderPersonId: content.leaderPersonId ?? '',
    budgetLines: content.budgetLines.map((line) => ({
      key: line.key,
      category: line.category,
      item: line.item,
      unitPrice: fenToYuanText(line.unitPriceFen),
      quantity: String(line.quantity),
      justification: line.justification,
    })),
    otherSupport: content.otherSupport.map((support) => ({
      kind: support.kind,
      source: support.source,
      amount: fenToYuanText(support.amountFen),
      description: support.description,
    })),
    shortfallPlan: content.shortfallPlan,
    maintenancePlan: content.maintenancePlan,
    projectMonths: content.projectMonths === undefined ? '' : String(content.projectMonths),
    notes: content.notes,
  };
}

/** A typed line's amount while it is typed: null until both price and quantity read as numbers. */
export function typedLineFen(line: Pick<BudgetLineValues, 'unitPrice' | 'quantity'>): number | null {
  const unitPriceFen = yuanTextToFen(line.unitPrice);
  const quantity = wholeNumber(line.quantity);
  if (unitPriceFen === null || !Number.isInteger(quantity)) return null;
  return budgetLineAmountFen({ unitPriceFen, quantity });
}

/** The typed budget's total, counting the lines that read as numbers (the others show their error). */
export function typedTotalFen(lines: readonly Pick<BudgetLineValues, 'unitPrice' | 'quantity'>[]): number {
  return lines.reduce((sum, line) => sum + (typedLineFen(line) ?? 0), 0);
}

/** A key for a new row, unique in its list (keys name plan items and budget lines across versions). */
export function nextRowKey(prefix: 'b' | 'p', taken: readonly { key: string }[]): string {
  const used = new Set(taken.map((row) => row.key));
  let n = taken.length + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

const rowLists = ['targets', 'planItems', 'budgetLines', 'otherSupport'] as const;

/**
 * The typed rows a problem points at. The schema and the server count rows of the sent content,
 * which leaves wholly blank rows out; this maps `budgetLines.2.unitPriceFen` back to the row on
 * screen (`budgetLines.3` when a blank row sits before it).
 */
export function rowsWithProblems(values: ProposalFormValues, paths: readonly string[]): Set<string> {
  const rows = new Set<string>();
  for (const path of paths) {
    const [field, index] = path.split('.');
    const list = rowLists.find((name) => name === field);
    if (!list || index === undefined || !/^\d+$/.test(index)) continue;
    const kept = (values[list] as readonly Record<string, string>[])
      .map((row, at) => ({ row, at }))
      .filter(({ row }) =>
        Object.entries(row).some(([key, text]) => !['key', 'category', 'kind'].includes(key) && text.trim() !== ''),
      );
    const onScreen = kept[Number(index)];
    if (onScreen) rows.add(`${list}.${onScreen.at}`);
  }
  return rows;
}
