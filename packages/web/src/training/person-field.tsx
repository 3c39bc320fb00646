import type { PersonList } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { TextField } from '../shared/text-field';

export type PickedPerson = { id: string; name: string } | null;

/**
 * A person of the streets the caller sees, found by name (applicants need no account or team: any
 * resident, activist, community worker or partner's staff held as a person). Big buttons to pick.
 */
export function PersonField({
  label,
  person,
  onChange,
  testId,
}: {
  label: string;
  person: PickedPerson;
  onChange: (person: PickedPerson) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    // A short pause, so each keystroke does not ask the server.
    const timer = window.setTimeout(() => {
      api
        .get<PersonList>(`/api/people?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal })
        .then((list) => setFound(list.items.map((p) => ({ id: p.id, name: p.name }))))
        .catch(() => setFound([]));
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  if (person)
    return (
      <div className="field training-picked" data-testid={testId}>
        <span>
          {label}：<strong data-testid={`${testId}-name`}>{person.name}</strong>
        </span>
        <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
          {t('training.application.change')}
        </button>
      </div>
    );
  return (
    <div className="field" data-testid={testId}>
      <TextField
        label={label}
        hint={t('training.application.search')}
        value={query}
        onChange={setQuery}
        maxLength={60}
        testId={`${testId}-search`}
      />
      <ul className="pick-list">
        {found.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className="button button--secondary"
              data-testid={`${testId}-option`}
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
    </div>
  );
}
