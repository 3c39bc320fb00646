import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';
import './header-menu.css';

/**
 * The header's navigation and account tools. On a desk they sit in the header's row; on a phone
 * (below 768 px, styles.css) they fold behind one 菜单 button, so the header stays one row and
 * the page starts on the first screen (issue 16: a three-row header). The menu folds when a link
 * in it is followed, on a tap outside it, on Escape and on the browser's back — not when the page
 * itself moves on (the home page sending an official to their community arrives a moment after
 * the first screen): a person who just tapped 菜单 would see it fold under their finger.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [isOpen, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  // A tap on the page below (its links too), Escape, or the back button folds it, as a menu does.
  useEffect(() => {
    if (!isOpen) return;
    const fold = () => setOpen(false);
    const foldOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) fold();
    };
    const foldOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') fold();
    };
    // A link in it opens its page (by tap or by keyboard): the menu has done its work.
    const foldOnLink = (event: MouseEvent) => {
      if (root.current?.contains(event.target as Node) && (event.target as Element).closest?.('a')) fold();
    };
    document.addEventListener('pointerdown', foldOutside);
    document.addEventListener('keydown', foldOnEscape);
    document.addEventListener('click', foldOnLink);
    window.addEventListener('popstate', fold);
    return () => {
      document.removeEventListener('pointerdown', foldOutside);
      document.removeEventListener('keydown', foldOnEscape);
      document.removeEventListener('click', foldOnLink);
      window.removeEventListener('popstate', fold);
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
