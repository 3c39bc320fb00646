import { startTransition, useEffect, useState } from 'react';

/**
 * False for a page's first render, then true in a transition: what lies below the first screen
 * (the activity form's optional sections) is drawn after the inputs above it are on screen, in
 * slices a cheap phone can interrupt — not in the same long render before anything shows.
 */
export function useAfterFirstScreen(): boolean {
  const [isShown, setIsShown] = useState(false);
  useEffect(() => {
    startTransition(() => setIsShown(true));
  }, []);
  return isShown;
}
