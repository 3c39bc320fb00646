import { useEffect, useRef } from 'react';
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

/** How long the session check waits before its next try by itself: 2 s, 4 s, 8 s… at most 30 s. */
export function sessionRetryDelay(attempt: number): number {
  return Math.min(30_000, 2_000 * 2 ** attempt);
}

/**
 * While /api/auth/me has not answered: Loading — or, when it could not reach the server (an
 * offline reload in the activity room), the retry button rather than a login she cannot do offline.
 * While the phone says it is online, the check also tries again by itself, less often each time: the
 * browser's 'online' can come a moment before the network carries anything, and that one try then
 * fails too (a page left on 网络不好 with the signal back). A page that failed to load does not do this:
 * its retries lead to reloads (page-load-boundary.tsx), which must follow a tap.
 */
export function SessionPending() {
  const { isUnreachable, checkAgain } = useSession();
  const attempts = useRef(0);
  useEffect(() => {
    if (!isUnreachable || !navigator.onLine) return;
    const timer = setTimeout(() => {
      attempts.current += 1;
      checkAgain();
    }, sessionRetryDelay(attempts.current));
    return () => clearTimeout(timer);
  }, [isUnreachable, checkAgain]);
  return isUnreachable ? <NetworkRetry onRetry={checkAgain} /> : <Loading />;
}
