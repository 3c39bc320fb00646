import {
  attitudeInputSchema,
  type CommitteeAttitude,
  type CommunitySurvey,
  committeeAttitudes,
  engagementInputSchema,
  engagementKinds,
  type ParticipationLevel,
  participationLevels,
  type Stakeholder,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { RecordActions } from './record-actions';
import { StakeholderForm } from './stakeholder-form';
import { SelectField, sendSurvey, useOptions } from './survey-fields';

type EngagementKind = (typeof engagementKinds)[number];

/** Dates of a record default to today (in China): what staff mean nine times out of ten. */
const today = () => shanghaiDate(new Date());

type Saved = (survey: CommunitySurvey) => void;

/** Stakeholders with their attitude over time and the engagement log (seed 003 §1, §3). */
export function StakeholdersPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  return (
    <div className="survey-panel">
      {survey.stakeholders.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <ul className="card-grid">
          {survey.stakeholders.map((s) => (
            <StakeholderCard
              key={s.id}
              survey={survey}
              stakeholder={s}
              canRecord={survey.canRecord}
              canEdit={survey.canEditProfile}
              onSaved={onSaved}
            />
          ))}
        </ul>
      )}
      {survey.canEditProfile && <StakeholderForm survey={survey} onSaved={onSaved} />}
    </div>
  );
}

function StakeholderCard({
  survey,
  stakeholder,
  canRecord,
  canEdit,
  onSaved,
}: {
  survey: CommunitySurvey;
  stakeholder: Stakeholder;
  canRecord: boolean;
  /** Editing and archiving a stakeholder are staff's, like adding one. */
  canEdit: boolean;
  onSaved: Saved;
}) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const [isEditing, setEditing] = useState(false);
  return (
    <li className="card" data-testid="stakeholder-row">
      <h3>
        {stakeholder.name} <span className="muted">{t(`communities.stakeholderKind.${stakeholder.kind}`)}</span>
      </h3>
      <dl className="facts facts--compact">
        <div className="facts__row">
          <dt>{t('communities.stakeholder.contactName')}</dt>
          <dd>{stakeholder.contactName || empty}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('communities.stakeholder.contactPhone')}</dt>
          <dd data-testid="stakeholder-phone">{stakeholder.contactPhone || empty}</dd>
        </div>
        {/* Absent on the committee's own row for all but the incubator (core's surveyAsSeenBy). */}
        {stakeholder.attitude !== undefined && (
          <div className="facts__row">
            <dt>{t('communities.stakeholder.attitude')}</dt>
            <dd data-testid="stakeholder-attitude">
              {stakeholder.attitude ? t(`committeeAttitude.${stakeholder.attitude}`) : empty}
            </dd>
          </div>
        )}
        <div className="facts__row">
          <dt>{t('communities.stakeholder.participation')}</dt>
          <dd>
            {stakeholder.participationLevel
              ? t(`communities.participationLevel.${stakeholder.participationLevel}`)
              : empty}
          </dd>
        </div>
        {stakeholder.relationshipNotes && (
          <div className="facts__row">
            <dt>{t('communities.stakeholder.relationshipNotes')}</dt>
            <dd>{stakeholder.relationshipNotes}</dd>
          </div>
        )}
      </dl>
      {stakeholder.attitudes && stakeholder.attitudes.length > 0 && (
        <details>
          <summary>{t('communities.stakeholder.attitudeHistory')}</summary>
          <ul className="timeline" data-testid="attitude-history">
            {stakeholder.attitudes.map((a) => (
              <li key={a.id}>
                <time dateTime={a.observedOn}>{a.observedOn}</time> {t(`committeeAttitude.${a.attitude}`)}
                {a.note && <span className="muted"> — {a.note}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {stakeholder.engagements.length > 0 && (
        <details>
          <summary>
            {t('communities.stakeholder.engagements')} ({stakeholder.engagements.length})
          </summary>
          <ul className="timeline" data-testid="engagement-log">
            {stakeholder.engagements.map((e) => (
              <li key={e.id}>
                <time dateTime={e.happenedOn}>{e.happenedOn}</time> {t(`communities.engagementKind.${e.kind}`)} ·{' '}
                {t(`communities.participationLevel.${e.participationLevel}`)} — {e.summary}{' '}
                <span className="muted">（{e.madeBy}）</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <RecordActions
        testId="stakeholder"
        isEditing={isEditing}
        onToggle={() => setEditing((open) => !open)}
        canEdit={canEdit}
        archivePath={canEdit ? `/api/stakeholders/${stakeholder.id}/archive` : null}
        onSaved={onSaved}
      />
      {isEditing && (
        <StakeholderForm survey={survey} record={stakeholder} onSaved={onSaved} onDone={() => setEditing(false)} />
      )}
      {canRecord && <RecordForms stakeholderId={stakeholder.id} onSaved={onSaved} />}
    </li>
  );
}

function RecordForms({ stakeholderId, onSaved }: { stakeholderId: string; onSaved: Saved }) {
  const { t } = useTranslation();
  const attitudeForm = useSchemaForm(
    attitudeInputSchema,
    { attitude: '' as CommitteeAttitude | '', observedOn: today() },
    {
      toInput: (values) => ({ ...values, attitude: values.attitude || undefined }),
      send: sendSurvey('post', `/api/stakeholders/${stakeholderId}/attitudes`),
      onSaved,
    },
  );
  const engagementForm = useSchemaForm(
    engagementInputSchema,
    {
      happenedOn: today(),
      kind: '' as EngagementKind | '',
      participationLevel: '' as ParticipationLevel | '',
      summary: '',
    },
    {
      toInput: (values) => ({
        ...values,
        kind: values.kind || undefined,
        participationLevel: values.participationLevel || undefined,
      }),
      send: sendSurvey('post', `/api/stakeholders/${stakeholderId}/engagements`),
      onSaved,
      afterSave: (values) => ({ ...values, summary: '' }),
    },
  );
  const attitudes = useOptions(committeeAttitudes, 'committeeAttitude');
  const kinds = useOptions(engagementKinds, 'communities.engagementKind');
  const levels = useOptions(participationLevels, 'communities.participationLevel');

  return (
    <details>
      <summary>{t('communities.stakeholder.logEngagement')}</summary>
      <form className="form" data-testid="attitude-form" noValidate onSubmit={attitudeForm.onSubmit}>
        <SelectField
          label={t('communities.stakeholder.attitude')}
          options={attitudes}
          {...attitudeForm.field('attitude')}
        />
        <TextField label={t('communities.stakeholder.attitudeOn')} type="date" {...attitudeForm.field('observedOn')} />
        <FormFooter state={attitudeForm} label={t('communities.stakeholder.recordAttitude')} testId="attitude-submit" />
      </form>
      <form className="form" data-testid="engagement-form" noValidate onSubmit={engagementForm.onSubmit}>
        <TextField
          label={t('communities.stakeholder.happenedOn')}
          type="date"
          {...engagementForm.field('happenedOn')}
        />
        <SelectField
          label={t('communities.stakeholder.engagementKindLabel')}
          options={kinds}
          {...engagementForm.field('kind')}
        />
        <SelectField
          label={t('communities.stakeholder.participation')}
          options={levels}
          {...engagementForm.field('participationLevel')}
        />
        <TextField label={t('communities.stakeholder.summary')} {...engagementForm.field('summary')} />
        <FormFooter
          state={engagementForm}
          label={t('communities.stakeholder.logEngagement')}
          testId="engagement-submit"
        />
      </form>
    </details>
  );
}
