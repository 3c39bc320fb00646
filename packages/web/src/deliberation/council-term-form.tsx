import {
  type CouncilTerm,
  councilTermInputSchema,
  councilTermUpdateSchema,
  type OrganizationDetail,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { TickList } from './tick-list';

interface TermValues {
  number: string;
  startsOn: string;
  endsOn: string;
  goal: string;
  outcome: string;
  memberPersonIds: readonly string[];
}

/**
 * One form for a council term 届, made and changed: its number and dates, its one goal (seed 000:
 * 每一届儿童议事会定一个目标), what came of it, and its members ticked among the council's
 * members. A new term parses with the input schema, a change with the update schema.
 */
export function CouncilTermForm({
  organizationId,
  term,
  nextNumber,
  today,
  onSaved,
}: {
  organizationId: string;
  /** The term to change; none makes a new one. */
  term?: CouncilTerm;
  nextNumber: number;
  today: string;
  onSaved: (term: CouncilTerm) => void;
}) {
  const { t } = useTranslation();
  const initial: TermValues = {
    number: String(term?.number ?? nextNumber),
    startsOn: term?.startsOn ?? today,
    endsOn: term?.endsOn ?? '',
    goal: term?.goal ?? '',
    outcome: term?.outcome ?? '',
    memberPersonIds: term?.members.map((m) => m.personId) ?? [],
  };
  const form = useSchemaForm(term ? councilTermUpdateSchema : councilTermInputSchema, initial, {
    constraintsFrom: councilTermInputSchema,
    toInput: (v) => ({
      number: /^\d+$/.test(v.number.trim()) ? Number(v.number.trim()) : v.number,
      startsOn: v.startsOn,
      endsOn: v.endsOn || undefined,
      goal: v.goal,
      ...(term || v.outcome ? { outcome: v.outcome } : {}),
      memberPersonIds: v.memberPersonIds,
    }),
    send: (data) =>
      term
        ? api.patch<CouncilTerm>(`/api/council-terms/${term.id}`, data)
        : api.post<CouncilTerm>(`/api/organizations/${encodeURIComponent(organizationId)}/council-terms`, data),
    afterSave: term ? 'keep' : 'reset',
    onSaved,
  });
  return (
    <FoldedForm
      title={term ? t('deliberation.terms.edit') : t('deliberation.terms.create')}
      testId={term ? 'term-edit' : 'term-create'}
      form={form}
      submitLabel={t('deliberation.terms.save')}
    >
      <TextField
        label={t('deliberation.terms.numberLabel')}
        inputMode="numeric"
        {...form.field('number')}
        testId="term-number"
      />
      <TextField
        label={t('deliberation.terms.startsOn')}
        type="date"
        {...form.field('startsOn')}
        testId="term-starts"
      />
      <TextField label={t('deliberation.terms.endsOn')} type="date" {...form.field('endsOn')} testId="term-ends" />
      <TextField label={t('deliberation.terms.goal')} multiline {...form.field('goal')} testId="term-goal" />
      {term && (
        <TextField label={t('deliberation.terms.outcome')} multiline {...form.field('outcome')} testId="term-outcome" />
      )}
      <MemberTicks
        organizationId={organizationId}
        ticked={form.values.memberPersonIds}
        onChange={(next) => form.set('memberPersonIds', next)}
      />
    </FoldedForm>
  );
}

/** The council's current members as ticks (the organization's page lists them to those who may see names). */
function MemberTicks({
  organizationId,
  ticked,
  onChange,
}: {
  organizationId: string;
  ticked: readonly string[];
  onChange: (next: readonly string[]) => void;
}) {
  const { t } = useTranslation();
  const organization = useResource<OrganizationDetail>(`/api/organizations/${encodeURIComponent(organizationId)}`);
  const members = organization.resource.status === 'ready' ? (organization.resource.data.members ?? []) : [];
  return (
    <TickList
      legend={t('deliberation.terms.memberPick')}
      items={members.map((member) => ({ id: member.personId, label: member.name }))}
      ticked={ticked}
      onChange={onChange}
      testId="term-members"
    />
  );
}
