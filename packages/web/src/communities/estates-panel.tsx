import type { CommunitySurvey } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { CourtyardForm, EstateForm } from './estate-form';
import { EditableRow } from './record-actions';

type Saved = (survey: CommunitySurvey) => void;

/** Estates 小区 and their courtyards 院落: type, age, households, property company, owners' committee. */
export function EstatesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <div className="survey-panel">
      {survey.estates.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('communities.estate.name')}</th>
                <th scope="col">{t('communities.estate.type')}</th>
                <th scope="col">{t('communities.estate.buildYear')}</th>
                <th scope="col">{t('communities.estate.households')}</th>
                <th scope="col">{t('communities.estate.propertyCompany')}</th>
                <th scope="col">{t('communities.estate.ownersCommittee')}</th>
                <th scope="col">{t('communities.estate.courtyards')}</th>
                <th scope="col">{t('communities.actions')}</th>
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
                  editor={(close) => <EstateForm survey={survey} record={estate} onSaved={onSaved} onDone={close} />}
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
                        （{t(`communities.ownersCommitteeStatus.${estate.ownersCommitteeStatus}`)}）
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
      {survey.canEditProfile && <EstateForm survey={survey} onSaved={onSaved} />}
    </div>
  );
}
