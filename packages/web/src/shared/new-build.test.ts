import { describe, expect, it } from 'vitest';
import { claimReloadOnto, entryScriptOf, nextStepAfterFailure } from './new-build';

/** A Map standing in for sessionStorage (one tab's). */
function tabStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('the reload onto a new build', () => {
  it('finds the entry script in the index.html Vite writes', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/assets/index-DN2178W0.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-Dp1ROsGI.js">
      </head><body><div id="root"></div></body></html>`;
    expect(entryScriptOf(html)).toBe('/assets/index-DN2178W0.js');
  });

  it('skips scripts that are not modules and answers null for a page with no entry (a proxy’s error page)', () => {
    expect(
      entryScriptOf('<script src="/old.js"></script><script src="/assets/index-A.js" type="module"></script>'),
    ).toBe('/assets/index-A.js');
    expect(entryScriptOf('<html><body>502 Bad Gateway</body></html>')).toBeNull();
  });

  it('reloads a tab once onto a build, never twice: a build that still fails after the reload does not loop', () => {
    const storage = tabStorage();
    expect(claimReloadOnto('/assets/index-B.js', storage)).toBe(true);
    expect(claimReloadOnto('/assets/index-B.js', storage)).toBe(false);
    expect(claimReloadOnto('/assets/index-B.js', storage)).toBe(false);
  });

  it('reloads again for the next redeploy in the same tab', () => {
    const storage = tabStorage();
    expect(claimReloadOnto('/assets/index-B.js', storage)).toBe(true);
    expect(claimReloadOnto('/assets/index-C.js', storage)).toBe(true);
  });

  it('does not reload where it cannot remember that it did (no storage, or storage that throws)', () => {
    expect(claimReloadOnto('/assets/index-B.js', null)).toBe(false);
    const locked = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(claimReloadOnto('/assets/index-B.js', locked)).toBe(false);
  });
});

describe('what a page that could not load does next', () => {
  it('reloads onto a new build at once, retried or not', () => {
    expect(nextStepAfterFailure({ kind: 'new', entry: '/assets/index-B.js' }, false)).toBe('reload-onto-new');
    expect(nextStepAfterFailure({ kind: 'new', entry: '/assets/index-B.js' }, true)).toBe('reload-onto-new');
  });

  it('offers the retry button with no network, however often it failed', () => {
    expect(nextStepAfterFailure({ kind: 'unreachable' }, false)).toBe('offer-retry');
    expect(nextStepAfterFailure({ kind: 'unreachable' }, true)).toBe('offer-retry');
  });

  it('offers the button the first time the server is there with the same build (a dropped request), and reloads after a retry failed too', () => {
    expect(nextStepAfterFailure({ kind: 'same' }, false)).toBe('offer-retry');
    expect(nextStepAfterFailure({ kind: 'same' }, true)).toBe('reload');
  });
});
