import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { loadMessages } from '../i18n';
import type { MessageGroup } from '../i18n/capability-messages';

/**
 * A page loaded on demand, with the Chinese strings of the capabilities it shows: it renders only
 * when both have arrived, so no key ever flashes on screen. Pages on the phone's budget name their
 * groups (the activity form: ['activities']); every other page gets them all.
 */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own constraint on the component's props.
export function lazyPage<T extends ComponentType<any>>(
  load: () => Promise<T>,
  groups?: readonly MessageGroup[],
): LazyExoticComponent<T> {
  return lazy(async () => {
    const [page] = await Promise.all([load(), loadMessages(groups)]);
    return { default: page };
  });
}
