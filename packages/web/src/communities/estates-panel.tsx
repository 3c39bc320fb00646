import type { CommunitySurvey } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { CourtyardForm, EstateForm } from './estate-form';
import { EditableRow } from './record-actions';

type Saved = (survey: CommunitySurvey) => void;

/** Estates 小区 and their courtyards 院落: type, age, households, property company, owners' committee. */
export function EstatesPanel({ survey, onSaved }: { survey: CommunitySurvey; onSaved: Saved }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  // Read once for the header and for each cell's data-label (its card on a phone).
  const label = {
    name: t('communities.estate.name'),
    type: t('communities.estate.type'),
    buildYear: t('communities.estate.buildYear'),
    households: t('communities.estate.households'),
    propertyCompany: t('communities.estate.propertyCompany'),
    ownersCommittee: t('communities.estate.ownersCommittee'),
    courtyards: t('communities.estate.courtyards'),
  };
  return (
    <div className="survey-panel">
      {survey.estates.length === 0 ? (
        <p className="muted">{t('communities.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{label.name}</th>
                <th scope="col">{label.type}</th>
                <th scope="col">{label.buildYear}</th>
                <th scope="col">{label.households}</th>
                <th scope="col">{label.propertyCompany}</th>
                <th scope="col">{label.ownersCommittee}</th>
                <th scope="col">{label.courtyards}</th>
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
                  <td data-label={label.type}>{t(`estateType.${estate.estateType}`)}</td>
                  <td data-label={label.buildYear}>{estate.buildYear ?? empty}</td>
                  <td className="numeric" data-label={label.households}>
                    {estate.households ?? empty}
                  </td>
                  <td data-label={label.propertyCompany}>{estate.propertyCompany || empty}</td>
                  <td data-label={label.ownersCommittee}>
                    {estate.ownersCommittee || empty}
                    {estate.ownersCommitteeStatus && (
                      <span className="muted">
                        {' '}
                        （{t(`communities.ownersCommitteeStatus.${estate.ownersCommitteeStatus}`)}）
                      </span>
                    )}
                  </td>
                  <td data-label={label.courtyards}>
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
