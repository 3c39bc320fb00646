import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LocalStatus } from './form-controls';
import { type LocalActivity, listLocal, onLocalChange } from './local-store';
import { runOutbox, startOutbox } from './outbox-runner';

/** Activities typed on this phone and not yet on the server. */
export function Outbox({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<LocalActivity[]>([]);
  useEffect(() => {
    let isCurrent = true;
    const load = () =>
      void listLocal()
        .then((all) => {
          if (isCurrent) setItems(all.filter((item) => item.organizationId === organizationId));
        })
        .catch(() => undefined);
    load();
    startOutbox();
    const stop = onLocalChange(load);
    return () => {
      isCurrent = false;
      stop();
    };
  }, [organizationId]);
  if (items.length === 0) return null;
  const id = encodeURIComponent(organizationId);
  return (
    <div className="outbox" data-testid="activity-outbox">
      <h3>{t('activities.local.outboxTitle')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.localId} className="outbox__item" data-testid="outbox-item">
            <span className="outbox__title">{item.values.title || t('activities.local.untitled')}</span>
            <LocalStatus state={item.state} testId="outbox-status" />
            <span className="outbox__links">
              <Link to={`/activities/new?organizationId=${id}&local=${item.localId}`}>
                {t('activities.local.open')}
              </Link>
              {item.state === 'pending' && (
                <button type="button" className="button button--link" onClick={() => void runOutbox(true)}>
                  {t('activities.local.retryNow')}
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
