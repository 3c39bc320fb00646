import { type ChatKeptText, shanghaiDateTime } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';

/**
 * 最近消息: the text an `analysis_and_text` agreement keeps, newest first, for staff (chat.text.read —
 * text can name residents, so only roles that read names). Each message shows its sender (name, or
 * 成员 A when unmatched) and the day its text is forgotten. Shown only under such an agreement.
 */
export function KeptTextPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { resource, reload } = useResource<ChatKeptText>(`/api/chat-groups/${groupId}/kept-text?limit=30`);
  return (
    <section className="card chat-kept-text" aria-labelledby="chat-kept-text" data-testid="chat-kept-text">
      <h2 id="chat-kept-text">{t('chat.panels.keptText.title')}</h2>
      <ResourceView resource={resource} onRetry={reload}>
        {(kept) => (
          <>
            <p className="muted chat-help">{t('chat.panels.keptText.help', { days: kept.textRetentionDays ?? '—' })}</p>
            {kept.messages.length === 0 ? (
              <p className="muted">{t('chat.panels.keptText.none')}</p>
            ) : (
              <ol className="chat-kept-text__list">
                {kept.messages.map((message) => (
                  <li key={message.id} data-testid="chat-kept-message">
                    <p className="chat-kept-text__meta">
                      <strong>
                        {message.sender.name ?? t('chat.groupPage.member', { letter: message.sender.pseudonym })}
                      </strong>{' '}
                      <span className="muted">{shanghaiDateTime(new Date(message.sentAt))}</span>
                    </p>
                    <p className="chat-kept-text__text">{message.text}</p>
                    <p className="muted chat-kept-text__forgotten">
                      {t('chat.panels.keptText.forgottenOn', { date: message.forgottenOn })}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </>
        )}
      </ResourceView>
    </section>
  );
}
