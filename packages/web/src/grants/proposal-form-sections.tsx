import { formatFen, otherSupportKinds } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import type { SchemaForm } from '../shared/use-schema-form';
import { nextRowKey, type ProposalFormValues, typedTotalFen } from './proposal-form-values';
import { ProposalFold, RowList } from './proposal-rows';

/**
 * The leader's proposal form after its first screen, one fold per part of the proposal; each
 * field's `required` and `maxLength` come from core's proposalContentSchema (form.field).
 */
export interface SectionProps {
  form: SchemaForm<ProposalFormValues>;
  /** Rows a problem points at, per list (`budgetLines` → {1}). */
  problemsIn: (list: string) => ReadonlySet<number>;
}

function patcher(form: SchemaForm<ProposalFormValues>) {
  return (patch: Partial<ProposalFormValues>) => form.setValues((current) => ({ ...current, ...patch }));
}

export function GoalSection({ form, problemsIn }: SectionProps) {
  const { t } = useTranslation();
  const set = patcher(form);
  return (
    <ProposalFold title={t('proposals.form.goalSection')} testId="proposal-goal">
      <TextField label={t('proposals.form.goal')} multiline {...form.field('goal')} testId="proposal-goal-text" />
      <p className="proposal-fold__label">{t('proposals.form.targets')}</p>
      <RowList
        rows={form.values.targets}
        onChange={(targets) => set({ targets })}
        newRow={() => ({ text: '', quantity: '', unit: '' })}
        addLabel={t('proposals.form.addTarget')}
        testId="proposal-target"
        problems={problemsIn('targets')}
      >
        {(target, change) => (
          <>
            <TextField
              label={t('proposals.form.targetText')}
              value={target.text}
              maxLength={100}
              onChange={(text) => change({ text })}
            />
            <div className="proposal-row__pair">
              <TextField
                label={t('proposals.form.targetQuantity')}
                value={target.quantity}
                inputMode="numeric"
                onChange={(quantity) => change({ quantity })}
              />
              <TextField
                label={t('proposals.form.targetUnit')}
                value={target.unit}
                maxLength={10}
                onChange={(unit) => change({ unit })}
              />
            </div>
          </>
        )}
      </RowList>
    </ProposalFold>
  );
}

export function PlanSection({ form, problemsIn }: SectionProps) {
  const { t } = useTranslation();
  const set = patcher(form);
  return (
    <ProposalFold title={t('proposals.form.planSection')} testId="proposal-plan">
      <RowList
        rows={form.values.planItems}
        onChange={(planItems) => set({ planItems })}
        newRow={(rows) => ({ key: nextRowKey('p', rows), title: '', plannedMonth: '', description: '' })}
        addLabel={t('proposals.form.addPlan')}
        testId="proposal-plan-item"
        problems={problemsIn('planItems')}
      >
        {(plan, change) => (
          <>
            <TextField
              label={t('proposals.form.planTitle')}
              value={plan.title}
              maxLength={80}
              onChange={(title) => change({ title })}
            />
            <TextField
              label={t('proposals.form.planMonth')}
              type="month"
              value={plan.plannedMonth}
              onChange={(plannedMonth) => change({ plannedMonth })}
            />
            <TextField
              label={t('proposals.form.planDescription')}
              value={plan.description}
              maxLength={200}
              onChange={(description) => change({ description })}
            />
          </>
        )}
      </RowList>
    </ProposalFold>
  );
}

export function TeamSection({ form, members }: SectionProps & { members: { personId: string; name: string }[] }) {
  const { t } = useTranslation();
  const set = patcher(form);
  const options = members.map((member) => ({ value: member.personId, label: member.name }));
  return (
    <ProposalFold title={t('proposals.form.teamSection')} testId="proposal-team">
      <SelectField
        label={t('proposals.form.leader')}
        value={form.values.leaderPersonId}
        options={options}
        placeholder={t('proposals.form.noNeed')}
        onChange={(leaderPersonId) => set({ leaderPersonId })}
        testId="proposal-leader"
      />
      <RowList
        rows={form.values.team}
        onChange={(team) => set({ team })}
        newRow={() => ({ personId: '', role: '' })}
        addLabel={t('proposals.form.addRole')}
        testId="proposal-role"
      >
        {(entry, change) => (
          <>
            <SelectField
              label={t('proposals.form.member')}
              value={entry.personId}
              options={options}
              placeholder={t('proposals.form.noNeed')}
              onChange={(personId) => change({ personId })}
            />
            <TextField
              label={t('proposals.form.role')}
              value={entry.role}
              maxLength={30}
              onChange={(role) => change({ role })}
            />
          </>
        )}
      </RowList>
    </ProposalFold>
  );
}

export function SupportSection({ form, problemsIn }: SectionProps) {
  const { t } = useTranslation();
  const set = patcher(form);
  const locale = currentLocale();
  const amounts = form.values.otherSupport.map((support) => ({ unitPrice: support.amount, quantity: '1' }));
  const kinds = otherSupportKinds.map((kind) => ({ value: kind, label: t(`proposals.supportKinds.${kind}`) }));
  return (
    <ProposalFold
      title={t('proposals.form.supportSection')}
      summary={t('proposals.form.leverage', { total: formatFen(typedTotalFen(amounts), locale) })}
      testId="proposal-support"
    >
      <RowList
        rows={form.values.otherSupport}
        onChange={(otherSupport) => set({ otherSupport })}
        newRow={() => ({ kind: 'self_raised' as const, source: '', amount: '', description: '' })}
        addLabel={t('proposals.form.addSupport')}
        testId="proposal-support-row"
        problems={problemsIn('otherSupport')}
      >
        {(support, change) => (
          <>
            <SelectField
              label={t('proposals.form.supportKind')}
              value={support.kind}
              options={kinds}
              onChange={(kind) => change({ kind })}
            />
            <TextField
              label={t('proposals.form.supportSource')}
              value={support.source}
              maxLength={200}
              onChange={(source) => change({ source })}
            />
            <TextField
              label={t('proposals.form.supportAmount')}
              value={support.amount}
              onChange={(amount) => change({ amount })}
            />
            <TextField
              label={t('proposals.form.supportDescription')}
              value={support.description}
              maxLength={200}
              onChange={(description) => change({ description })}
            />
          </>
        )}
      </RowList>
    </ProposalFold>
  );
}

export function PlansSection({ form }: SectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <ProposalFold title={t('proposals.form.plansSection')} testId="proposal-plans">
        <TextField label={t('proposals.form.shortfallPlan')} multiline {...form.field('shortfallPlan')} />
        <TextField label={t('proposals.form.maintenancePlan')} multiline {...form.field('maintenancePlan')} />
      </ProposalFold>
      <ProposalFold
        title={t('proposals.form.monthsSection')}
        testId="proposal-months"
        open={Boolean(form.errors.projectMonths)}
      >
        <TextField
          label={t('proposals.form.projectMonths')}
          inputMode="numeric"
          {...form.field('projectMonths')}
          testId="proposal-months-input"
        />
        <TextField label={t('proposals.form.notes')} multiline {...form.field('notes')} />
      </ProposalFold>
    </>
  );
}
