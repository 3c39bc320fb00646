import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadActivityFormFor } from './activities/routes';
import { App } from './app';
import { loadInitialLocale } from './i18n';
import { fetchEarly } from './shared/api';
import './styles.css';

// Who is signed in is asked at once, not after the first render (SessionProvider takes the answer).
fetchEarly('/api/auth/me', { anonymous: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The default language is bundled and resolves at once; another remembered one is fetched first,
// so the first screen is never drawn in the wrong language.
void loadInitialLocale().then(() => {
  preloadActivityFormFor(location);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Activities a leader submitted without a network are sent on the next app start (fetched after the first screen).
  void import('./activities/outbox-runner').then((outbox) => outbox.startOutbox());
  // So are proposals saved or submitted without a network (grants/proposal-outbox-runner.ts).
  void import('./grants/proposal-outbox-runner').then((outbox) => outbox.startProposalOutbox());
  // The service worker keeps the app shell and the leader's pages for when the signal is gone.
  void import('./shared/service-worker').then((worker) => worker.registerServiceWorker());
});
