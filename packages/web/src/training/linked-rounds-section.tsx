import type { GrantRoundSummary, TrainingCohort } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { ErrorNotice } from '../shared/error-notice';
import { useResource } from '../shared/use-resource';
import { useWrite } from '../shared/use-write';
import { useTicks } from './use-ticks';

/**
 * 关联微创投: the rounds of the cohort's street whose money its graduates have priority for (the
 * round's page lists them). Staff tick the rounds and save; the list replaces the cohort's.
 */
export function LinkedRoundsSection({ cohort, onChange }: { cohort: TrainingCohort; onChange: () => void }) {
  const { t } = useTranslation();
  const rounds = useResource<GrantRoundSummary[]>('/api/grant-rounds');
  const [linked, toggle] = useTicks(cohort.linkedRoundIds);
  const write = useWrite(onChange);
  if (rounds.resource.status !== 'ready') return null;
  const ofStreet = rounds.resource.data.filter((round) => round.streetId === cohort.streetId);
  return (
    <section className="training-section" data-testid="training-linked-rounds">
      <h2>{t('training.rounds.title')}</h2>
      <p className="muted">{t('training.rounds.hint')}</p>
      {ofStreet.length === 0 ? (
        <p className="muted">{t('training.rounds.none')}</p>
      ) : (
        <>
          {ofStreet.map((round) => (
            <label key={round.id} className="training-tick">
              <input
                type="checkbox"
                checked={linked.has(round.id)}
                onChange={() => toggle(round.id)}
                data-testid="training-linked-round"
              />{' '}
              {round.name}
            </label>
          ))}
          <button
            type="button"
            className="button button--primary"
            disabled={write.busy}
            onClick={() =>
              void write.run(() => api.put(`/api/training/cohorts/${cohort.id}/rounds`, { roundIds: [...linked] }))
            }
            data-testid="training-linked-rounds-save"
          >
            {t('training.rounds.save')}
          </button>
        </>
      )}
      {write.error && <ErrorNotice message={write.error} />}
    </section>
  );
}
