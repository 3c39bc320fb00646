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
  type StakeholderKind,
  shanghaiDate,
  stakeholderInputSchema,
  stakeholderKinds,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { StakeholderEditForm } from './edit-forms';
import { FormFooter } from './form-footer';
import { RecordActions } from './record-actions';
import { optionalText, SelectField, useOptions, useSurveySubmit } from './survey-fields';

/** Dates of a record default to today (in China): what staff mean nine times out of ten. */
const today = () => shanghaiDate(new Date());

type Saved = (survey: CommunitySurvey) => void;

/** Stakeholders with their attitude over time and the engagement log (seed 003 §1, §3). */
export function StakeholdersPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  return (
    <div className="survey-panel">
      {survey.stakeholders.length === 0 ? (
        <p className="muted">{t('survey.none')}</p>
      ) : (
        <ul className="card-grid">
          {survey.stakeholders.map((s) => (
            <StakeholderCard
              key={s.id}
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
  stakeholder,
  canRecord,
  canEdit,
  onSaved,
}: {
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
        {stakeholder.name} <span className="muted">{t(`survey.stakeholderKind.${stakeholder.kind}`)}</span>
      </h3>
      <dl className="facts facts--compact">
        <div className="facts__row">
          <dt>{t('survey.stakeholder.contactName')}</dt>
          <dd>{stakeholder.contactName || empty}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('survey.stakeholder.contactPhone')}</dt>
          <dd data-testid="stakeholder-phone">{stakeholder.contactPhone || empty}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('survey.stakeholder.attitude')}</dt>
          <dd data-testid="stakeholder-attitude">
            {stakeholder.attitude ? t(`committeeAttitude.${stakeholder.attitude}`) : empty}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('survey.stakeholder.participation')}</dt>
          <dd>
            {stakeholder.participationLevel ? t(`survey.participationLevel.${stakeholder.participationLevel}`) : empty}
          </dd>
        </div>
        {stakeholder.relationshipNotes && (
          <div className="facts__row">
            <dt>{t('survey.stakeholder.relationshipNotes')}</dt>
            <dd>{stakeholder.relationshipNotes}</dd>
          </div>
        )}
      </dl>
      {stakeholder.attitudes.length > 0 && (
        <details>
          <summary>{t('survey.stakeholder.attitudeHistory')}</summary>
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
            {t('survey.stakeholder.engagements')} ({stakeholder.engagements.length})
          </summary>
          <ul className="timeline" data-testid="engagement-log">
            {stakeholder.engagements.map((e) => (
              <li key={e.id}>
                <time dateTime={e.happenedOn}>{e.happenedOn}</time> {t(`survey.engagementKind.${e.kind}`)} ·{' '}
                {t(`survey.participationLevel.${e.participationLevel}`)} — {e.summary}{' '}
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
      {isEditing && <StakeholderEditForm record={stakeholder} onSaved={onSaved} onDone={() => setEditing(false)} />}
      {canRecord && <RecordForms stakeholderId={stakeholder.id} onSaved={onSaved} />}
    </li>
  );
}

function RecordForms({ stakeholderId, onSaved }: { stakeholderId: string; onSaved: Saved }) {
  const { t } = useTranslation();
  const [attitude, setAttitude] = useState<CommitteeAttitude | ''>('');
  const [observedOn, setObservedOn] = useState(today);
  const [happenedOn, setHappenedOn] = useState(today);
  const [kind, setKind] = useState<(typeof engagementKinds)[number] | ''>('');
  const [level, setLevel] = useState<ParticipationLevel | ''>('');
  const [summary, setSummary] = useState('');
  const attitudeForm = useSurveySubmit(onSaved);
  const engagementForm = useSurveySubmit(onSaved);
  const attitudes = useOptions(committeeAttitudes, 'committeeAttitude');
  const kinds = useOptions(engagementKinds, 'survey.engagementKind');
  const levels = useOptions(participationLevels, 'survey.participationLevel');

  return (
    <details>
      <summary>{t('survey.stakeholder.logEngagement')}</summary>
      <form
        className="form"
        data-testid="attitude-form"
        noValidate
        onSubmit={attitudeForm.handler(() =>
          attitudeForm.send(
            'post',
            `/api/stakeholders/${stakeholderId}/attitudes`,
            attitudeInputSchema.safeParse({ attitude: attitude || undefined, observedOn }),
          ),
        )}
      >
        <SelectField
          label={t('survey.stakeholder.attitude')}
          value={attitude}
          options={attitudes}
          onChange={setAttitude}
          error={attitudeForm.errors.attitude}
          required
        />
        <TextField
          label={t('survey.stakeholder.attitudeOn')}
          type="date"
          value={observedOn}
          onChange={setObservedOn}
          error={attitudeForm.errors.observedOn}
          required
        />
        <FormFooter {...attitudeForm} label={t('survey.stakeholder.recordAttitude')} testId="attitude-submit" />
      </form>
      <form
        className="form"
        data-testid="engagement-form"
        noValidate
        onSubmit={engagementForm.handler(async () => {
          const parsed = engagementInputSchema.safeParse({
            happenedOn,
            kind: kind || undefined,
            participationLevel: level || undefined,
            summary,
          });
          if (await engagementForm.send('post', `/api/stakeholders/${stakeholderId}/engagements`, parsed))
            setSummary('');
        })}
      >
        <TextField
          label={t('survey.stakeholder.happenedOn')}
          type="date"
          value={happenedOn}
          onChange={setHappenedOn}
          error={engagementForm.errors.happenedOn}
          required
        />
        <SelectField
          label={t('survey.stakeholder.engagementKindLabel')}
          value={kind}
          options={kinds}
          onChange={setKind}
          error={engagementForm.errors.kind}
          required
        />
        <SelectField
          label={t('survey.stakeholder.participation')}
          value={level}
          options={levels}
          onChange={setLevel}
          error={engagementForm.errors.participationLevel}
          required
        />
        <TextField
          label={t('survey.stakeholder.summary')}
          value={summary}
          onChange={setSummary}
          error={engagementForm.errors.summary}
          maxLength={500}
          required
        />
        <FormFooter {...engagementForm} label={t('survey.stakeholder.logEngagement')} testId="engagement-submit" />
      </form>
    </details>
  );
}

function StakeholderForm({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<StakeholderKind | ''>('');
  const [name, setName] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [notes, setNotes] = useState('');
  const [attitude, setAttitude] = useState<CommitteeAttitude | ''>('');
  const [estateId, setEstateId] = useState('');
  const form = useSurveySubmit(onSaved);
  const kinds = useOptions(stakeholderKinds, 'survey.stakeholderKind');
  const attitudes = useOptions(committeeAttitudes, 'committeeAttitude');
  const estates = survey.estates.map((e) => ({ value: e.id, label: e.name }));

  async function submit() {
    const parsed = stakeholderInputSchema.safeParse({
      kind: kind || undefined,
      name,
      contactName: optionalText(contactName),
      contactPhone: optionalText(contactPhone),
      relationshipNotes: optionalText(notes),
      attitude: attitude || undefined,
      estateId: estateId || undefined,
    });
    if (await form.send('post', `/api/communities/${survey.communityId}/stakeholders`, parsed)) {
      setName('');
      setContactName('');
      setContactPhone('');
      setNotes('');
      setAttitude('');
    }
  }

  return (
    <form className="form card" data-testid="stakeholder-form" noValidate onSubmit={form.handler(submit)}>
      <h3>{t('survey.stakeholder.newTitle')}</h3>
      <SelectField
        label={t('survey.stakeholder.kindLabel')}
        value={kind}
        options={kinds}
        onChange={setKind}
        error={form.errors.kind}
        required
        testId="stakeholder-kind"
      />
      <TextField
        label={t('survey.stakeholder.name')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        maxLength={60}
        required
        testId="stakeholder-name"
      />
      <SelectField
        label={t('survey.resource.estate')}
        value={estateId}
        options={estates}
        onChange={setEstateId}
        error={form.errors.estateId}
      />
      <TextField
        label={t('survey.stakeholder.contactName')}
        value={contactName}
        onChange={setContactName}
        error={form.errors.contactName}
        maxLength={60}
      />
      <TextField
        label={t('survey.stakeholder.contactPhone')}
        type="tel"
        inputMode="tel"
        value={contactPhone}
        onChange={setContactPhone}
        error={form.errors.contactPhone}
        testId="stakeholder-phone-input"
      />
      <SelectField
        label={t('survey.stakeholder.attitude')}
        value={attitude}
        options={attitudes}
        onChange={setAttitude}
        error={form.errors.attitude}
        testId="stakeholder-attitude-input"
      />
      <TextField
        label={t('survey.stakeholder.relationshipNotes')}
        multiline
        value={notes}
        onChange={setNotes}
        error={form.errors.relationshipNotes}
        maxLength={5000}
      />
      <FormFooter {...form} label={t('survey.add')} testId="stakeholder-submit" />
    </form>
  );
}
