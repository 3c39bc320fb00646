import type { CommunitySurvey } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { EditableRow } from './record-actions';
import { SpaceForm } from './space-form';

/** Usable spaces: owner, capacity, opening rules, manager, how often used (seed 003 §1). */
export function SpacesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: (s: CommunitySurvey) => void }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  // Read once for the header and for each cell's data-label (its card on a phone).
  const label = {
    name: t('communities.space.name'),
    owner: t('communities.space.owner'),
    capacity: t('communities.space.capacity'),
    openingRules: t('communities.space.openingRules'),
    manager: t('communities.space.manager'),
    usageFrequency: t('communities.space.usageFrequency'),
  };

  return (
    <div className="survey-panel">
      {survey.spaces.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{label.name}</th>
                <th scope="col">{label.owner}</th>
                <th scope="col">{label.capacity}</th>
                <th scope="col">{label.openingRules}</th>
                <th scope="col">{label.manager}</th>
                <th scope="col">{label.usageFrequency}</th>
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
                  <td data-label={label.owner}>{t(`communities.spaceOwner.${space.owner}`)}</td>
                  <td className="numeric" data-label={label.capacity}>
                    {space.capacity ?? empty}
                  </td>
                  <td data-label={label.openingRules}>{space.openingRules || empty}</td>
                  <td data-label={label.manager}>{space.manager || empty}</td>
                  <td data-label={label.usageFrequency}>
                    {space.usageFrequency ? t(`communities.usageFrequency.${space.usageFrequency}`) : empty}
                  </td>
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
