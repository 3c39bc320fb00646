import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSession } from './session';
import './header-menu.css';

/**
 * The header's navigation and account tools. On a desk they sit in the header's row; on a phone
 * (below 768 px, styles.css) they fold behind one 菜单 button, so the header stays one row and
 * the page starts on the first screen (issue 16: a three-row header). The menu closes when a link
 * in it opens another page.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const [isOpen, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page is the signal to fold the menu.
  useEffect(() => setOpen(false), [pathname]);
  // A tap on the page below, or Escape, folds it too, as a menu does.
  useEffect(() => {
    if (!isOpen) return;
    const foldOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const foldOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', foldOutside);
    document.addEventListener('keydown', foldOnEscape);
    return () => {
      document.removeEventListener('pointerdown', foldOutside);
      document.removeEventListener('keydown', foldOnEscape);
    };
  }, [isOpen]);
  if (!user) return null;
  return (
    <div className="app-header__menu-root" ref={root}>
      <button
        type="button"
        className="button button--ghost app-header__menu-button"
        aria-expanded={isOpen}
        aria-controls={menuId}
        data-testid="app-menu"
        onClick={() => setOpen((open) => !open)}
      >
        <span aria-hidden="true" className="app-header__menu-icon" />
        {t('nav.menu')}
      </button>
      <div
        id={menuId}
        className={isOpen ? 'app-header__menu app-header__menu--open' : 'app-header__menu'}
        data-testid="app-menu-items"
      >
        {children}
      </div>
    </div>
  );
}
