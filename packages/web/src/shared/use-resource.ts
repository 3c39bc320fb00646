import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiError, api, asApiError, isAbort } from './api';

export type Resource<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; data: T };

interface Loaded<T> {
  path: string;
  resource: Resource<T>;
}

/**
 * GETs `path` and keeps the answer. Changing `path` (another id in the URL) shows loading again
 * instead of the previous record. `replace` swaps in a newer copy (e.g. the answer to a PATCH);
 * `reload` fetches again (the retry button); `refresh` fetches again while the page keeps showing
 * what it has — after a write on a page whose forms and ticks must not be reset by a loading
 * state in between. `anonymous`: a public resource (an invite), whose 401 must not end the session.
 */
export function useResource<T>(
  path: string,
  options: { anonymous?: boolean } = {},
): {
  resource: Resource<T>;
  replace: (data: T) => void;
  reload: () => void;
  refresh: () => void;
} {
  const [loaded, setLoaded] = useState<Loaded<T>>({ path, resource: { status: 'loading' } });
  const [attempt, setAttempt] = useState(0);
  const isQuiet = useRef(false);
  const isAnonymous = options.anonymous ?? false;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    const controller = new AbortController();
    const keepsShowing = isQuiet.current;
    isQuiet.current = false;
    if (!keepsShowing) setLoaded({ path, resource: { status: 'loading' } });
    api.get<T>(path, { signal: controller.signal, anonymous: isAnonymous }).then(
      (data) => setLoaded({ path, resource: { status: 'ready', data } }),
      (error: unknown) => {
        if (!isAbort(error)) setLoaded({ path, resource: { status: 'error', error: asApiError(error) } });
      },
    );
    return () => controller.abort();
  }, [path, attempt, isAnonymous]);

  const replace = useCallback((data: T) => setLoaded({ path, resource: { status: 'ready', data } }), [path]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const refresh = useCallback(() => {
    isQuiet.current = true;
    setAttempt((n) => n + 1);
  }, []);

  const resource: Resource<T> = loaded.path === path ? loaded.resource : { status: 'loading' };
  return { resource, replace, reload, refresh };
}
