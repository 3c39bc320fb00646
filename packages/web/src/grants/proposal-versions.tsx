import type { GrantProposal, ProposalVersion, ProposalVersionSummary } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useResource } from '../shared/use-resource';
import { ProposalChanges } from './proposal-changes';
import { personNamer } from './proposal-content-view';

/** Every version with who wrote it and when, and what changed between any two (by default the last two). */
export function ProposalVersions({ proposal }: { proposal: GrantProposal }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const path = `/api/grant-proposals/${encodeURIComponent(proposal.id)}/versions`;
  const versions = useResource<ProposalVersionSummary[]>(path);
  const [from, setFrom] = useState(String(Math.max(1, proposal.currentVersion - 1)));
  const [to, setTo] = useState(String(proposal.currentVersion));
  return (
    <section data-testid="proposal-versions">
      <h2>{t('proposals.page.history')}</h2>
      <ResourceView resource={versions.resource} onRetry={versions.reload}>
        {(list) => {
          const options = list.map((version) => ({
            value: String(version.number),
            label: t('proposals.page.version', { number: version.number }),
          }));
          return (
            <>
              <ol className="proposal-version-list" reversed>
                {list.map((version) => (
                  <li key={version.number}>
                    {t('proposals.page.version', { number: version.number })}
                    {version.authoredByName && ` · ${t('proposals.page.authoredBy', { name: version.authoredByName })}`}
                    {` · ${formatDateTime(version.createdAt, locale)}`}
                  </li>
                ))}
              </ol>
              {list.length > 1 && (
                <div className="proposal-row__pair">
                  <SelectField
                    label={t('proposals.page.from')}
                    value={from}
                    options={options}
                    onChange={setFrom}
                    testId="proposal-compare-from"
                  />
                  <SelectField
                    label={t('proposals.page.to')}
                    value={to}
                    options={options}
                    onChange={setTo}
                    testId="proposal-compare-to"
                  />
                </div>
              )}
              {list.length > 1 && <VersionDiff path={path} from={from} to={to} people={proposal.people} />}
            </>
          );
        }}
      </ResourceView>
    </section>
  );
}

function VersionDiff({
  path,
  from,
  to,
  people,
}: {
  path: string;
  from: string;
  to: string;
  people: GrantProposal['people'];
}) {
  const before = useResource<ProposalVersion>(`${path}/${from}`);
  const after = useResource<ProposalVersion>(`${path}/${to}`);
  return (
    <ResourceView resource={before.resource} onRetry={before.reload}>
      {(older) => (
        <ResourceView resource={after.resource} onRetry={after.reload}>
          {(newer) => <ProposalChanges before={older.content} after={newer.content} nameOf={personNamer(people)} />}
        </ResourceView>
      )}
    </ResourceView>
  );
}
