import { type ApplicantOrigin, applicantOrigins, type TrainingApplication } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { SelectField } from '../shared/select-field';
import { TextField } from '../shared/text-field';
import { useWrite } from '../shared/use-write';
import { ApplicationSteps } from './application-steps';
import { PersonField, type PickedPerson } from './person-field';

/** 报名与面试: each applicant with their guarantor and step; staff add applicants and take the steps. */
export function ApplicationsSection({
  cohortId,
  applications,
  mayManage,
  onChange,
}: {
  cohortId: string;
  applications: readonly TrainingApplication[];
  mayManage: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="training-section" data-testid="training-applications">
      <h2>{t('training.sections.applications')}</h2>
      {applications.length === 0 && <p className="muted">{t('training.application.none')}</p>}
      <ul className="training-applications">
        {applications.map((application) => (
          <li key={application.id} className="training-application" data-testid="training-application">
            <div className="training-application-head">
              <strong data-testid="training-application-name">{application.person.name}</strong>
              <span
                className={`training-status training-status--${application.status}`}
                data-testid="training-application-status"
              >
                {t(`training.statuses.${application.status}`)}
              </span>
            </div>
            <div className="muted">
              {t(`training.origins.${application.origin}`)} ·{' '}
              {t('training.application.guarantorLine', { name: application.guarantor.name })}
              {application.status === 'accepted' &&
                ` · ${t('training.application.attended', { count: application.sessionsAttended })}`}
            </div>
            {application.motivation && <div>{application.motivation}</div>}
            {application.interview && (
              <div>
                {t('training.application.interviewLine', {
                  result: t(`training.results.${application.interview.result}`),
                  by: application.interview.interviewer,
                })}
                {application.interview.notes && `：${application.interview.notes}`}
              </div>
            )}
            {application.decisionReason && (
              <div>{t('training.application.reasonLine', { reason: application.decisionReason })}</div>
            )}
            {mayManage && <ApplicationSteps application={application} onChange={onChange} />}
          </li>
        ))}
      </ul>
      {mayManage && <NewApplicationForm cohortId={cohortId} onMade={onChange} />}
    </section>
  );
}

function NewApplicationForm({ cohortId, onMade }: { cohortId: string; onMade: () => void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<PickedPerson>(null);
  const [guarantor, setGuarantor] = useState<PickedPerson>(null);
  const [origin, setOrigin] = useState<ApplicantOrigin>('activist');
  const [motivation, setMotivation] = useState('');
  const write = useWrite(() => {
    setPerson(null);
    setGuarantor(null);
    setMotivation('');
    onMade();
  });
  return (
    <form
      className="training-form"
      data-testid="training-application-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!person || !guarantor) return;
        void write.run(() =>
          api.post(`/api/training/cohorts/${cohortId}/applications`, {
            personId: person.id,
            guarantorPersonId: guarantor.id,
            origin,
            motivation,
          }),
        );
      }}
    >
      <h3>{t('training.application.add')}</h3>
      <PersonField
        label={t('training.application.applicant')}
        person={person}
        onChange={setPerson}
        testId="training-applicant"
      />
      <PersonField
        label={t('training.application.guarantor')}
        person={guarantor}
        onChange={setGuarantor}
        testId="training-guarantor"
      />
      <SelectField
        label={t('training.application.origin')}
        value={origin}
        onChange={setOrigin}
        options={applicantOrigins.map((o) => ({ value: o, label: t(`training.origins.${o}`) }))}
      />
      <TextField
        label={t('training.application.motivation')}
        value={motivation}
        onChange={setMotivation}
        maxLength={1000}
      />
      {write.error && <ErrorNotice message={write.error} />}
      <button
        type="submit"
        className="button button--primary"
        disabled={write.busy || !person || !guarantor}
        data-testid="training-application-save"
      >
        {t('training.application.add')}
      </button>
    </form>
  );
}
