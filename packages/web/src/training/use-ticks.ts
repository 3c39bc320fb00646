import { useState } from 'react';

/** A set of ids ticked on and off by a tap (the roll call's names, a cohort's linked rounds). */
export function useTicks(initial: Iterable<string>) {
  const [ticked, setTicked] = useState(() => new Set(initial));
  const toggle = (id: string) =>
    setTicked((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return [ticked, toggle] as const;
}
