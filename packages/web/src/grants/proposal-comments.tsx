import {
  budgetLineAmountFen,
  can,
  formatFen,
  type GrantProposal,
  type ProposalComment,
  proposalCommentInputSchema,
  proposalCommentResponseInputSchema,
} from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { formatDateTime } from '../shared/format';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { proposalSections } from './proposal-content-view';
import { DecisionForm } from './proposal-decision-form';

/**
 * Coaching beside the text (seed 000: "即使你不会写，我也不能帮你写"): staff, officials and
 * reviewers write comments on a section; the team answers each — 采纳 (and changes the text
 * itself, in a new version) or 不采纳 — with a note. Nobody else edits the proposal.
 */
export function useProposalComments(proposalId: string) {
  const user = useUser();
  const mayRead = can(user, 'grants.proposal.comments.read');
  const [list, setList] = useState<ProposalComment[]>([]);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    // Funders read the proposal, not the coaching: they are not asked for comments at all.
    if (!mayRead) return;
    const controller = new AbortController();
    api
      .get<ProposalComment[]>(`/api/grant-proposals/${encodeURIComponent(proposalId)}/comments`, {
        signal: controller.signal,
      })
      .then(setList, () => undefined);
    return () => controller.abort();
  }, [proposalId, mayRead, attempt]);
  return {
    mayWrite: can(user, 'grants.proposal.comment'),
    mayAnswer: can(user, 'grants.proposal.write'),
    list,
    reload: () => setAttempt((n) => n + 1),
  };
}

type Comments = ReturnType<typeof useProposalComments>;

/** The comments on one section (or, for null, on the whole proposal), each with its answer. */
export function CommentsBeside({ anchor, comments }: { anchor: string | null; comments: Comments }) {
  const here = comments.list.filter((comment) =>
    anchor === null ? comment.anchor === null : comment.anchor === anchor || comment.anchor?.startsWith(`${anchor}.`),
  );
  if (here.length === 0) return null;
  return (
    <div className="proposal-comments" data-testid={`proposal-comments-${anchor ?? 'whole'}`}>
      {here.map((comment) => (
        <CommentItem key={comment.id} comment={comment} comments={comments} />
      ))}
    </div>
  );
}

function CommentItem({ comment, comments }: { comment: ProposalComment; comments: Comments }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className="proposal-comment" data-testid="proposal-comment">
      <p>{comment.text}</p>
      <p className="muted">
        {comment.authorName ?? '—'} · {t('proposals.comments.onVersion', { number: comment.versionNumber })} ·{' '}
        {formatDateTime(comment.createdAt, locale)}
      </p>
      {comment.response ? (
        <p data-testid="proposal-comment-response">
          <strong>{t(`proposals.comments.${comment.response.decision}`)}</strong>
          {comment.response.note &&
            ` · ${t('proposals.comments.answeredBy', { name: comment.response.byName ?? '—', note: comment.response.note })}`}
        </p>
      ) : (
        comments.mayAnswer && <AnswerForm commentId={comment.id} onAnswered={comments.reload} />
      )}
    </div>
  );
}

function AnswerForm({ commentId, onAnswered }: { commentId: string; onAnswered: () => void }) {
  const { t } = useTranslation();
  return (
    <DecisionForm
      schema={proposalCommentResponseInputSchema}
      choices={[
        { value: 'accepted', label: t('proposals.comments.accept'), testId: 'proposal-comment-accepted' },
        { value: 'declined', label: t('proposals.comments.decline'), testId: 'proposal-comment-declined' },
      ]}
      noteLabel={t('proposals.comments.responseNote')}
      send={(body) => api.post(`/api/grant-proposal-comments/${encodeURIComponent(commentId)}/response`, body)}
      onSaved={onAnswered}
      testId="proposal-comment-answer"
    />
  );
}

/** Staff's, officials' and reviewers' comment form: which part, and what they suggest. */
export function CommentForm({ proposal, comments }: { proposal: GrantProposal; comments: Comments }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const form = useSchemaForm(
    proposalCommentInputSchema,
    { anchor: '', text: '' },
    {
      toInput: ({ anchor, text }) => ({ anchor: anchor || null, text }),
      send: (body) => api.post(`/api/grant-proposals/${encodeURIComponent(proposal.id)}/comments`, body),
      onSaved: comments.reload,
      afterSave: 'reset',
    },
  );
  if (!comments.mayWrite) return null;
  const anchors = [
    ...proposalSections.map((section) => ({ value: section as string, label: t(`proposals.fields.${section}`) })),
    ...proposal.content.budgetLines.map((line) => ({
      value: `budgetLines.${line.key}`,
      label: `${t('proposals.fields.budgetLines')} · ${line.item} ${formatFen(budgetLineAmountFen(line), locale)}`,
    })),
  ];
  return (
    <form className="form card" noValidate onSubmit={form.onSubmit} data-testid="proposal-comment-form">
      <h3>{t('proposals.comments.write')}</h3>
      <p className="muted">{t('proposals.comments.noEdit')}</p>
      <SelectField
        label={t('proposals.comments.anchor')}
        value={form.values.anchor}
        placeholder={t('proposals.comments.whole')}
        options={anchors}
        onChange={(anchor) => form.set('anchor', anchor)}
        testId="proposal-comment-anchor"
      />
      <TextField
        label={t('proposals.comments.text')}
        multiline
        {...form.field('text')}
        testId="proposal-comment-text"
      />
      <FormFooter state={form} label={t('proposals.comments.send')} testId="proposal-comment-send" />
    </form>
  );
}
