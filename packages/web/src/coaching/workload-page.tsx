import { can, type Street, shanghaiDate, type Workload } from '@seedbed/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { BarChart } from '../shared/charts/bar-chart';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { NumberTile } from '../shared/number-tile';
import { PagedList, pageOf, useListPaging } from '../shared/paged-list';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { hoursOf } from './chips';
import { OverduePlans } from './overdue-plans';
import { defaultPeriod, type PeriodPreset, periodFor } from './period';
import './coaching.css';

const presets: readonly PeriodPreset[] = ['month', 'tenWeeks', 'year'];

/**
 * The coaching workload for any period, desktop-dense: one screen answers seed 001's "189 coaching
 * sessions in 10 weeks, about 5 per organization, 1–2 hours each", with the breakdowns beside it.
 */
export function WorkloadPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coaching.workload.title'));
  const today = shanghaiDate(new Date());
  const [period, setPeriod] = useState(() => defaultPeriod(today));
  // '' is every street the caller sees; the picker shows only to those who see more than one.
  const [streetId, setStreetId] = useState('');
  const streets = useResource<{ items: Street[] }>('/api/streets').resource;
  const streetOptions =
    streets.status === 'ready' ? streets.data.items.map((street) => ({ value: street.id, label: street.name })) : [];
  const query = new URLSearchParams({ ...period, ...(streetId && { streetId }) }).toString();
  const { resource, reload } = useResource<Workload>(`/api/coaching/workload?${query}`);
  const user = useUser();
  const mayFollowUp = can(user, 'coaching.plan.overdue.read');
  const mayReadSessions = can(user, 'coaching.read');
  return (
    <article className="page page--wide" data-testid="coaching-workload-page">
      <header className="page-header">
        <h1>{t('coaching.workload.title')}</h1>
        <a
          className="button"
          href={`/api/coaching/workload.csv?${query}`}
          download
          data-testid="coaching-workload-export"
        >
          {t('coaching.workload.export')}
        </a>
        {/* The sessions list is for those who read coaching records; others are told why there is no link. */}
        {mayReadSessions ? (
          <Link to="/coaching/sessions">{t('coaching.list.title')}</Link>
        ) : (
          <span className="muted" data-testid="coaching-sessions-hidden">
            {t('coaching.workload.sessionsHidden')}
          </span>
        )}
        {mayFollowUp && (
          <a href="#overdue-plans" data-testid="coaching-overdue-link">
            {t('coaching.overdue.link')}
          </a>
        )}
      </header>
      <div className="coaching-period">
        {presets.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button button--secondary"
            data-testid={`coaching-preset-${preset}`}
            onClick={() => setPeriod(periodFor(preset, today))}
          >
            {t(`coaching.workload.presets.${preset}`)}
          </button>
        ))}
        <TextField
          label={t('coaching.workload.from')}
          type="date"
          value={period.from}
          onChange={(from) => setPeriod((p) => ({ ...p, from }))}
          testId="coaching-workload-from"
        />
        <TextField
          label={t('coaching.workload.to')}
          type="date"
          value={period.to}
          onChange={(to) => setPeriod((p) => ({ ...p, to }))}
          testId="coaching-workload-to"
        />
        {streetOptions.length > 1 && (
          <SelectField
            label={t('coaching.overdue.street')}
            value={streetId}
            onChange={setStreetId}
            options={streetOptions}
            placeholder={t('coaching.overdue.allStreets')}
            testId="coaching-workload-street"
          />
        )}
      </div>
      <ResourceView resource={resource} onRetry={reload}>
        {(workload) => <WorkloadView workload={workload} />}
      </ResourceView>
      {mayFollowUp && <OverduePlans streetId={streetId} />}
    </article>
  );
}

/** One line of a breakdown: a month, a kind, a staff member or an organization. */
interface WorkloadRow {
  key: string;
  name: ReactNode;
  sessions: number;
  minutes: number;
}

function WorkloadView({ workload }: { workload: Workload }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { totals } = workload;
  return (
    <>
      <p className="coaching-summary" data-testid="coaching-workload-summary">
        {t('coaching.workload.summary', {
          from: formatDate(workload.from, locale),
          to: formatDate(workload.to, locale),
          sessions: totals.sessions,
          organizations: totals.organizationsReached,
          perOrganization: totals.sessionsPerOrganization,
          average: hoursOf(totals.averageMinutes),
        })}
      </p>
      <div className="tiles" data-testid="coaching-workload-totals">
        <NumberTile
          label={t('coaching.workload.sessions')}
          value={totals.sessions}
          locale={locale}
          testId="coaching-total-sessions"
        />
        <NumberTile label={t('coaching.workload.hours')} value={Number(hoursOf(totals.minutes))} locale={locale} />
        <NumberTile label={t('coaching.workload.organizations')} value={totals.organizationsReached} locale={locale} />
        <NumberTile
          label={t('coaching.workload.perOrganization')}
          value={totals.sessionsPerOrganization}
          locale={locale}
          testId="coaching-total-per-organization"
        />
        <NumberTile
          label={t('coaching.workload.averageHours')}
          value={Number(hoursOf(totals.averageMinutes))}
          locale={locale}
        />
        <NumberTile label={t('coaching.workload.staffMembers')} value={totals.staffMembers} locale={locale} />
      </div>
      <p className="muted">{t('coaching.workload.countingNote')}</p>
      <div className="coaching-grid">
        <section className="card">
          <BarChart
            bars={workload.byMonth.map((m) => ({ label: m.month, value: m.sessions, color: '#2f7d4f' }))}
            title={t('coaching.workload.chartTitle')}
            description={t('coaching.workload.chartDescription')}
            categoryHeader={t('coaching.workload.byMonth')}
            valueHeader={t('coaching.workload.count')}
            unavailableMessage={t('coaching.workload.chartUnavailable')}
            testId="coaching-workload-chart"
          />
          <WorkloadTable
            testId="coaching-by-month"
            items={workload.byMonth.map((m) => ({
              key: m.month,
              name: m.month,
              sessions: m.sessions,
              minutes: m.minutes,
            }))}
          />
        </section>
        <section className="card">
          <h2>{t('coaching.workload.byKind')}</h2>
          <WorkloadTable
            testId="coaching-by-kind"
            items={workload.byKind.map((k) => ({
              key: k.kind,
              name: t(`coaching.kinds.${k.kind}`),
              sessions: k.sessions,
              minutes: k.minutes,
            }))}
          />
          <h2>{t('coaching.workload.byMode')}</h2>
          <WorkloadTable
            testId="coaching-by-mode"
            items={[
              { key: 'offline', name: t('coaching.offline'), ...workload.byMode.offline },
              { key: 'online', name: t('coaching.online'), ...workload.byMode.online },
            ]}
          />
        </section>
        <section className="card">
          <h2>{t('coaching.workload.byStaff')}</h2>
          <WorkloadTable
            testId="coaching-by-staff"
            items={workload.byStaff.map((s) => ({ key: s.id, name: s.name, sessions: s.sessions, minutes: s.minutes }))}
          />
        </section>
        <section className="card">
          <h2>{t('coaching.workload.byOrganization')}</h2>
          <OrganizationBreakdown items={workload.byOrganization} />
        </section>
      </div>
    </>
  );
}

/** A breakdown's rows: name, sessions, hours. */
function WorkloadTable({ items, testId }: { items: readonly WorkloadRow[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <DataTable
      className="coaching-table"
      testId={testId}
      rows={items}
      rowKey={(item) => item.key}
      columns={[
        { label: t('coaching.workload.name'), isRowHeader: true, cell: (item) => item.name },
        { label: t('coaching.workload.count'), isNumeric: true, cell: (item) => item.sessions },
        { label: t('coaching.workload.hoursColumn'), isNumeric: true, cell: (item) => hoursOf(item.minutes) },
      ]}
    />
  );
}

/** Every organization coached in the period (eighty in a street): a page at a time, found by name. */
function OrganizationBreakdown({ items }: { items: Workload['byOrganization'] }) {
  const { t } = useTranslation();
  const paging = useListPaging();
  const { page, total } = pageOf(items, paging, (organization) => organization.name);
  return (
    <PagedList
      paging={paging}
      total={total}
      searchLabel={t('organizations.list.search')}
      testId="coaching-by-organization-list"
    >
      <WorkloadTable
        testId="coaching-by-organization"
        items={page.map((o) => ({
          key: o.id,
          name: <Link to={`/organizations/${o.id}`}>{o.name}</Link>,
          sessions: o.sessions,
          minutes: o.minutes,
        }))}
      />
    </PagedList>
  );
}
