import type { ScopeKind } from '../shared/roles';

/** Where each person lands after logging in: the page of the place they are responsible for. */
export function homePathFor(scopeKind: ScopeKind, scopeId: string | null): string {
  switch (scopeKind) {
    case 'organization':
      return `/organizations/${scopeId}`;
    case 'community':
      return `/communities/${scopeId}`;
    case 'street':
      return `/streets/${scopeId}`;
    case 'deployment':
      return '/';
  }
}
