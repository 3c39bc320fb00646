import {
  defaultEligibility,
  defaultNegativeList,
  defaultRubric,
  defaultSteps,
  type EligibilityRule,
  type GrantRound,
  grantRoundInputSchema,
  type PipelineStep,
  type RubricCriterion,
  rubricWeightSum,
  rubricWeightTotal,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useSchemaForm } from '../shared/use-schema-form';
import { fenToYuanText, yuanTextToFen } from './money-input';

/** The editor's values: money as typed yuan, lists as staff edit them; `toInput` makes core's input. */
export interface RoundFormValues {
  streetId: string;
  name: string;
  description: string;
  funders: string;
  targetCommunityIds: string[];
  targetEstateIds: string[];
  directionIds: string[];
  startsOn: string;
  endsOn: string;
  total: string;
  cap: string;
  /** Kept for the linked cohorts' graduates, as typed yuan. */
  reserve: string;
  matchingNote: string;
  monthsMin: string;
  monthsMax: string;
  rubric: RubricCriterion[];
  steps: PipelineStep[];
  eligibility: EligibilityRule[];
  negativeList: { key: string; label: string; keywords: string; exceptions: string[] }[];
}

const splitList = (text: string) =>
  text
    .split(/[,，、;；]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A new round from the seeds' defaults: the pipeline laid out from `startsOn`, 3–9 months, ¥15,000 a proposal. */
export function defaultRoundValues(streetId: string, startsOn: string, directionIds: string[]): RoundFormValues {
  const steps = defaultSteps(startsOn);
  return {
    streetId,
    name: '',
    description: '',
    funders: '',
    targetCommunityIds: [],
    targetEstateIds: [],
    directionIds,
    startsOn,
    endsOn: steps.at(-1)?.endsOn ?? startsOn,
    total: '',
    cap: '15000',
    reserve: '0',
    matchingNote: '',
    monthsMin: '3',
    monthsMax: '9',
    rubric: structuredClone([...defaultRubric]),
    steps,
    eligibility: structuredClone([...defaultEligibility]),
    negativeList: defaultNegativeList.map((entry) => ({ ...entry, keywords: entry.keywords.join('，') })),
  };
}

export function roundValuesOf(round: GrantRound): RoundFormValues {
  return {
    streetId: round.streetId,
    name: round.name,
    description: round.description,
    funders: round.funders.join('，'),
    targetCommunityIds: round.targetCommunities.map((c) => c.id),
    targetEstateIds: round.targetEstates.map((e) => e.id),
    directionIds: round.directions.map((d) => d.id),
    startsOn: round.startsOn,
    endsOn: round.endsOn,
    total: fenToYuanText(round.totalBudgetFen),
    cap: fenToYuanText(round.perProposalCapFen),
    reserve: fenToYuanText(round.graduateReserveFen),
    matchingNote: round.matchingNote,
    monthsMin: String(round.projectMonthsMin),
    monthsMax: String(round.projectMonthsMax),
    rubric: round.rubric,
    steps: round.steps,
    eligibility: round.eligibility,
    negativeList: round.negativeList.map((entry) => ({ ...entry, keywords: entry.keywords.join('，') })),
  };
}

/** The schema's input from the editor's values (money in fen, lists split). */
function toInput(values: RoundFormValues) {
  return {
    streetId: values.streetId,
    name: values.name,
    description: values.description,
    funders: splitList(values.funders),
    directionIds: values.directionIds,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    targetCommunityIds: values.targetCommunityIds,
    targetEstateIds: values.targetEstateIds,
    totalBudgetFen: yuanTextToFen(values.total) ?? -1,
    perProposalCapFen: yuanTextToFen(values.cap) ?? -1,
    graduateReserveFen: yuanTextToFen(values.reserve) ?? -1,
    matchingNote: values.matchingNote,
    projectMonthsMin: Number(values.monthsMin),
    projectMonthsMax: Number(values.monthsMax),
    eligibility: values.eligibility,
    rubric: values.rubric,
    steps: values.steps,
    negativeList: values.negativeList.map((entry) => ({ ...entry, keywords: splitList(entry.keywords) })),
  };
}

/** The round editor: core's schema, the weights refused unless they sum to 100, saved as a draft. */
export function useRoundForm(initial: RoundFormValues, roundId: string | null, onSaved: (round: GrantRound) => void) {
  const { t } = useTranslation();
  return useSchemaForm(grantRoundInputSchema, initial, {
    toInput,
    send: (input) =>
      roundId
        ? api.put<GrantRound>(`/api/grant-rounds/${roundId}`, input)
        : api.post<GrantRound>('/api/grant-rounds', input),
    onSaved,
    fieldMessages: {
      totalBudgetFen: t('grants.form.notFen'),
      perProposalCapFen: t('grants.form.notFen'),
      graduateReserveFen: t('grants.form.notFen'),
    },
    check: (values) => {
      const sum = rubricWeightSum(values.rubric);
      return sum === rubricWeightTotal ? {} : { rubric: t('grants.form.weightSumWrong', { sum }) };
    },
  });
}

export type RoundForm = ReturnType<typeof useRoundForm>;
