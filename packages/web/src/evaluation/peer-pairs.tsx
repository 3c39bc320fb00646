import { type Campaign, minimumPeerSheets, type PeerAssignment, peerInDegrees } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';

/** A fresh seed for "arrange again": any 32-bit number; the server's pairs are balanced whatever it is. */
const newSeed = () => Math.floor(Math.random() * 4294967296);

/**
 * Who rates whom 互评 (staff): each team with the teams it rates and how often it is rated. While
 * the campaign is a draft or open, staff arrange the pairs again (balanced, from a new seed) or swap
 * one target for another team; the server keeps the rules — k targets each, never itself, and a pair
 * whose sheet is in stays — and its refusal is shown as it words it.
 */
export function PeerPairs({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const path = `/api/evaluation-campaigns/${campaign.id}/peer-assignments`;
  const pairs = useResource<PeerAssignment[]>(path);
  const write = useWrite(pairs.refresh);
  const isEditable = campaign.status === 'draft' || campaign.status === 'open';
  const nameOf = (id: string) => campaign.organizations.find((o) => o.id === id)?.name ?? '—';
  const swap = (list: PeerAssignment[], from: PeerAssignment, to: string) =>
    write.run(() =>
      api.put(path, {
        assignments: list.map((pair) => (pair === from ? { ...pair, ratedOrganizationId: to } : pair)),
      }),
    );
  return (
    <section data-testid="evaluation-peers">
      <h2>{t('evaluation.campaign.peers')}</h2>
      <p className="muted">{t(isEditable ? 'evaluation.peers.hint' : 'evaluation.peers.fixed')}</p>
      {isEditable && (
        <div className="evaluation-actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={write.busy}
            onClick={() => write.run(() => api.post(`${path}/generate`, { seed: newSeed() }))}
            data-testid="evaluation-peers-regenerate"
          >
            {t('evaluation.peers.regenerate')}
          </button>
        </div>
      )}
      {write.error && <ErrorNotice message={write.error} />}
      <ResourceView resource={pairs.resource} onRetry={pairs.reload}>
        {(list) => {
          if (list.length === 0) return <p className="muted">{t('evaluation.peers.none')}</p>;
          const degrees = peerInDegrees(
            campaign.organizations.map((o) => o.id),
            list,
          );
          return (
            <DataTable
              testId="evaluation-peer-table"
              rows={campaign.organizations}
              rowKey={(team) => team.id}
              rowAttributes={(team) => ({ 'data-organization': team.id })}
              columns={[
                { label: t('evaluation.campaign.team'), isRowHeader: true, cell: (team) => team.name },
                {
                  label: t('evaluation.peers.rates'),
                  cell: (team) => {
                    const own = list.filter((pair) => pair.raterOrganizationId === team.id);
                    if (!isEditable) return own.map((pair) => nameOf(pair.ratedOrganizationId)).join('、');
                    return own.map((pair) => (
                      <SelectField
                        key={pair.ratedOrganizationId}
                        label={t('evaluation.peers.target', { name: team.name })}
                        value={pair.ratedOrganizationId}
                        onChange={(to) => void swap(list, pair, to)}
                        options={campaign.organizations
                          .filter(
                            (o) =>
                              o.id === pair.ratedOrganizationId ||
                              (o.id !== team.id && !own.some((p) => p.ratedOrganizationId === o.id)),
                          )
                          .map((o) => ({ value: o.id, label: o.name }))}
                        testId="evaluation-peer-target"
                      />
                    ));
                  },
                },
                {
                  label: t('evaluation.peers.ratedBy'),
                  isNumeric: true,
                  cell: (team) => {
                    const degree = degrees.get(team.id) ?? 0;
                    return campaign.weights.peer > 0 && degree < minimumPeerSheets ? (
                      <strong className="evaluation-sum--wrong" data-testid="evaluation-peer-too-few">
                        {t('evaluation.peers.tooFew', { count: degree })}
                      </strong>
                    ) : (
                      degree
                    );
                  },
                },
              ]}
            />
          );
        }}
      </ResourceView>
    </section>
  );
}
