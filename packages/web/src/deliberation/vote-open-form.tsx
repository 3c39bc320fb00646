import {
  type CommunityDetail,
  type CouncilTerm,
  can,
  type EligibilityKind,
  eligibilityKinds,
  type GrantProposalSummary,
  type GrantRoundSummary,
  type Meeting,
  voteInputSchema,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FoldedForm } from '../shared/folded-form';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { TickList } from './tick-list';

interface VoteFormValues {
  question: string;
  kind: 'choice' | 'motion';
  isSecret: boolean;
  eligibility: EligibilityKind;
  /** The organization, term or estate the eligibility names ('' for attendees). */
  eligibilityId: string;
  /** A choice's own options, one a line. */
  optionLines: string;
  roundId: string;
  /** A round's proposals ticked as options (a council choosing among proposals, seed 000). */
  proposals: readonly { id: string; title: string }[];
}

/**
 * 发起表决 on the meeting's page: the question, a motion (for/against/abstain) or a choice among
 * options — typed one a line, or a round's proposals ticked — open or secret, and who may vote. The
 * core schema checks it; a refusal the server alone knows (a team opening a vote of an estate's
 * residents) comes back under the button in the caller's language.
 */
export function VoteOpenForm({ meeting, onOpened }: { meeting: Meeting; onOpened: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const form = useSchemaForm(
    voteInputSchema,
    {
      question: '',
      kind: 'choice',
      isSecret: false,
      eligibility: meeting.councilTermId ? 'term_members' : 'attendees',
      eligibilityId: meeting.councilTermId ?? '',
      optionLines: '',
      roundId: '',
      proposals: [],
    } as VoteFormValues,
    {
      toInput: (v) => ({
        question: v.question,
        kind: v.kind,
        isSecret: v.isSecret,
        eligibility: v.eligibility,
        eligibilityId: v.eligibility === 'attendees' ? undefined : v.eligibilityId || undefined,
        options:
          v.kind === 'motion'
            ? []
            : [
                ...v.proposals.map((p) => ({ label: p.title.slice(0, 60), proposalId: p.id })),
                ...v.optionLines
                  .split('\n')
                  .map((line) => line.trim())
                  .filter(Boolean)
                  .map((label) => ({ label })),
              ],
      }),
      send: (data) => api.post<Meeting>(`/api/meetings/${meeting.id}/votes`, data),
      afterSave: 'reset',
      onSaved: onOpened,
    },
  );
  const v = form.values;
  const chooseEligibility = (eligibility: EligibilityKind) =>
    form.setValues((current) => ({
      ...current,
      eligibility,
      eligibilityId:
        eligibility === 'organization_members'
          ? (meeting.organizationId ?? '')
          : eligibility === 'term_members'
            ? (meeting.councilTermId ?? '')
            : '',
    }));
  return (
    <FoldedForm
      title={t('deliberation.openVote.title')}
      testId="vote-open"
      form={form}
      submitLabel={t('deliberation.openVote.submit')}
    >
      <TextField label={t('deliberation.openVote.question')} {...form.field('question')} testId="vote-open-question" />
      <SelectField
        label={t('deliberation.openVote.kind')}
        value={v.kind}
        onChange={(kind) => form.set('kind', kind)}
        options={(['choice', 'motion'] as const).map((kind) => ({
          value: kind,
          label: t(`deliberation.openVote.kinds.${kind}`),
        }))}
        testId="vote-open-kind"
      />
      {v.kind === 'choice' && (
        <>
          <TextField
            label={t('deliberation.openVote.options')}
            hint={t('deliberation.openVote.optionsHint')}
            multiline
            value={v.optionLines}
            onChange={(optionLines) => form.set('optionLines', optionLines)}
            error={form.errors.options}
            testId="vote-open-options"
          />
          {can(user, 'grants.round.read') && <ProposalOptions values={v} set={form.set} />}
        </>
      )}
      <label className="vote-check">
        <input
          type="checkbox"
          checked={v.isSecret}
          onChange={(event) => form.set('isSecret', event.target.checked)}
          data-testid="vote-open-secret"
        />{' '}
        {t('deliberation.openVote.secret')}
      </label>
      <SelectField
        label={t('deliberation.openVote.eligibility')}
        value={v.eligibility}
        onChange={chooseEligibility}
        options={eligibilityKinds
          .filter((kind) => kind !== 'organization_members' || meeting.organizationId)
          // A team's account may not list an estate's residents (the server refuses it too).
          .filter((kind) => kind !== 'estate_residents' || user?.scopeKind !== 'organization')
          .map((kind) => ({ value: kind, label: t(`deliberation.openVote.eligibilityKinds.${kind}`) }))}
        error={form.errors.eligibility}
        testId="vote-open-eligibility"
      />
      {v.eligibility === 'term_members' && meeting.organizationId && (
        <TermChoice
          organizationId={meeting.organizationId}
          value={v.eligibilityId}
          onChange={(id) => form.set('eligibilityId', id)}
          error={form.errors.eligibilityId}
        />
      )}
      {v.eligibility === 'estate_residents' && (
        <EstateChoice
          communityId={meeting.communityId}
          value={v.eligibilityId}
          onChange={(id) => form.set('eligibilityId', id)}
          error={form.errors.eligibilityId}
        />
      )}
    </FoldedForm>
  );
}

type SetValue = <K extends keyof VoteFormValues>(name: K, value: VoteFormValues[K]) => void;

/** A round (the caller's rounds) and its proposals as ticks: each ticked one becomes an option. */
function ProposalOptions({ values, set }: { values: VoteFormValues; set: SetValue }) {
  const { t } = useTranslation();
  const rounds = useResource<GrantRoundSummary[]>('/api/grant-rounds');
  const list = rounds.resource.status === 'ready' ? rounds.resource.data : [];
  return (
    <>
      <SelectField
        label={t('deliberation.openVote.round')}
        value={values.roundId}
        placeholder={t('deliberation.openVote.noRound')}
        onChange={(roundId) => {
          set('roundId', roundId);
          set('proposals', []);
        }}
        options={list.map((round) => ({ value: round.id, label: round.name }))}
        testId="vote-open-round"
      />
      {values.roundId && <RoundProposals roundId={values.roundId} values={values} set={set} />}
    </>
  );
}

function RoundProposals({ roundId, values, set }: { roundId: string; values: VoteFormValues; set: SetValue }) {
  const { t } = useTranslation();
  const proposals = useResource<GrantProposalSummary[]>(`/api/grant-rounds/${encodeURIComponent(roundId)}/proposals`);
  if (proposals.resource.status !== 'ready') return null;
  const list = proposals.resource.data;
  const titleOf = (proposal: GrantProposalSummary) => proposal.title || proposal.organization.name;
  return (
    <TickList
      legend={t('deliberation.openVote.proposals')}
      items={list.map((proposal) => ({
        id: proposal.id,
        label: `${titleOf(proposal)}（${proposal.organization.name}）`,
      }))}
      ticked={values.proposals.map((p) => p.id)}
      onChange={(next) =>
        set(
          'proposals',
          next.flatMap((id) => {
            const proposal = list.find((p) => p.id === id);
            return proposal ? [{ id, title: titleOf(proposal) }] : [];
          }),
        )
      }
      testId="vote-open-proposals"
    />
  );
}

function TermChoice(props: { organizationId: string; value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation();
  const terms = useResource<CouncilTerm[]>(
    `/api/organizations/${encodeURIComponent(props.organizationId)}/council-terms`,
  );
  const list = terms.resource.status === 'ready' ? terms.resource.data : [];
  return (
    <SelectField
      label={t('deliberation.openVote.term')}
      value={props.value}
      placeholder={t('deliberation.openVote.choose')}
      onChange={props.onChange}
      options={list.map((term) => ({ value: term.id, label: t('deliberation.terms.number', { number: term.number }) }))}
      error={props.error}
      testId="vote-open-term"
    />
  );
}

function EstateChoice(props: { communityId: string; value: string; onChange: (id: string) => void; error?: string }) {
  const { t } = useTranslation();
  const community = useResource<CommunityDetail>(`/api/communities/${encodeURIComponent(props.communityId)}`);
  const estates = community.resource.status === 'ready' ? community.resource.data.estates : [];
  return (
    <SelectField
      label={t('deliberation.openVote.estate')}
      value={props.value}
      placeholder={t('deliberation.openVote.choose')}
      onChange={props.onChange}
      options={estates.map((estate) => ({ value: estate.id, label: estate.name }))}
      error={props.error}
      testId="vote-open-estate"
    />
  );
}
