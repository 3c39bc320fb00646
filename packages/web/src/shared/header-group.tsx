import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { useFoldAway } from './use-fold-away';

/**
 * A group of the header's links under one name (资助与培训: 培训班, 微创投), so a staff desktop's
 * header stays one row at 1366 px. On a desk the name opens its links beneath it; on a phone, inside
 * 菜单, the links show as rows under the name (header-menu.css), no second tap needed.
 */
export function HeaderGroup({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  const [isOpen, setOpen] = useState(false);
  const linksId = useId();
  const root = useRef<HTMLDivElement>(null);
  const fold = useCallback(() => setOpen(false), []);
  useFoldAway(isOpen, fold, root);
  return (
    <div className="app-header__group" ref={root}>
      <button
        type="button"
        className="app-header__group-button"
        aria-expanded={isOpen}
        aria-controls={linksId}
        onClick={() => setOpen((open) => !open)}
        data-testid={testId}
      >
        {label}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div
        id={linksId}
        className={isOpen ? 'app-header__group-links app-header__group-links--open' : 'app-header__group-links'}
      >
        {children}
      </div>
    </div>
  );
}
