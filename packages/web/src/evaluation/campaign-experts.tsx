import { type Campaign, type ExpertAssignment, expertSpecialities } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';

/**
 * The campaign's experts 专家评审 (staff): added by speciality, removed while a draft or open — the
 * server refuses to remove one who has scored (the expert mean already counts that sheet).
 */
export function CampaignExperts({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const path = `/api/evaluation-campaigns/${campaign.id}/experts`;
  const experts = useResource<ExpertAssignment[]>(path);
  const candidates = useResource<{ userId: string; displayName: string }[]>(
    `/api/evaluation-campaigns/${campaign.id}/expert-candidates`,
  );
  const [userId, setUserId] = useState('');
  const [speciality, setSpeciality] = useState<string>('project');
  const write = useWrite(experts.refresh);
  const isEditable = campaign.status === 'draft' || campaign.status === 'open';
  return (
    <section data-testid="evaluation-experts">
      <h2>{t('evaluation.campaign.experts')}</h2>
      <ResourceView resource={experts.resource} onRetry={experts.reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t('evaluation.campaign.noExperts')}</p>
          ) : (
            <ul className="evaluation-experts">
              {list.map((expert) => (
                <li key={expert.id} data-testid="evaluation-expert">
                  <span>
                    {expert.displayName} · {t(`evaluation.speciality.${expert.speciality}`)}
                  </span>
                  {isEditable && (
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={write.busy}
                      onClick={() => write.run(() => api.delete(`${path}/${expert.id}`))}
                      data-testid="evaluation-remove-expert"
                    >
                      {t('evaluation.campaign.removeExpert')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </ResourceView>
      {write.error && <ErrorNotice message={write.error} />}
      {isEditable && candidates.resource.status === 'ready' && candidates.resource.data.length > 0 && (
        <div className="evaluation-actions">
          <SelectField
            label={t('evaluation.campaign.expert')}
            value={userId}
            onChange={setUserId}
            options={[
              { value: '', label: '—' },
              ...candidates.resource.data.map((c) => ({ value: c.userId, label: c.displayName })),
            ]}
            testId="evaluation-expert-choice"
          />
          <SelectField
            label={t('evaluation.campaign.speciality')}
            value={speciality}
            onChange={setSpeciality}
            options={expertSpecialities.map((s) => ({ value: s, label: t(`evaluation.speciality.${s}`) }))}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={write.busy || userId === ''}
            onClick={() => write.run(() => api.post(path, { userId, speciality }))}
            data-testid="evaluation-add-expert"
          >
            {t('evaluation.campaign.addExpert')}
          </button>
        </div>
      )}
    </section>
  );
}
