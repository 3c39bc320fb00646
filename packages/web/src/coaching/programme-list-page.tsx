import { type CultivationProgrammeSummary, can, type ServiceModelFigures, type Street } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { currentLocale } from '../i18n';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { ProgrammeForm } from './programme-form';
import { programmeKindLabel } from './programme-labels';
import './coaching.css';

/**
 * Cultivation programmes of a street (staff make them; officials and funders read), with the
 * street's service-model figures — seed 002's two programmes side by side.
 */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coaching.programmes.title'));
  const { resource, reload } = useResource<{ items: Street[] }>('/api/streets');
  return (
    <article className="page page--wide" data-testid="programme-list-page">
      <header className="page-header">
        <h1>{t('coaching.programmes.title')}</h1>
      </header>
      <p className="muted">{t('coaching.programmes.intro')}</p>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) => <StreetProgrammes streets={items} />}
      </ResourceView>
    </article>
  );
}

function StreetProgrammes({ streets }: { streets: readonly Street[] }) {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [streetId, setStreetId] = useState(streets[0]?.id ?? '');
  const programmes = useResource<{ items: CultivationProgrammeSummary[] }>(
    `/api/cultivation-programmes?streetId=${encodeURIComponent(streetId)}`,
  );
  return (
    <>
      {streets.length > 1 && (
        <SelectField
          label={t('coaching.programmes.street')}
          value={streetId}
          onChange={setStreetId}
          options={streets.map((street) => ({ value: street.id, label: street.name }))}
        />
      )}
      <ResourceView resource={programmes.resource} onRetry={programmes.reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('coaching.programmes.empty')}</p>
          ) : (
            <ProgrammeTable items={items} />
          )
        }
      </ResourceView>
      {can(user, 'coaching.programme.write') && streetId && (
        <ProgrammeForm streetId={streetId} onSaved={(programme) => navigate(`/coaching/programmes/${programme.id}`)} />
      )}
      {can(user, 'organization.service_model.figures.read') && streetId && (
        <ServiceModelFiguresLine streetId={streetId} />
      )}
    </>
  );
}

function ProgrammeTable({ items }: { items: readonly CultivationProgrammeSummary[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <DataTable
      testId="programme-table"
      rows={items}
      rowKey={(programme) => programme.id}
      rowTestId="programme-row"
      columns={[
        {
          label: t('coaching.programmes.name'),
          isRowHeader: true,
          cell: (programme) => <Link to={`/coaching/programmes/${programme.id}`}>{programme.name}</Link>,
        },
        { label: t('coaching.programmes.kind'), cell: (programme) => programmeKindLabel(t, programme) },
        {
          label: t('coaching.programmes.period'),
          cell: (programme) =>
            programme.endsOn
              ? `${formatDate(programme.startsOn, locale)} – ${formatDate(programme.endsOn, locale)}`
              : t('coaching.programmes.ongoing', { from: formatDate(programme.startsOn, locale) }),
        },
        {
          label: t('coaching.programmes.participantCount'),
          isNumeric: true,
          cell: (programme) => programme.participantCount,
        },
      ]}
    />
  );
}

/**
 * Seed 002's sentence for the street, computed from the cards over a period staff pick (both days
 * included; left empty, to date) — e.g. a programme's months.
 */
function ServiceModelFiguresLine({ streetId }: { streetId: string }) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState({ from: '', to: '' });
  const query = new URLSearchParams(Object.entries(period).filter(([, day]) => day !== '')).toString();
  const { resource, reload } = useResource<ServiceModelFigures>(
    `/api/streets/${encodeURIComponent(streetId)}/service-model-figures${query ? `?${query}` : ''}`,
  );
  return (
    <section className="section" data-testid="service-model-figures">
      <h2>{t('coaching.programmes.serviceModel.title')}</h2>
      <div className="coaching-period">
        <TextField
          label={t('coaching.programmes.serviceModel.from')}
          type="date"
          value={period.from}
          onChange={(from) => setPeriod((p) => ({ ...p, from }))}
          testId="service-model-figures-from"
        />
        <TextField
          label={t('coaching.programmes.serviceModel.to')}
          type="date"
          value={period.to}
          onChange={(to) => setPeriod((p) => ({ ...p, to }))}
          testId="service-model-figures-to"
        />
      </div>
      <ResourceView resource={resource} onRetry={reload}>
        {(figures) => (
          <>
            <p data-testid="service-model-figures-sentence">
              {t('coaching.programmes.serviceModel.sentence', {
                organizations: figures.organizationsWithSessions,
                sessions: figures.sessions,
                activity: figures.activityReviewCompleted,
                model: figures.modelReviewCompleted,
              })}
            </p>
            <p className="muted">
              {query ? t('coaching.programmes.serviceModel.inPeriod') : t('coaching.programmes.serviceModel.toDate')}{' '}
              {t('coaching.programmes.serviceModel.started', { count: figures.cardsStarted })}
            </p>
          </>
        )}
      </ResourceView>
    </section>
  );
}
