import { formatFen, type GrantRound, type RoundGraduates } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';

/**
 * The money kept for training graduates and who they are (the cohorts linked to this round): names
 * for the incubator team, a count for everyone else who reads the round (the server leaves names out).
 */
export function RoundGraduatesSection({ round }: { round: GrantRound }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const graduates = useResource<RoundGraduates>(`/api/grant-rounds/${round.id}/graduates`);
  return (
    <section data-testid="grant-round-graduates">
      <h2>{t('grants.round.graduates')}</h2>
      {round.graduateReserveFen > 0 && (
        <p data-testid="grant-round-reserve">
          {t('grants.round.reserve', { reserve: formatFen(round.graduateReserveFen, locale) })}
        </p>
      )}
      <ResourceView resource={graduates.resource} onRetry={graduates.reload}>
        {({ graduates: list }) =>
          list.length === 0 ? (
            <p className="muted">{t('grants.round.noGraduates')}</p>
          ) : (
            <>
              <p className="muted">
                {t('grants.round.graduatesHint')} {t('grants.round.graduateCount', { count: list.length })}
              </p>
              {list.some((g) => g.name !== null) && (
                <ul>
                  {list.map((g) => (
                    <li key={g.personId} data-testid="grant-round-graduate">
                      {g.name} ·{' '}
                      {t('grants.round.graduateOf', { cohort: g.cohortName, date: formatDate(g.graduatedOn, locale) })}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
