import { type StageModel, type StageModelSetting, stageModelUpdateInputSchema } from '@seedbed/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, asApiError } from '../shared/api';
import { useDocumentTitle } from '../shared/document-title';
import { ErrorNotice } from '../shared/error-notice';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import './organizations.css';

/**
 * /settings (admin): the deployment's growth-stage model. Other roles get the server's 403 page.
 * Past assessments keep their own model; the page says so before the change.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.settings.title'));
  const { resource, replace, reload } = useResource<StageModelSetting>('/api/settings/stage-model');
  return (
    <article className="page page--narrow" data-testid="settings-page">
      <h1>{t('registry.settings.title')}</h1>
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
  const [choice, setChoice] = useState<StageModel>(setting.stageModel);
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = stageModelUpdateInputSchema.safeParse({ stageModel: choice });
    if (!parsed.success) return;
    setFailure(null);
    setSubmitting(true);
    try {
      onSaved(await putStageModel(parsed.data.stageModel));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : asApiError(error).message);
      setSubmitting(false);
    }
  }
  return (
    <form className="form card" data-testid="stage-model-form" noValidate onSubmit={submit}>
      <h2>{t('registry.settings.stageModel')}</h2>
      <p data-testid="stage-model-current">
        {t('registry.settings.current', { model: t(`stageModel.${setting.stageModel}`) })}
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
                onChange={() => setChoice(model)}
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
      <p className="muted">{t('registry.settings.note')}</p>
      {setting.organizationsOnOtherModels > 0 && (
        <p data-testid="stage-model-off">
          {t('registry.settings.offModel', { count: setting.organizationsOnOtherModels })}
        </p>
      )}
      {failure && <ErrorNotice message={failure} />}
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="stage-model-submit"
          disabled={isSubmitting || choice === setting.stageModel}
        >
          {isSubmitting ? t('registry.saving') : t('registry.settings.submit')}
        </button>
      </div>
    </form>
  );
}
