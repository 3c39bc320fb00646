import { type ChatActivityCorroboration, can } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import './chat.css';

/**
 * An activity's chat mark (issue 19 "Activity corroboration") on the activity page, for roles that read
 * chat counts: the mark and one line saying why, from counts only. Nothing when the organization has no
 * group under an agreement, or while it loads or fails (the activity's own evidence stands without it).
 */
export function ActivityChatMark({ activityId }: { activityId: string }) {
  const user = useUser();
  if (!can(user, 'chat.figures.read')) return null;
  return <LoadedMark activityId={activityId} />;
}

function LoadedMark({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const { resource } = useResource<ChatActivityCorroboration>(`/api/activities/${activityId}/chat-corroboration`);
  if (resource.status !== 'ready' || resource.data.groups === 0) return null;
  const mark = resource.data;
  return (
    <section className="activity-section chat-mark" data-testid="activity-chat-mark" data-mark={mark.mark}>
      <h2>{t('chat.panels.mark.title')}</h2>
      <p>
        <strong className={`chat-mark__badge chat-mark__badge--${mark.mark}`}>
          {t(`chat.panels.mark.${mark.mark}`)}
        </strong>{' '}
        {t(`chat.panels.mark.explain.${mark.mark}`, {
          messages: mark.messages,
          photos: mark.photos,
          about: mark.aboutMessages,
          words: mark.matchedWords.join('、'),
        })}
      </p>
    </section>
  );
}
