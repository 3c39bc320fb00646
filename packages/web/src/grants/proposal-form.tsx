import {
  formatFen,
  type GrantProposal,
  type NegativeListEntry,
  type ProposalContent,
  proposalContentSchema,
} from '@seedbed/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { currentLocale } from '../i18n';
import { ErrorNotice } from '../shared/error-notice';
import { Loading } from '../shared/loading';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { fieldErrorsFromServer } from '../shared/validation';
import { BudgetSection } from './proposal-budget-section';
import { ProposalChanges } from './proposal-changes';
import { GoalSection, PlanSection, PlansSection, SupportSection, TeamSection } from './proposal-form-sections';
import { type ProposalFormValues, proposalValuesOf, rowsWithProblems, toProposalContent } from './proposal-form-values';
import type { LocalProposal } from './proposal-local-store';
import { runProposalOutbox } from './proposal-outbox-runner';
import { useProposalDraft } from './use-proposal-draft';

export interface ProposalFormRound {
  name: string;
  perProposalCapFen: number;
  projectMonthsMin: number;
  projectMonthsMax: number;
  negativeList: readonly NegativeListEntry[];
}

export interface ProposalFormProps {
  start: () => LocalProposal;
  round: ProposalFormRound;
  members: { personId: string; name: string }[];
  needs: { id: string; description: string }[];
  /** A submitted proposal gets new versions; it is not submitted again. */
  isSubmitted: boolean;
}

/**
 * The leader's proposal form on a phone: only the title on the first screen is required, the rest
 * folded; what is typed stays on the phone (use-proposal-draft.ts) and 保存 / 提交 queue it for
 * the server, which says on submit what is still missing.
 */
export function ProposalForm(props: ProposalFormProps) {
  const draft = useProposalDraft(props.start);
  if (!draft.item) return <Loading />;
  return <LoadedForm {...props} draft={{ ...draft, item: draft.item }} />;
}

function LoadedForm({
  round,
  members,
  needs,
  isSubmitted,
  draft,
}: ProposalFormProps & { draft: ReturnType<typeof useProposalDraft> & { item: LocalProposal } }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const locale = currentLocale();
  const wantsSubmit = useRef(false);
  const { item } = draft;
  const form = useSchemaForm<ProposalFormValues, ProposalContent, void>(proposalContentSchema, item.values, {
    toInput: toProposalContent,
    send: () => draft.send(wantsSubmit.current),
  });

  // Every keystroke goes to the phone's copy too.
  const { change } = draft;
  useEffect(() => {
    if (form.values !== item.values) change(form.values);
  }, [form.values, item.values, change]);

  useEffect(() => {
    if (draft.sentProposalId) navigate(`/proposals/${draft.sentProposalId}`);
  }, [draft.sentProposalId, navigate]);

  const rejection = item.state === 'rejected' ? item.rejection : null;
  const errors = { ...fieldErrorsFromServer(rejection?.fields ?? []), ...form.errors };
  const parsed = proposalContentSchema.safeParse(toProposalContent(form.values));
  const problemPaths = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'))),
    ...(rejection?.fields.map((field) => field.path) ?? []),
  ];
  const problems = rowsWithProblems(form.values, problemPaths);
  const problemsIn = (list: string) =>
    new Set(
      errors[list] === undefined
        ? []
        : [...problems].filter((row) => row.startsWith(`${list}.`)).map((row) => Number(row.split('.')[1])),
    );
  const isPending = item.state === 'pending';

  return (
    <form className="form proposal-form" noValidate onSubmit={form.onSubmit} data-testid="proposal-form">
      <p className="muted" data-testid="proposal-round-rules">
        {round.name} ·{' '}
        {t('proposals.form.rules', {
          cap: formatFen(round.perProposalCapFen, locale),
          min: round.projectMonthsMin,
          max: round.projectMonthsMax,
        })}
      </p>
      <p className="muted">{t('proposals.form.onlyTitle')}</p>
      <TextField
        label={t('proposals.form.title')}
        {...form.field('title')}
        error={errors.title}
        testId="proposal-title"
      />
      <TextField
        label={t('proposals.form.publicIssue')}
        multiline
        {...form.field('publicIssue')}
        testId="proposal-issue"
      />
      {needs.length > 0 && (
        <SelectField
          label={t('proposals.form.need')}
          value={form.values.needId}
          placeholder={t('proposals.form.noNeed')}
          options={needs.map((need) => ({ value: need.id, label: need.description }))}
          onChange={(needId) => form.set('needId', needId)}
          error={errors.needId}
        />
      )}
      <GoalSection form={form} problemsIn={problemsIn} />
      <PlanSection form={form} problemsIn={problemsIn} />
      <TeamSection form={form} problemsIn={problemsIn} members={members} />
      <BudgetSection
        values={form.values}
        set={(patch) => form.setValues((current) => ({ ...current, ...patch }))}
        round={round}
        problems={problemsIn('budgetLines')}
        error={errors.budgetLines}
      />
      <SupportSection form={form} problemsIn={problemsIn} />
      <PlansSection form={{ ...form, errors }} problemsIn={problemsIn} />
      {item.state === 'stale' && <StalePanel item={item} rebase={draft.rebase} onTake={form.reset} />}
      {rejection && <ErrorNotice message={`${t('proposals.form.rejected')} ${rejection.message}`} />}
      {isPending ? (
        <div className="proposal-pending" data-testid="proposal-pending" role="status">
          <p>{t('proposals.form.pending')}</p>
          <button type="button" className="button button--secondary" onClick={() => void runProposalOutbox(true)}>
            {t('proposals.form.tryNow')}
          </button>
        </div>
      ) : (
        <div className="proposal-actions">
          {!isSubmitted && (
            <button
              type="submit"
              className="button button--primary button--block"
              data-testid="proposal-submit"
              onClick={() => {
                wantsSubmit.current = true;
              }}
            >
              {t('proposals.form.submit')}
            </button>
          )}
          <button
            type="submit"
            className={`button button--block ${isSubmitted ? 'button--primary' : 'button--secondary'}`}
            data-testid="proposal-save"
            onClick={() => {
              wantsSubmit.current = false;
            }}
          >
            {isSubmitted ? t('proposals.form.saveVersion') : t('proposals.form.save')}
          </button>
          <p className="muted" data-testid="proposal-kept">
            {t('proposals.form.kept')}
          </p>
        </div>
      )}
    </form>
  );
}

/**
 * 在别处改过了: the newer version on the server and what this phone holds, side by side as
 * changes, and the leader's choice — nothing is thrown away without them choosing it.
 */
function StalePanel({
  item,
  rebase,
  onTake,
}: {
  item: LocalProposal;
  rebase: (currentVersion: number, values?: ProposalFormValues) => void;
  onTake: (values: ProposalFormValues) => void;
}) {
  const latest = useResource<GrantProposal>(`/api/grant-proposals/${encodeURIComponent(item.proposalId)}`);
  return (
    <ResourceView resource={latest.resource} onRetry={latest.reload}>
      {(theirs) => <StaleChoice item={item} theirs={theirs} rebase={rebase} onTake={onTake} />}
    </ResourceView>
  );
}

function StaleChoice({
  item,
  theirs,
  rebase,
  onTake,
}: {
  item: LocalProposal;
  theirs: GrantProposal;
  rebase: (currentVersion: number, values?: ProposalFormValues) => void;
  onTake: (values: ProposalFormValues) => void;
}) {
  const { t } = useTranslation();
  const mine = proposalContentSchema.safeParse(toProposalContent(item.values));
  return (
    <section className="card proposal-stale" data-testid="proposal-stale" role="alert">
      <p>{t('proposals.form.stale', { current: theirs.currentVersion })}</p>
      {mine.success && <ProposalChanges before={theirs.content} after={mine.data} />}
      <div className="proposal-actions">
        <button
          type="button"
          className="button button--primary button--block"
          data-testid="proposal-keep-mine"
          onClick={() => rebase(theirs.currentVersion)}
        >
          {t('proposals.form.keepMine')}
        </button>
        <button
          type="button"
          className="button button--secondary button--block"
          data-testid="proposal-take-theirs"
          onClick={() => {
            const values = proposalValuesOf(theirs.content);
            rebase(theirs.currentVersion, values);
            onTake(values);
          }}
        >
          {t('proposals.form.takeTheirs')}
        </button>
      </div>
    </section>
  );
}
