import { type CommunitySurvey, spaceInputSchema, spaceOwners, usageFrequencies } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { SpaceEditForm } from './edit-forms';
import { FormFooter } from './form-footer';
import { EditableRow } from './record-actions';
import { optionalNumber, optionalText, SelectField, useOptions, useSurveySubmit } from './survey-fields';

/** Usable spaces: owner, capacity, opening rules, manager, how often used (seed 003 §1). */
export function SpacesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: (s: CommunitySurvey) => void }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const [name, setName] = useState('');
  const [owner, setOwner] = useState<(typeof spaceOwners)[number] | ''>('');
  const [capacity, setCapacity] = useState('');
  const [rules, setRules] = useState('');
  const [manager, setManager] = useState('');
  const [frequency, setFrequency] = useState<(typeof usageFrequencies)[number] | ''>('');
  const form = useSurveySubmit(onSaved);
  const owners = useOptions(spaceOwners, 'survey.spaceOwner');
  const frequencies = useOptions(usageFrequencies, 'survey.usageFrequency');

  async function submit() {
    const parsed = spaceInputSchema.safeParse({
      name,
      owner: owner || undefined,
      capacity: optionalNumber(capacity),
      openingRules: optionalText(rules),
      manager: optionalText(manager),
      usageFrequency: frequency || undefined,
    });
    if (await form.send('post', `/api/communities/${survey.communityId}/spaces`, parsed)) {
      setName('');
      setCapacity('');
      setRules('');
      setManager('');
    }
  }

  return (
    <div className="survey-panel">
      {survey.spaces.length === 0 ? (
        <p className="muted">{t('survey.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('survey.space.name')}</th>
                <th scope="col">{t('survey.space.owner')}</th>
                <th scope="col">{t('survey.space.capacity')}</th>
                <th scope="col">{t('survey.space.openingRules')}</th>
                <th scope="col">{t('survey.space.manager')}</th>
                <th scope="col">{t('survey.space.usageFrequency')}</th>
                <th scope="col">{t('survey.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {survey.spaces.map((space) => (
                <EditableRow
                  key={space.id}
                  testId="space"
                  span={6}
                  canEdit={survey.canRecord}
                  archivePath={survey.canEditProfile ? `/api/spaces/${space.id}/archive` : null}
                  onSaved={onSaved}
                  editor={(close) => <SpaceEditForm record={space} onSaved={onSaved} onDone={close} />}
                >
                  <th scope="row">
                    {space.name}
                    {space.estate && <div className="muted">{space.estate.name}</div>}
                  </th>
                  <td>{t(`survey.spaceOwner.${space.owner}`)}</td>
                  <td className="numeric">{space.capacity ?? empty}</td>
                  <td>{space.openingRules || empty}</td>
                  <td>{space.manager || empty}</td>
                  <td>{space.usageFrequency ? t(`survey.usageFrequency.${space.usageFrequency}`) : empty}</td>
                </EditableRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.canRecord && (
        <form className="form card" data-testid="space-form" noValidate onSubmit={form.handler(submit)}>
          <h3>{t('survey.space.newTitle')}</h3>
          <TextField
            label={t('survey.space.name')}
            value={name}
            onChange={setName}
            error={form.errors.name}
            maxLength={60}
            required
            testId="space-name"
          />
          <SelectField
            label={t('survey.space.owner')}
            value={owner}
            options={owners}
            onChange={setOwner}
            error={form.errors.owner}
            required
            testId="space-owner"
          />
          <TextField
            label={t('survey.space.capacity')}
            inputMode="numeric"
            value={capacity}
            onChange={setCapacity}
            error={form.errors.capacity}
          />
          <TextField
            label={t('survey.space.openingRules')}
            value={rules}
            onChange={setRules}
            error={form.errors.openingRules}
            maxLength={200}
          />
          <TextField
            label={t('survey.space.manager')}
            value={manager}
            onChange={setManager}
            error={form.errors.manager}
            maxLength={200}
          />
          <SelectField
            label={t('survey.space.usageFrequency')}
            value={frequency}
            options={frequencies}
            onChange={setFrequency}
            error={form.errors.usageFrequency}
          />
          <FormFooter {...form} label={t('survey.add')} testId="space-submit" />
        </form>
      )}
    </div>
  );
}
