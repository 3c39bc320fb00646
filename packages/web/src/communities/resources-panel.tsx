import { type CommunitySurvey, type Resource, resourceUseInputSchema, shanghaiDate } from '@seedbed/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormFooter } from '../shared/form-footer';
import { TextField } from '../shared/text-field';
import { useSchemaForm } from '../shared/use-schema-form';
import { EditableRow } from './record-actions';
import { ResourceForm } from './resource-form';
import { sendSurvey } from './survey-fields';

/** Dates of a record default to today (in China): what staff mean nine times out of ten. */
const today = () => shanghaiDate(new Date());

type Saved = (survey: CommunitySurvey) => void;

/** Column names, read once for the header and for each cell's data-label (its card on a phone). */
const resourceLabels = (t: TFunction) => ({
  name: t('communities.resource.name'),
  category: t('communities.resource.category'),
  foundOn: t('communities.resource.foundOn'),
  foundHow: t('communities.resource.foundHow'),
  persistence: t('communities.resource.persistence'),
  uses: t('communities.resource.uses'),
});

/** Resources 人文地产景 and money/material/skills: found when, by whom, how; used when. */
export function ResourcesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const label = resourceLabels(t);
  return (
    <div className="survey-panel">
      {survey.resources.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{label.name}</th>
                <th scope="col">{label.category}</th>
                <th scope="col">{label.foundOn}</th>
                <th scope="col">{label.foundHow}</th>
                <th scope="col">{label.persistence}</th>
                <th scope="col">{label.uses}</th>
                <th scope="col">{t('communities.actions')}</th>
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
  const label = resourceLabels(t);
  const form = useSchemaForm(
    resourceUseInputSchema,
    { usedOn: today() },
    { send: sendSurvey('post', `/api/resources/${resource.id}/uses`), onSaved },
  );
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
      editor={(close) => <ResourceForm survey={survey} record={resource} onSaved={onSaved} onDone={close} />}
    >
      <th scope="row">
        {resource.name}
        {linked.length > 0 && <div className="muted">{linked.join(t('common.listSeparator'))}</div>}
        <div className="muted">
          {resource.pinX === null ? t('communities.resource.notPinned') : t('communities.resource.pinned')}
        </div>
      </th>
      <td data-label={label.category}>{t(`communities.resourceCategory.${resource.category}`)}</td>
      <td data-label={label.foundOn}>
        {resource.foundOn}
        <div className="muted">{resource.foundBy}</div>
      </td>
      <td data-label={label.foundHow}>{resource.foundHow || empty}</td>
      <td data-label={label.persistence}>{t(`communities.persistence.${resource.persistence}`)}</td>
      <td data-label={label.uses}>
        {resource.uses.length === 0
          ? t('communities.resource.unused')
          : resource.uses.map((u) => u.usedOn).join(t('common.listSeparator'))}
        {canRecord && (
          <form className="form form--inline" data-testid="resource-use-form" noValidate onSubmit={form.onSubmit}>
            <TextField label={t('communities.resource.usedOn')} type="date" {...form.field('usedOn')} />
            <FormFooter state={form} label={t('communities.resource.recordUse')} testId="resource-use-submit" />
          </form>
        )}
      </td>
    </EditableRow>
  );
}
