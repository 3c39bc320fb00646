import { type ComponentProps, type ComponentType, createElement, lazy } from 'react';
import { loadMessages } from '../i18n';
import type { MessageGroup } from '../i18n/capability-messages';

/**
 * A page's chunk or its strings could not be fetched (no signal, or a redeploy removed the chunk).
 * `retry` makes the page fetch them again on its next render: React.lazy keeps a failed load for
 * good, so the page starts a fresh one. Shown by PageLoadBoundary (page-load-boundary.tsx).
 */
export class PageLoadError extends Error {
  readonly retry: () => void;

  constructor(cause: unknown, retry: () => void) {
    super('a page could not be loaded', { cause });
    this.name = 'PageLoadError';
    this.retry = retry;
  }
}

/**
 * A page loaded on demand, with the Chinese strings of the capabilities it shows: it renders only
 * when both have arrived, so no key ever flashes on screen. Pages on the phone's budget name their
 * groups (the activity form: ['activities']); every other page gets them all. A failed load throws
 * a PageLoadError, which can be retried.
 */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own constraint on the component's props.
export function lazyPage<T extends ComponentType<any>>(
  load: () => Promise<T>,
  groups?: readonly MessageGroup[],
): ComponentType<ComponentProps<T>> {
  const fetchPage = async () => {
    try {
      const [page] = await Promise.all([load(), loadMessages(groups)]);
      return { default: page };
    } catch (cause) {
      throw new PageLoadError(cause, () => {
        current = lazy(fetchPage);
      });
    }
  };
  let current = lazy(fetchPage);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per page when its routes module loads, as React.lazy is; it renders the current attempt.
  return function LazyPage(props: ComponentProps<T>) {
    return createElement(current, props);
  };
}
