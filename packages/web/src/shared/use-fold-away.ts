import { type RefObject, useEffect } from 'react';

/**
 * What folds an open menu, as a menu does: a tap outside `root`, Escape, a link inside it followed
 * (by tap or by keyboard: the menu has done its work) and the browser's back. Not the page moving
 * on by itself — a person who just tapped would see it fold under their finger (header-menu.tsx).
 */
export function useFoldAway(isOpen: boolean, fold: () => void, root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!isOpen) return;
    const foldOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) fold();
    };
    const foldOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') fold();
    };
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
  }, [isOpen, fold, root]);
}
