import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './loading';
import { useSession } from './session';

/**
 * 网络不好，点这里重试: what a leader sees instead of a white screen when a page or her session
 * could not be fetched (no signal in the activity room). One big button; it also tries again by
 * itself when the phone says the network is back. Its words are in the bundled catalogue (app.*),
 * so it shows even when no page's strings arrived.
 */
export function NetworkRetry({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  useEffect(() => {
    window.addEventListener('online', onRetry);
    return () => window.removeEventListener('online', onRetry);
  }, [onRetry]);
  return (
    <section className="network-retry" role="alert" data-testid="network-retry">
      <button type="button" className="button button--primary network-retry__button" onClick={onRetry}>
        {t('app.networkRetry')}
      </button>
      <p className="muted">{t('app.networkRetryHint')}</p>
    </section>
  );
}

/**
 * While /api/auth/me has not answered: Loading — or, when it could not reach the server (an
 * offline reload in the activity room), the retry button rather than a login she cannot do offline.
 */
export function SessionPending() {
  const { isUnreachable, checkAgain } = useSession();
  return isUnreachable ? <NetworkRetry onRetry={checkAgain} /> : <Loading />;
}
