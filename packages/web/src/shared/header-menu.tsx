import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';
import { useFoldAway } from './use-fold-away';
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
  const fold = useCallback(() => setOpen(false), []);
  useFoldAway(isOpen, fold, root);
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
