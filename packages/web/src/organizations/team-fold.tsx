import { type ReactNode, useState } from 'react';
import './organizations.css';

const storageKeyOf = (id: string) => `seedbed:team-fold:${id}`;

function wasOpen(id: string): boolean {
  try {
    return globalThis.localStorage?.getItem(storageKeyOf(id)) === 'open';
  } catch {
    return false;
  }
}

function remember(id: string, isOpen: boolean) {
  try {
    globalThis.localStorage?.setItem(storageKeyOf(id), isOpen ? 'open' : 'closed');
  } catch {
    // A browser without storage: the fold opens closed next time, nothing worse.
  }
}

/**
 * A section of the team's home that opens and closes with one big tap (队伍资料, 成长档案), rather
 * than tabs: an older reader keeps one page that scrolls one way, sees every heading at once, and
 * nothing switches out of sight. Open or closed is remembered on this phone. What is inside loads
 * only once opened, so the home asks the slow network for what a leader does first.
 */
export function TeamFold({
  id,
  title,
  summary,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  children: ReactNode;
}) {
  const [isOpen, setOpen] = useState(() => wasOpen(id));
  return (
    <details
      className="team-fold"
      data-testid={id}
      open={isOpen}
      onToggle={(event) => {
        const open = event.currentTarget.open;
        setOpen(open);
        remember(id, open);
      }}
    >
      <summary className="team-fold__summary">
        <span className="team-fold__title">{title}</span>
        <span className="team-fold__hint">{summary}</span>
      </summary>
      {isOpen && <div className="team-fold__body">{children}</div>}
    </details>
  );
}
