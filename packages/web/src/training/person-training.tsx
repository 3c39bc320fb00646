import { can, type PersonTraining } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

/** A person's training history on their page (through training/index.ts): cohorts applied to or vouched for. */
export function PersonTrainingHistory({ personId }: { personId: string }) {
  const user = useUser();
  if (!can(user, 'training.applications.read')) return null;
  return <History personId={personId} />;
}

function History({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { resource } = useResource<PersonTraining>(`/api/people/${personId}/training`);
  if (resource.status !== 'ready' || resource.data.items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="person-training-title" data-testid="person-training">
      <h2 id="person-training-title">{t('training.person.title')}</h2>
      <ul>
        {resource.data.items.map((item) => (
          <li key={`${item.applicationId}-${item.as}`}>
            <Link to={`/training/cohorts/${item.cohortId}`}>
              {item.programmeName} {item.cohortName}
            </Link>{' '}
            {item.as === 'applicant'
              ? `${t(`training.statuses.${item.status}`)}${item.graduated ? ` · ${t('training.list.graduated')}` : ''}`
              : t('training.person.vouchedFor', { name: item.applicantName })}
          </li>
        ))}
      </ul>
    </section>
  );
}
