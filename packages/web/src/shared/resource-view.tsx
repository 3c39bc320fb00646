import type { ReactNode } from 'react';
import { ErrorNotice } from './error-notice';
import { Loading } from './loading';
import { ForbiddenPage, NotFoundPage } from './status-pages';
import type { Resource } from './use-resource';

/**
 * Renders a loaded resource, or the one right screen for its failure: 403 → the no-permission
 * page (never the data), 404 → not found, 401 → nothing (the session handler is on its way to
 * the login page), anything else → the server's message with a retry.
 */
export function ResourceView<T>({
  resource,
  onRetry,
  children,
}: {
  resource: Resource<T>;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}) {
  switch (resource.status) {
    case 'loading':
      return <Loading />;
    case 'ready':
      return children(resource.data);
    case 'error': {
      const { error } = resource;
      if (error.isUnauthorized) return <Loading />;
      if (error.isForbidden) return <ForbiddenPage message={error.message} />;
      if (error.isNotFound) return <NotFoundPage message={error.message} />;
      return <ErrorNotice message={error.message} onRetry={onRetry} />;
    }
  }
}
