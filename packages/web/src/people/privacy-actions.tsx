import { can, type PersonDetail } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { useUser } from '../shared/session';
import { useSubmission } from '../shared/use-schema-form';

/** On the person's request (PIPL): a JSON copy of everything held, or erasure of their identity. */
export function PrivacyActions({ person, onChanged }: { person: PersonDetail; onChanged: (p: PersonDetail) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const request = useSubmission();
  if (!can(user, 'person.export') && !person.canErase) return null;

  async function exportData() {
    await request.run(async () => {
      const data = await api.get<unknown>(`/api/people/${person.id}/export`);
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `person-${person.id}.json`;
      link.click();
      URL.revokeObjectURL(url);
    });
  }

  async function erase() {
    if (!window.confirm(t('people.privacy.confirmErase'))) return;
    await request.run(async () => onChanged(await api.post<PersonDetail>(`/api/people/${person.id}/erase`)));
  }

  return (
    <section className="card" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{t('people.privacy.title')}</h2>
      <div className="form__actions">
        {can(user, 'person.export') && (
          <button type="button" className="button button--secondary" onClick={exportData} data-testid="person-export">
            {t('people.privacy.export')}
          </button>
        )}
        {person.canErase && (
          <button type="button" className="button button--ghost" onClick={erase} data-testid="person-erase">
            {t('people.privacy.erase')}
          </button>
        )}
      </div>
      {request.failure && <ErrorNotice message={request.failure} />}
    </section>
  );
}
