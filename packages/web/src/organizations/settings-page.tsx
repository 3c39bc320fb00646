import { type StageModel, type StageModelSetting, stageModelUpdateInputSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import './organizations.css';

/**
 * /settings (admin): the deployment's growth-stage model. Other roles get the server's 403 page.
 * Past assessments keep their own model; the page says so before the change.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organizations.settings.title'));
  const { resource, replace, reload } = useResource<StageModelSetting>('/api/settings/stage-model');
  return (
    <article className="page page--narrow" data-testid="settings-page">
      <h1>{t('organizations.settings.title')}</h1>
      <ResourceView resource={resource} onRetry={reload}>
        {(setting) => <StageModelForm key={setting.stageModel} setting={setting} onSaved={replace} />}
      </ResourceView>
    </article>
  );
}

function putStageModel(stageModel: StageModel): Promise<StageModelSetting> {
  return api.put<StageModelSetting>('/api/settings/stage-model', { stageModel });
}

function StageModelForm({ setting, onSaved }: { setting: StageModelSetting; onSaved: (s: StageModelSetting) => void }) {
  const { t } = useTranslation();
  const form = useSchemaForm(
    stageModelUpdateInputSchema,
    { stageModel: setting.stageModel },
    { send: (data) => putStageModel(data.stageModel), onSaved },
  );
  const choice = form.values.stageModel;
  return (
    <form className="form card" data-testid="stage-model-form" noValidate onSubmit={form.onSubmit}>
      <h2>{t('organizations.settings.stageModel')}</h2>
      <p data-testid="stage-model-current">
        {t('organizations.settings.current', { model: t(`stageModel.${setting.stageModel}`) })}
      </p>
      <ul className="settings-models">
        {setting.models.map(({ model, stages }) => (
          <li key={model}>
            <label>
              <input
                type="radio"
                name="stage-model"
                value={model}
                checked={choice === model}
                onChange={() => form.set('stageModel', model)}
                data-testid={`stage-model-${model}`}
              />
              <span>
                <strong>{t(`stageModel.${model}`)}</strong>
                <br />
                <span className="muted">{stages.map((stage) => t(`stage.${stage}`)).join(' → ')}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="muted">{t('organizations.settings.note')}</p>
      {setting.organizationsOnOtherModels > 0 && (
        <p data-testid="stage-model-off">
          {t('organizations.settings.offModel', { count: setting.organizationsOnOtherModels })}
        </p>
      )}
      <FormFooter
        state={form}
        label={t('organizations.settings.submit')}
        testId="stage-model-submit"
        isReady={choice !== setting.stageModel}
      />
    </form>
  );
}
