import {
  can,
  type TrainingCohort,
  type TrainingProgrammeKind,
  trainingProgrammeInputSchema,
  trainingProgrammeKinds,
  type trainingProgrammeListSchema,
} from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { currentLocale } from '../i18n';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FoldedForm } from '../shared/folded-form';
import { formInput } from '../shared/form-input';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
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

/** A programme of the caller's street (staff of one street) or of a street they pick (admin). */
function NewProgrammeForm({ onMade }: { onMade: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const { resource: streets } = useResource<{ items: { id: string; name: string }[] }>('/api/streets');
  const form = useSchemaForm(
    trainingProgrammeInputSchema,
    {
      streetId: user.scopeKind === 'street' ? (user.scopeId ?? '') : '',
      name: '',
      kind: 'neighbour_school' as TrainingProgrammeKind,
      organizer: '',
    },
    {
      toInput: (values) => formInput(values, trainingProgrammeInputSchema),
      send: (data) => api.post('/api/training/programmes', data),
      onSaved: onMade,
      afterSave: (values) => ({ ...values, name: '', organizer: '' }),
    },
  );
  const streetOptions =
    streets.status === 'ready' ? streets.data.items.map((s) => ({ value: s.id, label: s.name })) : [];
  return (
    <FoldedForm
      title={t('training.list.newProgramme')}
      testId="training-new-programme"
      form={form}
      submitLabel={t('training.programme.save')}
    >
      {user.scopeKind !== 'street' && (
        <SelectField
          label={t('training.programme.street')}
          {...form.field('streetId')}
          options={streetOptions}
          placeholder="—"
        />
      )}
      <TextField label={t('training.programme.name')} {...form.field('name')} testId="training-programme-name" />
      <SelectField
        label={t('training.programme.kind')}
        {...form.field('kind')}
        options={trainingProgrammeKinds.map((k) => ({ value: k, label: t(`training.kinds.${k}`) }))}
      />
      <TextField label={t('training.programme.organizer')} {...form.field('organizer')} />
    </FoldedForm>
  );
}
