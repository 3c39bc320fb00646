import type { OrganizationDetail } from '@seedbed/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../i18n';
import { formatDate } from '../shared/format';
import { StatusLabel } from './status-label';

/** The organization's record as label/value pairs, one per line on a phone. */
export function OrganizationFacts({ organization }: { organization: OrganizationDetail }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const served = organization.servedCommunities.filter((community) => community.id !== organization.homeCommunityId);

  const facts: [label: string, value: ReactNode, testId: string][] = [
    [t('organization.type'), t(`organizationType.${organization.organizationType}`), 'organization-type'],
    [t('organization.orientation'), t(`orientation.${organization.orientation}`), 'organization-orientation'],
    [
      t('organization.status'),
      <>
        <StatusLabel status={organization.status} />
        {organization.statusReason && (
          <span className="muted"> {t('organization.statusReason', { reason: organization.statusReason })}</span>
        )}
      </>,
      'organization-status',
    ],
    [t('organization.filing'), t(`filingStatus.${organization.filingStatus}`), 'organization-filing'],
    [t('organization.founded'), formatDate(organization.foundedOn, currentLocale()) ?? empty, 'organization-founded'],
    [t('organization.meetingPlace'), organization.meetingPlace || empty, 'organization-meeting-place'],
    [
      t('organization.homeCommunity'),
      organization.homeCommunityOpenable ? (
        <Link key="home" to={`/communities/${organization.homeCommunityId}`}>
          {organization.homeCommunityName}
        </Link>
      ) : (
        organization.homeCommunityName
      ),
      'organization-home-community',
    ],
  ];
  if (organization.accountableAdult) {
    facts.push([
      t('organizations.accountableAdult'),
      organization.accountableAdult.name ?? t('organizations.accountableAdultNamed'),
      'organization-accountable-adult',
    ]);
  }
  if (served.length > 0) {
    facts.push([
      t('organization.servedCommunities'),
      <ul className="inline-list" key="served">
        {served.map((community) => (
          <li key={community.id}>
            {community.isOpenable ? (
              <Link to={`/communities/${community.id}`}>
                {t('organization.servedCommunity', { community: community.name, street: community.streetName })}
              </Link>
            ) : (
              t('organization.servedCommunity', { community: community.name, street: community.streetName })
            )}
          </li>
        ))}
      </ul>,
      'organization-served',
    ]);
  }

  return (
    <section className="card" aria-label={t('organization.factsLabel')}>
      <dl className="facts">
        {facts.map(([label, value, testId]) => (
          <div className="facts__row" key={testId}>
            <dt>{label}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="facts__heading">{t('organization.description')}</h2>
      <p className="prose" data-testid="organization-description">
        {organization.description || empty}
      </p>
    </section>
  );
}
