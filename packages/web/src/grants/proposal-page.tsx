import { can, formatFen, type GrantProposal, isProposalOpenToChange } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { ProposalAttachments } from './proposal-attachments';
import { CommentForm, CommentsBeside, useProposalComments } from './proposal-comments';
import { ProposalContentView } from './proposal-content-view';
import { ProposalDialogueSection } from './proposal-dialogue';
import { ProposalEligibilitySection } from './proposal-eligibility';
import { ProposalEndorsement, type ProposalPanelProps } from './proposal-endorsement';
import { ProposalNextLinks, ProposalSubmitPanel } from './proposal-next-steps';
import { ProposalVersions } from './proposal-versions';
import './proposals.css';
import { ProposalCouncilVotes } from '../deliberation';

/**
 * /proposals/:id — one proposal for everyone who may read it (the team, staff, officials, funders,
 * experts; what of residents each sees is the server's): its current version and figures, status,
 * the committee's endorsement, the determination, 立案评审's eligibility (staff), the 多方对话会
 * records, every version with what changed. Only the team
 * has 修改: staff coach in comments, never in the text.
 */
export function ProposalPage() {
  const { id = '' } = useParams();
  const { resource, reload, replace } = useResource<GrantProposal>(`/api/grant-proposals/${encodeURIComponent(id)}`);
  return (
    <article className="page page--wide" data-testid="proposal-page">
      <ResourceView resource={resource} onRetry={reload}>
        {(proposal) => <ProposalView proposal={proposal} onChange={replace} />}
      </ResourceView>
    </article>
  );
}

function ProposalView({ proposal, onChange }: ProposalPanelProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useUser();
  useDocumentTitle(proposal.title);
  // The server's rule, once: open until withdrawn or decided; 'more information' asks the team to change it.
  const isOpen = isProposalOpenToChange(proposal);
  const mayWrite = can(user, 'grants.proposal.write') && isOpen;
  const comments = useProposalComments(proposal.id);
  return (
    <>
      <header className="page-header">
        <h1 data-testid="proposal-title">{proposal.title}</h1>
        <span className="badge" data-testid="proposal-status">
          {t(`proposals.status.${proposal.status}`)}
        </span>
        <span className="badge" data-testid="proposal-endorsement-status">
          {t(`proposals.endorsementStatus.${proposal.endorsement.status}`)}
        </span>
      </header>
      <p>
        {t('proposals.page.round')}：{proposal.round.name} · {t('proposals.page.team')}：{proposal.organization.name}
      </p>
      <p className="muted" data-testid="proposal-version">
        {t('proposals.page.version', { number: proposal.currentVersion })}
        {proposal.authoredByName && ` · ${t('proposals.page.authoredBy', { name: proposal.authoredByName })}`}
        {proposal.submittedAt &&
          ` · ${t('proposals.page.submittedAt', { at: formatDateTime(proposal.submittedAt, locale) })}`}
      </p>
      <div className="proposal-figures">
        <MoneyTile label={t('proposals.page.requested')} fen={proposal.requestedFen} testId="proposal-requested" />
        <MoneyTile label={t('proposals.page.leverage')} fen={proposal.leverageFen} testId="proposal-leverage" />
      </div>
      <div className="proposal-actions proposal-actions--row">
        {mayWrite && (
          <Link className="button button--primary" to={`/proposals/${proposal.id}/edit`} data-testid="proposal-edit">
            {t('proposals.page.edit')}
          </Link>
        )}
        <Link
          className="button button--secondary"
          to={`/proposals/${proposal.id}/print`}
          data-testid="proposal-print-link"
        >
          {t('proposals.page.print')}
        </Link>
      </div>
      {proposal.determination && (
        <section className="card" data-testid="proposal-determination">
          <h2>{t('proposals.page.determination')}</h2>
          <p>
            <strong>{t(`proposals.determination.${proposal.determination}`)}</strong>
            {proposal.approvedFen !== null &&
              ` · ${t('proposals.page.approvedFen', { amount: formatFen(proposal.approvedFen, locale) })}`}
          </p>
          {proposal.determinationReason && <p>{proposal.determinationReason}</p>}
        </section>
      )}
      {can(user, 'deliberation.read') && <ProposalCouncilVotes proposalId={proposal.id} />}
      <ProposalNextLinks proposal={proposal} />
      <ProposalSubmitPanel proposal={proposal} onChange={onChange} />
      <ProposalEndorsement proposal={proposal} onChange={onChange} />
      {can(user, 'grants.review.manage') && <ProposalEligibilitySection proposalId={proposal.id} />}
      {can(user, 'grants.dialogue.read') && <ProposalDialogueSection proposalId={proposal.id} />}
      <section className="proposal-text">
        <h2>{t('proposals.page.content')}</h2>
        <CommentForm proposal={proposal} comments={comments} />
        <CommentsBeside anchor={null} comments={comments} />
        <ProposalContentView
          proposal={proposal}
          beside={(section) => <CommentsBeside anchor={section} comments={comments} />}
        />
      </section>
      <ProposalAttachments proposal={proposal} />
      <ProposalVersions proposal={proposal} />
    </>
  );
}

function MoneyTile({ label, fen, testId }: { label: string; fen: number; testId: string }) {
  return (
    <div className="card">
      <div className="muted">{label}</div>
      <strong data-testid={testId}>{formatFen(fen, currentLocale())}</strong>
    </div>
  );
}
