import { formatFen, type GrantProposal } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { proposalSections, useSectionText } from './proposal-content-view';
import './proposals.css';

/**
 * /proposals/:id/print — the proposal filled into an A4 form (the print stylesheet in
 * proposals.css), for staff to print or save as PDF from the browser, with lines for the team's
 * signature and the committee's seal, as the paper forms of the seeds have.
 */
export function ProposalPrintPage() {
  const { id = '' } = useParams();
  const { resource, reload } = useResource<GrantProposal>(`/api/grant-proposals/${encodeURIComponent(id)}`);
  return (
    <article className="page page--wide">
      <ResourceView resource={resource} onRetry={reload}>
        {(proposal) => <PrintForm proposal={proposal} />}
      </ResourceView>
    </article>
  );
}

function PrintForm({ proposal }: { proposal: GrantProposal }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  useDocumentTitle(`${proposal.title} · ${t('proposals.print.title')}`);
  const textOf = useSectionText(proposal.content, proposal.people);
  return (
    <div className="proposal-print" data-testid="proposal-print">
      <button
        type="button"
        className="button button--primary proposal-print__no-print"
        onClick={() => window.print()}
        data-testid="proposal-print-now"
      >
        {t('proposals.print.printNow')}
      </button>
      <h1>{t('proposals.print.title')}</h1>
      <table>
        <tbody>
          <tr>
            <th>{t('proposals.page.round')}</th>
            <td>{proposal.round.name}</td>
          </tr>
          <tr>
            <th>{t('proposals.page.team')}</th>
            <td>{proposal.organization.name}</td>
          </tr>
          <tr>
            <th>{t('proposals.page.requested')}</th>
            <td data-testid="proposal-print-requested">{formatFen(proposal.requestedFen, locale)}</td>
          </tr>
          <tr>
            <th>{t('proposals.page.leverage')}</th>
            <td>{formatFen(proposal.leverageFen, locale)}</td>
          </tr>
          <tr>
            <th>{t('proposals.page.endorsement')}</th>
            <td>
              {t(`proposals.endorsementStatus.${proposal.endorsement.status}`)}
              {proposal.endorsement.byName &&
                proposal.endorsement.at &&
                ` · ${t('proposals.page.endorsedBy', { name: proposal.endorsement.byName, at: formatDateTime(proposal.endorsement.at, locale) })}`}
            </td>
          </tr>
          {proposalSections.map((section) => (
            <tr key={section}>
              <th>{t(`proposals.fields.${section}`)}</th>
              <td>
                {textOf(section).map((line, index) => (
                  // Lines are derived text with no id; their order is their identity.
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  <div key={index}>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t('proposals.page.version', { number: proposal.currentVersion })}
        {proposal.authoredByName && ` · ${t('proposals.page.authoredBy', { name: proposal.authoredByName })}`}
      </p>
      <p className="proposal-print__signatures">
        {t('proposals.print.signature')} ____________ {t('proposals.print.date')} ________
        <br />
        {t('proposals.print.committeeSignature')} ____________ {t('proposals.print.date')} ________
      </p>
    </div>
  );
}
