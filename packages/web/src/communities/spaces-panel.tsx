import type { CommunitySurvey } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { EditableRow } from './record-actions';
import { SpaceForm } from './space-form';

/** Usable spaces: owner, capacity, opening rules, manager, how often used (seed 003 §1). */
export function SpacesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: (s: CommunitySurvey) => void }) {
  const { t } = useTranslation();
  const empty = t('common.empty');

  return (
    <div className="survey-panel">
      {survey.spaces.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('communities.space.name')}</th>
                <th scope="col">{t('communities.space.owner')}</th>
                <th scope="col">{t('communities.space.capacity')}</th>
                <th scope="col">{t('communities.space.openingRules')}</th>
                <th scope="col">{t('communities.space.manager')}</th>
                <th scope="col">{t('communities.space.usageFrequency')}</th>
                <th scope="col">{t('communities.actions')}</th>
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
                  editor={(close) => <SpaceForm survey={survey} record={space} onSaved={onSaved} onDone={close} />}
                >
                  <th scope="row">
                    {space.name}
                    {space.estate && <div className="muted">{space.estate.name}</div>}
                  </th>
                  <td>{t(`communities.spaceOwner.${space.owner}`)}</td>
                  <td className="numeric">{space.capacity ?? empty}</td>
                  <td>{space.openingRules || empty}</td>
                  <td>{space.manager || empty}</td>
                  <td>{space.usageFrequency ? t(`communities.usageFrequency.${space.usageFrequency}`) : empty}</td>
                </EditableRow>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.canRecord && <SpaceForm survey={survey} onSaved={onSaved} />}
    </div>
  );
}
