import { type ChatBridges, type ChatStreetFigures, can } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LineChart } from '../shared/charts/line-chart';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { type ChatPeriod, defaultChatPeriod, PeriodFilter } from './period-filter';
import './chat.css';

/**
 * The street's chat page (issue 19; seed 002's figures 6–8): groups and members over time, density,
 * the members' share of the street's population, each group's counts — and, for staff, the bridges.
 */
export function ChatStreetPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useUser();
  useDocumentTitle(t('chat.streetPage.title'));
  const [period, setPeriod] = useState<ChatPeriod>(() => defaultChatPeriod('month'));
  const query = `from=${period.from}&to=${period.to}`;
  const { resource, reload } = useResource<ChatStreetFigures>(
    `/api/streets/${id}/chat-figures?${query}&window=${period.window}`,
  );
  return (
    <article className="page page--narrow chat-page" data-testid="chat-street-page">
      <header className="page-header">
        <h1>{t('chat.streetPage.title')}</h1>
        {can(user, 'chat.manage') && (
          <nav className="chat-links">
            <Link to={`/chat-groups/new?streetId=${id}`} data-testid="chat-new-street-group">
              {t('chatGroups.links.newStreetGroup')}
            </Link>
            <Link to={`/streets/${id}/chat-topic-words`} data-testid="chat-topic-words-link">
              {t('chat.streetPage.topicWords')}
            </Link>
          </nav>
        )}
      </header>
      <PeriodFilter value={period} onChange={setPeriod} />
      <ResourceView resource={resource} onRetry={reload}>
        {(figures) => <StreetFigures figures={figures} />}
      </ResourceView>
      {can(user, 'chat.manage') && <Bridges path={`/api/streets/${id}/chat-bridges?${query}`} />}
    </article>
  );
}

function StreetFigures({ figures }: { figures: ChatStreetFigures }) {
  const { t } = useTranslation();
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  const line = (key: 'groups' | 'members', value: (w: ChatStreetFigures['windows'][number]) => number) => (
    <LineChart
      points={figures.windows.map((w) => ({ label: w.from.slice(2, 7), value: value(w) }))}
      title={t(`chat.column.${key === 'members' ? 'memberCount' : 'groups'}`)}
      description={t(`chat.column.${key === 'members' ? 'memberCount' : 'groups'}`)}
      categoryHeader={t('chat.column.window')}
      valueHeader={t(`chat.column.${key === 'members' ? 'memberCount' : 'groups'}`)}
      unavailableMessage={t('chat.chartUnavailable')}
      testId={`chat-street-${key}`}
    />
  );
  return (
    <>
      <p className="muted">
        {figures.population === null
          ? t('chat.streetPage.populationUnknown')
          : t('chat.streetPage.population', { population: figures.population })}
      </p>
      {line('groups', (w) => w.groups)}
      {line('members', (w) => w.members)}
      <p className="muted chat-help">{t('chat.help.density')}</p>
      <DataTable
        rows={figures.windows}
        rowKey={(w) => w.from}
        testId="chat-street-windows"
        columns={[
          { label: t('chat.column.window'), cell: (w) => `${w.from} – ${w.to}`, isRowHeader: true },
          { label: t('chat.column.groups'), cell: (w) => w.groups, isNumeric: true },
          { label: t('chat.column.activeGroups'), cell: (w) => w.activeGroups, isNumeric: true },
          { label: t('chat.column.groupsOnRecord'), cell: (w) => w.groupsOnRecord, isNumeric: true },
          { label: t('chat.column.memberCount'), cell: (w) => w.members, isNumeric: true },
          { label: t('chat.column.memberships'), cell: (w) => w.memberships, isNumeric: true },
          { label: t('chat.column.density'), cell: (w) => percent(w.density), isNumeric: true },
          {
            label: t('chat.column.populationShare'),
            cell: (w) => (w.populationShare === null ? '—' : percent(w.populationShare)),
            isNumeric: true,
          },
        ]}
      />
      <h2>{t('chat.streetPage.groups')}</h2>
      <DataTable
        rows={figures.groups}
        rowKey={(g) => g.id}
        columns={[
          { label: t('chat.column.group'), cell: (g) => g.name, isRowHeader: true },
          { label: t('chat.column.layer'), cell: (g) => t(`chat.layer.${g.layer as 'general'}`) },
          { label: t('chat.column.messages'), cell: (g) => (g.analysed ? g.messages : t('chat.section.notAnalysed')) },
          { label: t('chat.column.speakers'), cell: (g) => `${g.speakers}/${g.members}`, isNumeric: true },
          { label: t('chat.column.density'), cell: (g) => percent(g.density), isNumeric: true },
        ]}
      />
    </>
  );
}

function Bridges({ path }: { path: string }) {
  const { t } = useTranslation();
  const { resource } = useResource<ChatBridges>(path);
  if (resource.status !== 'ready') return null;
  const { bridges, places, links } = resource.data;
  const nameOf = new Map(places.map((place) => [place.key, place.name]));
  return (
    <section className="card" aria-labelledby="chat-bridges" data-testid="chat-bridges">
      <h2 id="chat-bridges">{t('chat.streetPage.bridges')}</h2>
      <p className="muted">{t('chat.streetPage.bridgesHelp')}</p>
      {bridges.length === 0 ? (
        <p className="muted">{t('chat.streetPage.noBridges')}</p>
      ) : (
        <ul>
          {bridges.map((bridge) => (
            <li key={bridge.number}>
              <strong>{bridge.name ?? t('chat.streetPage.bridge', { number: bridge.number })}</strong>{' '}
              {t('chat.streetPage.places', { organizations: bridge.organizations, groups: bridge.streetGroups })}
              {': '}
              {bridge.places.map((key) => nameOf.get(key)).join('、')}
            </li>
          ))}
        </ul>
      )}
      {links.length > 0 && (
        <>
          <h3>{t('chat.streetPage.links')}</h3>
          <ul>
            {links.map((link) => (
              <li key={`${link.source}|${link.target}`}>
                {t('chat.streetPage.link', {
                  source: nameOf.get(link.source),
                  target: nameOf.get(link.target),
                  people: link.people,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
