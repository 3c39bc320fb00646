import type { PersonList } from '@seedbed/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { TextField } from '../shared/text-field';

export type Picked = { id: string; name: string } | null;

/** A resident of the community found by name; the chosen one shows with a button to unlink. */
export function PersonPicker({
  communityId,
  person,
  onChange,
  error,
}: {
  communityId: string;
  person: Picked;
  onChange: (person: Picked) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; name: string }[]>([]);
  const listId = useId();
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .get<PersonList>(
          `/api/people?communityId=${encodeURIComponent(communityId)}&q=${encodeURIComponent(q)}&limit=10`,
          { signal: controller.signal },
        )
        .then((list) => setFound(list.items.map((p) => ({ id: p.id, name: p.name }))))
        .catch(() => setFound([]));
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [communityId, query]);

  return (
    <div className="field" data-testid="resource-edit-person">
      {person ? (
        <div className="record-actions">
          <span>
            {t('communities.linkPerson')}：<strong data-testid="resource-edit-person-name">{person.name}</strong>
          </span>
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {t('communities.unlink')}
          </button>
        </div>
      ) : (
        <>
          <TextField
            label={t('communities.linkPerson')}
            value={query}
            onChange={setQuery}
            error={error}
            maxLength={60}
            testId="resource-edit-person-search"
          />
          <ul className="pick-list" id={listId}>
            {found.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="button button--secondary"
                  data-testid="resource-edit-person-option"
                  onClick={() => {
                    onChange(p);
                    setQuery('');
                  }}
                >
                  {p.name}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
