import { can, type TrainingCohort, trainingProgrammeKinds, type trainingProgrammeListSchema } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import { NewCohortForm } from './new-cohort-form';
import './training.css';

type ProgrammeList = z.infer<typeof trainingProgrammeListSchema>;

/** /training: the programmes (友邻学社…) and their cohorts, newest first, with their figures. */
export function TrainingProgrammesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('training.title'));
  const user = useUser();
  const { resource, reload } = useResource<ProgrammeList>('/api/training/programmes');
  const mayManage = can(user, 'training.manage');
  return (
    <article className="page page--wide" data-testid="training-programmes-page">
      <header className="page-header">
        <h1>{t('training.title')}</h1>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {({ programmes }) => (
          <>
            {programmes.length === 0 && <p className="muted">{t('training.list.empty')}</p>}
            {programmes.map((programme) => (
              <section key={programme.id} className="training-programme" data-testid="training-programme">
                <h2>
                  {programme.name} <small className="muted">{t(`training.kinds.${programme.kind}`)}</small>
                </h2>
                {programme.organizer && <p className="muted">{programme.organizer}</p>}
                {programme.cohorts.length === 0 && <p className="muted">{t('training.list.noCohorts')}</p>}
                <ul className="training-cohorts">
                  {programme.cohorts.map((cohort) => (
                    <CohortItem key={cohort.id} cohort={cohort} />
                  ))}
                </ul>
                {mayManage && <NewCohortForm programmeId={programme.id} onMade={reload} />}
              </section>
            ))}
            {mayManage && <NewProgrammeForm onMade={reload} />}
          </>
        )}
      </ResourceView>
    </article>
  );
}

function CohortItem({ cohort }: { cohort: TrainingCohort }) {
  const { t } = useTranslation();
  return (
    <li className="training-cohort-item">
      <Link to={`/training/cohorts/${cohort.id}`} data-testid="training-cohort-link">
        {cohort.name}
      </Link>{' '}
      <span className="muted">
        {formatDate(cohort.startsOn, currentLocale())} ·{' '}
        {cohort.graduatedOn ? t('training.list.graduated') : t('training.list.open')}
      </span>
      <div>{t('training.list.figures', cohort.figures)}</div>
    </li>
  );
}

function NewProgrammeForm({ onMade }: { onMade: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<(typeof trainingProgrammeKinds)[number]>('neighbour_school');
  const [organizer, setOrganizer] = useState('');
  const { resource: streets } = useResource<{ items: { id: string; name: string }[] }>('/api/streets');
  const [streetId, setStreetId] = useState(user.scopeKind === 'street' ? (user.scopeId ?? '') : '');
  const write = useWrite(() => {
    setOpen(false);
    setName('');
    onMade();
  });
  if (!open)
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setOpen(true)}
        data-testid="training-new-programme"
      >
        {t('training.list.newProgramme')}
      </button>
    );
  const streetOptions =
    streets.status === 'ready' ? streets.data.items.map((s) => ({ value: s.id, label: s.name })) : [];
  return (
    <form
      className="training-form"
      onSubmit={(event) => {
        event.preventDefault();
        void write.run(() => api.post('/api/training/programmes', { streetId, name, kind, organizer }));
      }}
    >
      {user.scopeKind !== 'street' && (
        <SelectField
          label={t('training.programme.street')}
          value={streetId}
          onChange={setStreetId}
          options={streetOptions}
          placeholder="—"
          required
        />
      )}
      <TextField
        label={t('training.programme.name')}
        value={name}
        onChange={setName}
        maxLength={100}
        required
        testId="training-programme-name"
      />
      <SelectField
        label={t('training.programme.kind')}
        value={kind}
        onChange={setKind}
        options={trainingProgrammeKinds.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))}
      />
      <TextField label={t('training.programme.organizer')} value={organizer} onChange={setOrganizer} maxLength={100} />
      {write.error && <ErrorNotice message={write.error} />}
      <button
        type="submit"
        className="button button--primary"
        disabled={write.busy}
        data-testid="training-programme-save"
      >
        {t('training.programme.save')}
      </button>
    </form>
  );
}
