import {
  type ChatGroupAnalysis,
  type ChatMemberRow,
  type ChatNetworkSettings,
  can,
  defaultChatNetworkSettings,
} from '@seedbed/core';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LineChart } from '../shared/charts/line-chart';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { AdoptionPanel } from './adoption-panel';
import { HintList } from './hint-list';
import { KeptTextPanel } from './kept-text-panel';
import { NetworkChart } from './network-chart';
import { NetworkSettings, networkSettingsQuery } from './network-settings';
import { type ChatPeriod, defaultChatPeriod, PeriodFilter } from './period-filter';
import { VoicesTable } from './voices-table';
import './chat.css';

/**
 * A group's page (issue 19 "Views"): the network picture (pseudonyms by default; names for roles that
 * may read them, behind a toggle), trends, hints in plain Chinese and the member table with each flag's
 * numbers. Staff get links to the group's senders, imports, details and agreement.
 */
export function ChatGroupPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  useDocumentTitle(t('chat.groupPage.title'));
  const [period, setPeriod] = useState<ChatPeriod>(() => defaultChatPeriod('week'));
  const [network, setNetwork] = useState<ChatNetworkSettings>(defaultChatNetworkSettings);
  const { resource, reload } = useResource<ChatGroupAnalysis>(
    `/api/chat-groups/${id}/analysis?from=${period.from}&to=${period.to}&window=${period.window}${networkSettingsQuery(network)}`,
  );
  return (
    <article className="page chat-page" data-testid="chat-group-page">
      <PeriodFilter value={period} onChange={setPeriod} />
      <ResourceView resource={resource} onRetry={reload}>
        {(analysis) => (
          <GroupAnalysisView analysis={analysis} settings={<NetworkSettings value={network} onChange={setNetwork} />} />
        )}
      </ResourceView>
    </article>
  );
}

/** `settings`: the network settings' controls, shown beside the network they change. */
function GroupAnalysisView({ analysis, settings }: { analysis: ChatGroupAnalysis; settings: ReactNode }) {
  const { t } = useTranslation();
  const user = useUser();
  const [showNames, setShowNames] = useState(false);
  const { group } = analysis;
  const labelOf = useCallback(
    (node: { pseudonym: string; name: string | null }) =>
      showNames && node.name ? node.name : t('chat.groupPage.member', { letter: node.pseudonym }),
    [showNames, t],
  );
  const base = `/chat-groups/${group.id}`;
  return (
    <>
      <header className="page-header">
        <h1 data-testid="chat-group-name">{group.name}</h1>
        <p className="muted">
          {t(`chat.layer.${group.layer as 'general'}`)}
          {group.staffIn && ` · ${t('chat.groupPage.staffIn')}`}
          {group.adoptionStep !== null && ` · ${t('chat.groupPage.adoptionStep', { step: group.adoptionStep })}`}
        </p>
        <p className="muted">{t('chat.groupPage.agreement', { date: group.agreement.agreedOn })}</p>
      </header>
      {group.builtByStaff && (
        <p className="notice" role="note" data-testid="chat-built-by-staff">
          {t('chat.groupPage.builtByStaff')}
        </p>
      )}
      {can(user, 'chat.manage') && (
        <nav className="chat-links">
          <Link to={`${base}/senders`}>{t('chat.groupPage.links.senders')}</Link>
          <Link to={`${base}/imports`}>{t('chat.groupPage.links.imports')}</Link>
          <Link to={`${base}/edit`}>{t('chat.groupPage.links.edit')}</Link>
          <Link to={`${base}/agreement`}>{t('chat.groupPage.links.agreement')}</Link>
        </nav>
      )}
      {can(user, 'chat.manage') && <AdoptionPanel groupId={group.id} />}
      <section className="card" aria-labelledby="chat-hints">
        <h2 id="chat-hints">{t('chat.groupPage.hints')}</h2>
        {analysis.hints.length === 0 ? (
          <p className="muted">{t('chat.groupPage.noHints')}</p>
        ) : (
          <HintList hints={analysis.hints} testId="chat-hints" />
        )}
      </section>
      {analysis.whole.messages === 0 && <p className="muted">{t('chat.groupPage.noMessages')}</p>}
      {analysis.namesShown && (
        <label className="chat-toggle">
          <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />{' '}
          {t('chat.groupPage.showNames')}
        </label>
      )}
      <NetworkChart analysis={analysis} labelOf={labelOf} />
      {settings}
      <section aria-labelledby="chat-trends">
        <h2 id="chat-trends">{t('chat.groupPage.trends')}</h2>
        <TrendCharts analysis={analysis} />
      </section>
      {can(user, 'chat.text.read') && group.agreement.scope === 'analysis_and_text' && (
        <KeptTextPanel groupId={group.id} />
      )}
      <section aria-labelledby="chat-members">
        <h2 id="chat-members">{t('chat.groupPage.members')}</h2>
        <p className="muted">{t('chat.help.role')}</p>
        <MemberTable members={analysis.members} labelOf={labelOf} />
      </section>
    </>
  );
}

function TrendCharts({ analysis }: { analysis: ChatGroupAnalysis }) {
  const { t } = useTranslation();
  const percent = (value: number) => Math.round(value * 100);
  const points = (value: (w: ChatGroupAnalysis['windows'][number]) => number) =>
    analysis.windows.map((w) => ({ label: w.from.slice(5), value: value(w) }));
  const charts = [
    { key: 'density', value: (w: ChatGroupAnalysis['windows'][number]) => percent(w.density), help: 'density' },
    {
      key: 'activeShare',
      value: (w: ChatGroupAnalysis['windows'][number]) => percent(w.activeShare),
      help: 'activeShare',
    },
    {
      key: 'centralization',
      value: (w: ChatGroupAnalysis['windows'][number]) => percent(w.centralization),
      help: 'centralization',
    },
  ] as const;
  return (
    <>
      {charts.map((chart) => (
        <div key={chart.key}>
          <LineChart
            points={points(chart.value)}
            title={`${t(`chat.column.${chart.key}`)} (%)`}
            description={t(`chat.help.${chart.help}`)}
            categoryHeader={t('chat.column.window')}
            valueHeader={t(`chat.column.${chart.key}`)}
            unavailableMessage={t('chat.chartUnavailable')}
            testId={`chat-trend-${chart.key}`}
          />
          <p className="muted chat-help">{t(`chat.help.${chart.help}`)}</p>
        </div>
      ))}
      <p className="muted chat-help">{t('chat.help.voices')}</p>
      <VoicesTable windows={analysis.windows} />
    </>
  );
}

function MemberTable({
  members,
  labelOf,
}: {
  members: readonly ChatMemberRow[];
  labelOf: (node: { pseudonym: string; name: string | null }) => string;
}) {
  const { t } = useTranslation();
  const fixed = (value: number) => value.toFixed(2);
  return (
    <DataTable
      rows={members}
      rowKey={(m) => m.id}
      testId="chat-members"
      rowTestId="chat-member"
      rowAttributes={(m) => ({ 'data-flagged': m.flagged ? 'true' : 'false' })}
      columns={[
        { label: t('chat.column.member'), cell: labelOf, isRowHeader: true },
        { label: t('chat.column.role'), cell: (m) => t(`chat.role.${m.role}`) },
        { label: t('chat.column.sent'), cell: (m) => m.sent, isNumeric: true },
        { label: t('chat.column.degree'), cell: (m) => `${m.inDegree}/${m.outDegree}`, isNumeric: true },
        { label: t('chat.column.strength'), cell: (m) => `${m.inStrength}/${m.outStrength}`, isNumeric: true },
        { label: t('chat.column.betweenness'), cell: (m) => fixed(m.betweenness), isNumeric: true },
        {
          label: t('chat.column.responseShare'),
          cell: (m) => (m.responseShare === null ? '—' : `${Math.round(m.responseShare * 100)}%`),
          isNumeric: true,
        },
        {
          label: t('chat.column.flag'),
          cell: (m) =>
            m.flagged && m.flag.centralityTrend ? (
              <details className="chat-flag">
                <summary>{t('chat.groupPage.flagged')}</summary>
                {t('chat.groupPage.flagExplained', {
                  peak: fixed(m.flag.peakCentrality),
                  last: fixed(m.flag.lastCentrality),
                  s: m.flag.centralityTrend.s,
                  z: m.flag.centralityTrend.z.toFixed(2),
                  p: m.flag.centralityTrend.pValue.toFixed(3),
                })}
              </details>
            ) : (
              ''
            ),
        },
      ]}
    />
  );
}
