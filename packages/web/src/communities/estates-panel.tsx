import {
  type CommunitySurvey,
  courtyardInputSchema,
  type EstateType,
  estateInputSchema,
  estateTypes,
  ownersCommitteeStatuses,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { EstateEditForm } from './edit-forms';
import { FormFooter } from './form-footer';
import { EditableRow } from './record-actions';
import { optionalNumber, optionalText, SelectField, useOptions, useSurveySubmit } from './survey-fields';

type Saved = (survey: CommunitySurvey) => void;

/** Estates 小区 and their courtyards 院落: type, age, households, property company, owners' committee. */
export function EstatesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <div className="survey-panel">
      {survey.estates.length === 0 ? (
        <p className="muted">{t('survey.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('survey.estate.name')}</th>
                <th scope="col">{t('survey.estate.type')}</th>
                <th scope="col">{t('survey.estate.buildYear')}</th>
                <th scope="col">{t('survey.estate.households')}</th>
                <th scope="col">{t('survey.estate.propertyCompany')}</th>
                <th scope="col">{t('survey.estate.ownersCommittee')}</th>
                <th scope="col">{t('survey.estate.courtyards')}</th>
                <th scope="col">{t('survey.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {survey.estates.map((estate) => (
                <EditableRow
                  key={estate.id}
                  testId="estate"
                  span={7}
                  canEdit={survey.canEditProfile}
                  archivePath={null}
                  onSaved={onSaved}
                  editor={(close) => <EstateEditForm record={estate} onSaved={onSaved} onDone={close} />}
                >
                  <th scope="row">{estate.name}</th>
                  <td>{t(`estateType.${estate.estateType}`)}</td>
                  <td>{estate.buildYear ?? empty}</td>
                  <td className="numeric">{estate.households ?? empty}</td>
                  <td>{estate.propertyCompany || empty}</td>
                  <td>
                    {estate.ownersCommittee || empty}
                    {estate.ownersCommitteeStatus && (
                      <span className="muted">
                        {' '}
                        （{t(`survey.ownersCommitteeStatus.${estate.ownersCommitteeStatus}`)}）
                      </span>
                    )}
                  </td>
                  <td>
                    {estate.courtyards.map((c) => c.name).join(t('common.listSeparator')) || empty}
                    {survey.canEditProfile && <CourtyardForm estateId={estate.id} onSaved={onSaved} />}
                  </td>
                </EditableRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.canEditProfile && <EstateForm communityId={survey.communityId} onSaved={onSaved} />}
    </div>
  );
}

function EstateForm({ communityId, onSaved }: { communityId: string; onSaved: Saved }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [estateType, setEstateType] = useState<EstateType | ''>('');
  const [buildYear, setBuildYear] = useState('');
  const [households, setHouseholds] = useState('');
  const [propertyCompany, setPropertyCompany] = useState('');
  const [ownersCommittee, setOwnersCommittee] = useState('');
  const [status, setStatus] = useState<(typeof ownersCommitteeStatuses)[number] | ''>('');
  const form = useSurveySubmit(onSaved);
  const types = useOptions(estateTypes, 'estateType');
  const statuses = useOptions(ownersCommitteeStatuses, 'survey.ownersCommitteeStatus');

  async function submit() {
    const parsed = estateInputSchema.safeParse({
      name,
      estateType: estateType || undefined,
      buildYear: optionalNumber(buildYear),
      households: optionalNumber(households),
      propertyCompany: optionalText(propertyCompany),
      ownersCommittee: optionalText(ownersCommittee),
      ownersCommitteeStatus: status || undefined,
    });
    if (await form.send('post', `/api/communities/${communityId}/estates`, parsed)) {
      setName('');
      setBuildYear('');
      setHouseholds('');
      setPropertyCompany('');
      setOwnersCommittee('');
      setStatus('');
    }
  }

  return (
    <form className="form card" data-testid="estate-form" noValidate onSubmit={form.handler(submit)}>
      <h3>{t('survey.estate.newTitle')}</h3>
      <TextField
        label={t('survey.estate.name')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        required
        testId="estate-name"
        maxLength={60}
      />
      <SelectField
        label={t('survey.estate.type')}
        value={estateType}
        options={types}
        onChange={setEstateType}
        error={form.errors.estateType}
        required
        testId="estate-type"
      />
      <TextField
        label={t('survey.estate.buildYear')}
        hint={t('survey.estate.buildYearHint')}
        inputMode="numeric"
        value={buildYear}
        onChange={setBuildYear}
        error={form.errors.buildYear}
        testId="estate-build-year"
      />
      <TextField
        label={t('survey.estate.households')}
        inputMode="numeric"
        value={households}
        onChange={setHouseholds}
        error={form.errors.households}
        testId="estate-households"
      />
      <TextField
        label={t('survey.estate.propertyCompany')}
        value={propertyCompany}
        onChange={setPropertyCompany}
        error={form.errors.propertyCompany}
        maxLength={200}
      />
      <TextField
        label={t('survey.estate.ownersCommittee')}
        value={ownersCommittee}
        onChange={setOwnersCommittee}
        error={form.errors.ownersCommittee}
        maxLength={200}
      />
      <SelectField
        label={t('survey.estate.ownersCommitteeStatus')}
        value={status}
        options={statuses}
        onChange={setStatus}
        error={form.errors.ownersCommitteeStatus}
      />
      <FormFooter {...form} label={t('survey.add')} testId="estate-submit" />
    </form>
  );
}

function CourtyardForm({ estateId, onSaved }: { estateId: string; onSaved: Saved }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const form = useSurveySubmit(onSaved);
  async function submit() {
    if (await form.send('post', `/api/estates/${estateId}/courtyards`, courtyardInputSchema.safeParse({ name })))
      setName('');
  }
  return (
    <form className="form form--inline" data-testid="courtyard-form" noValidate onSubmit={form.handler(submit)}>
      <TextField
        label={t('survey.estate.courtyardName')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        maxLength={60}
      />
      <FormFooter {...form} label={t('survey.estate.addCourtyard')} testId="courtyard-submit" />
    </form>
  );
}
