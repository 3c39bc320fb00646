import {
  type CultivationProgramme,
  can,
  type OrganizationList,
  type ProgrammeParticipant,
  programmeParticipantsInputSchema,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { DataTable } from '../shared/data-table';
import { useDocumentTitle } from '../shared/document-title';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SearchSelect } from '../shared/search-select';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm, useSubmission } from '../shared/use-schema-form';
import { ProgrammeForm } from './programme-form';
import { programmeKindLabel } from './programme-labels';
import { ProgrammeStageMoves, stageMoveLabel } from './programme-stage-moves';
import './coaching.css';

/**
 * One cultivation programme: what it is, its outputs in seed 002's words and per organization
 * (computed from the records), the organizations taking part (newcomers marked), and the place
 * and its meetings (deliberation's meetings that name the programme).
 */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { resource, replace, reload } = useResource<CultivationProgramme>(
    `/api/cultivation-programmes/${encodeURIComponent(id)}`,
  );
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(programme) => <ProgrammeView programme={programme} onChanged={replace} />}
    </ResourceView>
  );
}

function ProgrammeView({
  programme,
  onChanged,
}: {
  programme: CultivationProgramme;
  onChanged: (programme: CultivationProgramme) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const locale = currentLocale();
  useDocumentTitle(programme.name);
  const mayRun = can(user, 'coaching.programme.write');
  return (
    <article className="page page--wide" data-testid="programme-page">
      <header className="page-header">
        <h1 data-testid="programme-title">{programme.name}</h1>
        <Link to="/coaching/programmes">{t('coaching.programmes.title')}</Link>
      </header>
      <p>
        {programmeKindLabel(t, programme)}
        {programme.fromStage &&
          programme.toStage &&
          ` · ${t('coaching.programmes.moves', { from: t(`stage.${programme.fromStage}`), to: t(`stage.${programme.toStage}`) })}`}
        {' · '}
        {programme.endsOn
          ? `${formatDate(programme.startsOn, locale)} – ${formatDate(programme.endsOn, locale)}`
          : t('coaching.programmes.ongoing', { from: formatDate(programme.startsOn, locale) })}
      </p>
      {programme.description && <p className="muted">{programme.description}</p>}
      <section className="section" data-testid="programme-outputs">
        <h2>
          {t('coaching.programmes.outputs', {
            from: formatDate(programme.countedFrom, locale),
            to: formatDate(programme.countedTo, locale),
          })}
        </h2>
        <p data-testid="programme-outputs-sentence">
          {t('coaching.programmes.outputsSentence', {
            organizations: programme.participantCount,
            public: programme.totals.publicActivities,
            joint: programme.totals.jointActivities,
            activist: programme.totals.activistPersonTimes,
            served: programme.totals.peopleServed,
          })}
        </p>
        <ProgrammeStageMoves programme={programme} />
        <h3>
          {t('coaching.programmes.participants', {
            count: programme.participantCount,
            newcomers: programme.newcomerCount,
          })}
        </h3>
        {programme.participants.length === 0 ? (
          <p className="muted">{t('coaching.programmes.noParticipants')}</p>
        ) : (
          <ParticipantTable programme={programme} mayRun={mayRun} onChanged={onChanged} />
        )}
        <p className="muted">{t('coaching.programmes.newcomerNote')}</p>
        <p className="muted">{t('coaching.programmes.definitions')}</p>
        {mayRun && <AddParticipantsForm programme={programme} onChanged={onChanged} />}
        {mayRun && <ProgrammeForm streetId={programme.streetId} programme={programme} onSaved={onChanged} />}
      </section>
      {/* The programme's meetings: deliberation's meetings that name it. */}
      <section className="section" data-testid="programme-meetings">
        <h2>{t('coaching.programmes.meetings', { count: programme.meetings.length })}</h2>
        {programme.meetings.length === 0 ? (
          <p className="muted">{t('coaching.programmes.noMeetings')}</p>
        ) : (
          <ul className="link-list">
            {programme.meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link to={`/meetings/${meeting.id}`}>
                  <span className="link-list__title">{meeting.title}</span>
                  <span className="muted">{formatDate(meeting.heldOn, locale)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

type Row = Omit<ProgrammeParticipant, 'stageMove'> & {
  stageMove?: ProgrammeParticipant['stageMove'];
  isTotal?: boolean;
};

function ParticipantTable({
  programme,
  mayRun,
  onChanged,
}: {
  programme: CultivationProgramme;
  mayRun: boolean;
  onChanged: (programme: CultivationProgramme) => void;
}) {
  const { t } = useTranslation();
  const removal = useSubmission();
  const rows: Row[] = [
    ...programme.participants,
    {
      organizationId: 'total',
      name: t('coaching.programmes.total'),
      joinedOn: '',
      isNewcomer: false,
      figures: programme.totals,
      isTotal: true,
    },
  ];
  const remove = (participant: Row) =>
    window.confirm(t('coaching.programmes.removeConfirm', { name: participant.name })) &&
    removal.run(async () =>
      onChanged(
        await api.delete<CultivationProgramme>(
          `/api/cultivation-programmes/${encodeURIComponent(programme.id)}/organizations/${encodeURIComponent(participant.organizationId)}`,
        ),
      ),
    );
  const figure = (key: keyof ProgrammeParticipant['figures'], label: string) => ({
    label,
    isNumeric: true,
    testId: `programme-${key}`,
    cell: (row: Row) => row.figures[key],
  });
  return (
    <>
      {removal.failure && <p className="field__error">{removal.failure}</p>}
      <DataTable
        testId="programme-participants"
        rows={rows}
        rowKey={(row) => row.organizationId}
        rowTestId="programme-participant"
        columns={[
          {
            label: t('coaching.programmes.organization'),
            isRowHeader: true,
            cell: (row) =>
              row.isTotal ? (
                <strong>{row.name}</strong>
              ) : (
                <>
                  <Link to={`/organizations/${row.organizationId}`}>{row.name}</Link>
                  {row.isNewcomer && <span className="programme-newcomer">{t('coaching.programmes.newcomer')}</span>}
                </>
              ),
          },
          figure('activities', t('coaching.programmes.activities')),
          figure('publicActivities', t('coaching.programmes.publicActivities')),
          figure('jointActivities', t('coaching.programmes.jointActivities')),
          figure('activistPersonTimes', t('coaching.programmes.activistPersonTimes')),
          figure('peopleServed', t('coaching.programmes.peopleServed')),
          {
            label: t('coaching.programmes.stageMoves.column'),
            testId: 'programme-stage-move',
            cell: (row: Row) => (row.stageMove ? stageMoveLabel(t, row.stageMove) : null),
          },
          mayRun && {
            label: t('coaching.programmes.remove'),
            isLabelHidden: true,
            cell: (row) =>
              row.isTotal ? null : (
                <button
                  type="button"
                  className="button"
                  disabled={removal.isSubmitting}
                  aria-label={t('coaching.programmes.removeFor', { name: row.name })}
                  onClick={() => void remove(row)}
                >
                  {t('coaching.programmes.remove')}
                </button>
              ),
          },
        ]}
      />
    </>
  );
}

function AddParticipantsForm({
  programme,
  onChanged,
}: {
  programme: CultivationProgramme;
  onChanged: (programme: CultivationProgramme) => void;
}) {
  const { t } = useTranslation();
  const organizations = useResource<OrganizationList>(
    `/api/organizations?streetId=${encodeURIComponent(programme.streetId)}`,
  );
  const taking = new Set(programme.participants.map((p) => p.organizationId));
  const options =
    organizations.resource.status === 'ready'
      ? organizations.resource.data.items
          .filter((o) => !taking.has(o.id) && o.status === 'active')
          .map((o) => ({ value: o.id, label: o.name }))
      : [];
  const form = useSchemaForm(
    programmeParticipantsInputSchema,
    { organizationId: '', joinedOn: '' },
    {
      toInput: ({ organizationId, joinedOn }) =>
        formInput(
          { organizationIds: organizationId ? [organizationId] : [], joinedOn },
          programmeParticipantsInputSchema,
        ),
      send: (input) =>
        api.post<CultivationProgramme>(
          `/api/cultivation-programmes/${encodeURIComponent(programme.id)}/participants`,
          input,
        ),
      onSaved: onChanged,
      afterSave: 'reset',
      fieldMessages: { organizationIds: t('coaching.programmes.addPick') },
    },
  );
  return (
    <FoldedForm
      title={t('coaching.programmes.add')}
      testId="programme-add"
      form={form}
      submitLabel={t('coaching.programmes.addSubmit')}
    >
      <SearchSelect
        label={t('coaching.programmes.addPick')}
        value={form.values.organizationId}
        onChange={(value) => form.set('organizationId', value)}
        options={options}
        placeholder={t('coaching.programmes.addPick')}
        error={form.errors.organizationIds}
        testId="programme-add-organization"
      />
      <TextField label={t('coaching.programmes.joinedOn')} type="date" {...form.field('joinedOn')} />
    </FoldedForm>
  );
}
