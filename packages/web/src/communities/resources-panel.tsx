import {
  type CommunitySurvey,
  type Resource,
  type ResourceCategory,
  resourceCategories,
  resourceInputSchema,
  resourcePersistences,
  resourceUseInputSchema,
  shanghaiDate,
} from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../shared/text-field';
import { FormFooter } from './form-footer';
import { ResourceEditForm } from './link-edit-forms';
import { EditableRow } from './record-actions';
import { optionalText, SelectField, useOptions, useSurveySubmit } from './survey-fields';

/** Dates of a record default to today (in China): what staff mean nine times out of ten. */
const today = () => shanghaiDate(new Date());

type Saved = (survey: CommunitySurvey) => void;

/** Resources 人文地产景 and money/material/skills: found when, by whom, how; used when. */
export function ResourcesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  return (
    <div className="survey-panel">
      {survey.resources.length === 0 ? (
        <p className="muted">{t('survey.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('survey.resource.name')}</th>
                <th scope="col">{t('survey.resource.category')}</th>
                <th scope="col">{t('survey.resource.foundOn')}</th>
                <th scope="col">{t('survey.resource.foundHow')}</th>
                <th scope="col">{t('survey.resource.persistence')}</th>
                <th scope="col">{t('survey.resource.uses')}</th>
                <th scope="col">{t('survey.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {survey.resources.map((resource) => (
                <ResourceRow key={resource.id} resource={resource} survey={survey} onSaved={onSaved} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.canRecord && <ResourceForm survey={survey} onSaved={onSaved} />}
    </div>
  );
}

function ResourceRow({ resource, survey, onSaved }: { resource: Resource; survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const canRecord = survey.canRecord;
  const empty = t('common.empty');
  const [usedOn, setUsedOn] = useState(today);
  const form = useSurveySubmit(onSaved);
  const linked = [
    resource.space?.name,
    resource.person?.name,
    resource.organization?.name,
    resource.estate?.name,
  ].filter(Boolean);
  return (
    <EditableRow
      testId="resource"
      span={6}
      canEdit={canRecord}
      archivePath={survey.canEditProfile ? `/api/resources/${resource.id}/archive` : null}
      onSaved={onSaved}
      editor={(close) => <ResourceEditForm record={resource} survey={survey} onSaved={onSaved} onDone={close} />}
    >
      <th scope="row">
        {resource.name}
        {linked.length > 0 && <div className="muted">{linked.join(t('common.listSeparator'))}</div>}
        <div className="muted">
          {resource.pinX === null ? t('survey.resource.notPinned') : t('survey.resource.pinned')}
        </div>
      </th>
      <td>{t(`survey.resourceCategory.${resource.category}`)}</td>
      <td>
        {resource.foundOn}
        <div className="muted">{resource.foundBy}</div>
      </td>
      <td>{resource.foundHow || empty}</td>
      <td>{t(`survey.persistence.${resource.persistence}`)}</td>
      <td>
        {resource.uses.length === 0
          ? t('survey.resource.unused')
          : resource.uses.map((u) => u.usedOn).join(t('common.listSeparator'))}
        {canRecord && (
          <form
            className="form form--inline"
            data-testid="resource-use-form"
            noValidate
            onSubmit={form.handler(() =>
              form.send('post', `/api/resources/${resource.id}/uses`, resourceUseInputSchema.safeParse({ usedOn })),
            )}
          >
            <TextField
              label={t('survey.resource.usedOn')}
              type="date"
              value={usedOn}
              onChange={setUsedOn}
              error={form.errors.usedOn}
            />
            <FormFooter {...form} label={t('survey.resource.recordUse')} testId="resource-use-submit" />
          </form>
        )}
      </td>
    </EditableRow>
  );
}

function ResourceForm({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<ResourceCategory | ''>('');
  const [foundOn, setFoundOn] = useState(today);
  const [foundHow, setFoundHow] = useState('');
  const [persistence, setPersistence] = useState<(typeof resourcePersistences)[number] | ''>('');
  const [spaceId, setSpaceId] = useState('');
  const [estateId, setEstateId] = useState('');
  const form = useSurveySubmit(onSaved);
  const categories = useOptions(resourceCategories, 'survey.resourceCategory');
  const persistences = useOptions(resourcePersistences, 'survey.persistence');

  async function submit() {
    const parsed = resourceInputSchema.safeParse({
      name,
      category: category || undefined,
      foundOn,
      foundHow: optionalText(foundHow),
      persistence: persistence || undefined,
      spaceId: spaceId || undefined,
      estateId: estateId || undefined,
    });
    if (await form.send('post', `/api/communities/${survey.communityId}/resources`, parsed)) {
      setName('');
      setFoundHow('');
    }
  }

  return (
    <form className="form card" data-testid="resource-form" noValidate onSubmit={form.handler(submit)}>
      <h3>{t('survey.resource.newTitle')}</h3>
      <TextField
        label={t('survey.resource.name')}
        value={name}
        onChange={setName}
        error={form.errors.name}
        maxLength={60}
        required
        testId="resource-name"
      />
      <SelectField
        label={t('survey.resource.category')}
        value={category}
        options={categories}
        onChange={setCategory}
        error={form.errors.category}
        required
        testId="resource-category"
      />
      <TextField
        label={t('survey.resource.foundOn')}
        type="date"
        value={foundOn}
        onChange={setFoundOn}
        error={form.errors.foundOn}
        required
        testId="resource-found-on"
      />
      <TextField
        label={t('survey.resource.foundHow')}
        value={foundHow}
        onChange={setFoundHow}
        error={form.errors.foundHow}
        maxLength={200}
      />
      <SelectField
        label={t('survey.resource.persistence')}
        value={persistence}
        options={persistences}
        onChange={setPersistence}
        error={form.errors.persistence}
        required
        testId="resource-persistence"
      />
      <SelectField
        label={t('survey.resource.space')}
        value={spaceId}
        options={survey.spaces.map((s) => ({ value: s.id, label: s.name }))}
        onChange={setSpaceId}
        error={form.errors.spaceId}
      />
      <SelectField
        label={t('survey.resource.estate')}
        value={estateId}
        options={survey.estates.map((e) => ({ value: e.id, label: e.name }))}
        onChange={setEstateId}
        error={form.errors.estateId}
      />
      <FormFooter {...form} label={t('survey.add')} testId="resource-submit" />
    </form>
  );
}
