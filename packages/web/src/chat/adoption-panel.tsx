import type { ChatAdoptionSuggestion } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../shared/api';
import { formatDateTime } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';

/**
 * 建群阶段建议 (issue 19, beyond the seed), for staff (chat.manage; the page mounts it only for them):
 * the step confirmed and who confirmed it, the step the trail's last weeks suggest with its evidence in
 * plain Chinese, and 确认 that records it through the group's PATCH. A suggestion below the confirmed
 * step is shown as such (the group may have gone quiet), never applied by itself.
 */
export function AdoptionPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { resource, reload } = useResource<ChatAdoptionSuggestion>(`/api/chat-groups/${groupId}/adoption-suggestion`);
  return (
    <section className="card" aria-labelledby="chat-adoption" data-testid="chat-adoption">
      <h2 id="chat-adoption">{t('chat.panels.adoption.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(adoption) => <AdoptionView adoption={adoption} onConfirmed={reload} />}
      </ResourceView>
    </section>
  );
}

function AdoptionView({ adoption, onConfirmed }: { adoption: ChatAdoptionSuggestion; onConfirmed: () => void }) {
  const { t, i18n } = useTranslation();
  const [isSending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const stepName = (step: number) => t(`chatGroups.adoptionStep.${step}` as 'chatGroups.adoptionStep.1');
  const { suggestion } = adoption;
  const confirm = async (step: number) => {
    setSending(true);
    setFailure(null);
    try {
      await api.patch(`/api/chat-groups/${adoption.groupId}`, { adoptionStep: step });
      onConfirmed();
    } catch (error) {
      setFailure(error instanceof ApiError || error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <p data-testid="chat-adoption-confirmed">
        {adoption.confirmedStep === null
          ? t('chat.panels.adoption.noneConfirmed')
          : t('chat.panels.adoption.confirmed', {
              step: stepName(adoption.confirmedStep),
              name: adoption.confirmedByName ?? '—',
              date: formatDateTime(adoption.confirmedAt, i18n.language as 'zh-CN') ?? '—',
            })}
      </p>
      {suggestion === null ? (
        <p className="muted">{t(`chat.panels.adoption.${adoption.noSuggestion ?? 'no_trail'}`)}</p>
      ) : (
        <>
          <p data-testid="chat-adoption-suggestion">
            <strong>{t('chat.panels.adoption.suggested', { step: stepName(suggestion.step) })}</strong>
          </p>
          {adoption.period && <p className="muted chat-help">{t('chat.panels.adoption.period', adoption.period)}</p>}
          <ul className="chat-adoption__evidence" data-testid="chat-adoption-evidence">
            {suggestion.evidence.map((line) => (
              <li key={line.code}>{t(`chat.panels.adoption.evidence.${line.code}`, line.values)}</li>
            ))}
          </ul>
          {suggestion.step === adoption.confirmedStep ? (
            <p className="muted">{t('chat.panels.adoption.same')}</p>
          ) : (
            <button
              type="button"
              className="button button--primary"
              disabled={isSending}
              onClick={() => confirm(suggestion.step)}
              data-testid="chat-adoption-confirm"
            >
              {t('chat.panels.adoption.confirm', { step: suggestion.step })}
            </button>
          )}
          {failure && (
            <p className="field__error" role="alert">
              {failure}
            </p>
          )}
        </>
      )}
    </>
  );
}
