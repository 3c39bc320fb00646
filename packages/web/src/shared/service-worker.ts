/**
 * The service worker (built by vite-plugin-pwa from vite.config.ts, served as /sw.js by the
 * server): it keeps the app shell and the leader's pages on the phone. Imported after the first
 * screen (main.tsx), so neither this file nor the registration delays it.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {
      // No service worker (a WebView without one, a private window): the app works online as before.
    });
  };
  // After the page's own downloads, so the precache does not compete with the first screen.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Fetches the service worker again and waits until a changed one has taken over (it skips waiting:
 * vite.config.ts), so a reload that follows is answered from the new build. Resolves at once
 * without a service worker or without a change, and also when the update fails: the reload then
 * does what it can.
 */
export async function updateServiceWorker(): Promise<void> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  if (!registration) return;
  await registration.update().catch(() => undefined);
  const incoming = registration.installing ?? registration.waiting;
  if (!incoming) return;
  await new Promise<void>((resolve) => {
    const settle = () => {
      if (incoming.state === 'activated' || incoming.state === 'redundant') resolve();
    };
    incoming.addEventListener('statechange', settle);
    settle();
  });
}
