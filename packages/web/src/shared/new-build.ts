/**
 * After a redeploy, a tab still running the old build asks for chunks the server no longer has. It
 * should reload onto the new build — once: if the reload still ends on a failing build (a stale
 * cache, a half-finished deploy), a second reload would loop, so a tab reloads at most once onto
 * each build (remembered in sessionStorage, which lives as long as the tab).
 */
const reloadedOntoKey = 'seedbed.reloadedOnto';

/** The entry script an index.html names (`/assets/index-<hash>.js`): a build's identity. */
export function entryScriptOf(html: string): string | null {
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g))
    if (/\btype="module"/.test(tag)) {
      const source = /\bsrc="([^"]+)"/.exec(tag)?.[1];
      if (source) return source;
    }
  return null;
}

/**
 * Whether this tab may reload onto `entry` now; the answer yes is remembered, so the next call for
 * the same build says no. Without storage (a locked-down WebView) it says no: never a loop.
 */
export function claimReloadOnto(entry: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): boolean {
  if (!storage) return false;
  try {
    if (storage.getItem(reloadedOntoKey) === entry) return false;
    storage.setItem(reloadedOntoKey, entry);
    return true;
  } catch {
    return false;
  }
}

export type BuildCheck = { kind: 'unreachable' } | { kind: 'same' } | { kind: 'new'; entry: string };

/**
 * Asks the server which build it serves now and compares it with this tab's. The query keeps the
 * answer out of the service worker's precache and the HTTP cache: this must be the server's word.
 */
export async function checkBuild(): Promise<BuildCheck> {
  if (navigator.onLine === false) return { kind: 'unreachable' };
  const current = document.querySelector('script[type="module"][src]')?.getAttribute('src');
  try {
    const answer = await fetch('/?build', { cache: 'no-store', credentials: 'same-origin' });
    const served = answer.ok ? entryScriptOf(await answer.text()) : null;
    if (!served) return { kind: 'unreachable' };
    return served === current ? { kind: 'same' } : { kind: 'new', entry: served };
  } catch {
    return { kind: 'unreachable' };
  }
}

/**
 * What a page that could not load does next. A new build on the server: reload onto it. The same
 * build, reachable, yet a retry failed all the same: reload — an older engine (WeChat's was Chrome
 * 86) keeps a failed import for the page's life, a fresh page asks again; each such reload follows a
 * tap, so it cannot loop. Otherwise (no network): offer the retry button.
 */
export function nextStepAfterFailure(
  build: BuildCheck,
  hasRetried: boolean,
): 'reload-onto-new' | 'reload' | 'offer-retry' {
  if (build.kind === 'new') return 'reload-onto-new';
  if (build.kind === 'same' && hasRetried) return 'reload';
  return 'offer-retry';
}

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Reloads onto the new build unless this tab already did (false then). The service worker is
 * brought up to date first, or the reload would be answered with the old shell it keeps.
 */
export async function reloadOntoNewBuild(entry: string): Promise<boolean> {
  if (!claimReloadOnto(entry, sessionStorageOrNull())) return false;
  await import('./service-worker').then((worker) => worker.updateServiceWorker()).catch(() => undefined);
  location.reload();
  return true;
}
