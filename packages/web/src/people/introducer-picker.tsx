import type { PersonList } from '@seedbed/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { TextField } from '../shared/text-field';
import './people.css';

export interface PickedPerson {
  id: string;
  name: string;
}

/**
 * "Introduced by" (the seed's snowball, seed 003 §4.1.2): type part of a name, pick a person of
 * the same community from GET /api/people?communityId=&q=. The person themselves is never offered.
 */
export function IntroducerPicker({
  communityId,
  selfId,
  value,
  onChange,
}: {
  communityId: string | null;
  selfId?: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<PickedPerson[]>([]);
  useEffect(() => {
    const name = q.trim();
    if (!name || !communityId) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const query = new URLSearchParams({ communityId, q: name, limit: '8' });
    const timer = window.setTimeout(() => {
      api
        .get<PersonList>(`/api/people?${query}`, { signal: controller.signal })
        .then((list) => setFound(list.items.filter((p) => p.id !== selfId).map((p) => ({ id: p.id, name: p.name }))))
        .catch(() => setFound([]));
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q, communityId, selfId]);

  if (value)
    return (
      <div className="field">
        <span className="field__label">{t('people.facts.introducedBy')}</span>
        <div className="picked-person">
          <strong data-testid="introducer-picked">{value.name}</strong>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => onChange(null)}
            data-testid="introducer-clear"
          >
            {t('people.edit.clear')}
          </button>
        </div>
      </div>
    );
  return (
    <div>
      <TextField
        label={t('people.facts.introducedBy')}
        value={q}
        onChange={setQ}
        hint={t('people.edit.introducerHint')}
        testId="introducer-search"
      />
      {found.length > 0 && (
        <ul className="pick-list" data-testid="introducer-results">
          {found.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onChange(person);
                  setQ('');
                }}
                data-testid="introducer-option"
              >
                {person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
