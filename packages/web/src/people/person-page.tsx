import { type PersonDetail, traitKeys } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../i18n';
import { useDocumentTitle } from '../shared/document-title';
import { formatDate } from '../shared/format';
import { ResourceView } from '../shared/resource-view';
import { useResource } from '../shared/use-resource';
import { PersonTrainingHistory } from '../training';
import { PersonVolunteerHours } from '../volunteering';
import { ConsentSection } from './consent-section';
import { PersonEditForm } from './person-edit-form';
import { PrivacyActions } from './privacy-actions';
import { TrustSection } from './trust-section';
import { VisitSection } from './visit-section';

/** One resident: facts, traits, trust stage with history, visits, consents, and staff's privacy actions. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { resource, replace, reload } = useResource<PersonDetail>(`/api/people/${encodeURIComponent(id)}`);
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(person) => <PersonView key={person.id} person={person} onChanged={replace} />}
    </ResourceView>
  );
}

function PersonView({ person, onChanged }: { person: PersonDetail; onChanged: (person: PersonDetail) => void }) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  useDocumentTitle(person.name);
  return (
    <article className="page page--narrow" data-testid="person-page">
      <header className="page-header">
        <h1 data-testid="person-name">{person.name}</h1>
        {person.isActivist && <span className="role-tag role-tag--leader">{t('people.activist')}</span>}
        {person.isChild && <span className="role-tag">{t('people.child')}</span>}
      </header>
      {person.isErased && (
        <p className="status" role="status" data-testid="person-erased">
          {t('people.privacy.erased')}
        </p>
      )}
      {person.mergedIntoId && (
        <p className="status" role="status">
          {t('people.privacy.merged')}{' '}
          <Link to={`/people/${person.mergedIntoId}`}>{t('people.privacy.openMerged')}</Link>
        </p>
      )}
      {isEditing ? (
        <PersonEditForm
          person={person}
          onSaved={(saved) => {
            onChanged(saved);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <PersonFacts person={person} onEdit={person.canEdit ? () => setEditing(true) : null} />
      )}
      <TrustSection person={person} onChanged={onChanged} />
      <VisitSection person={person} onChanged={onChanged} />
      <ConsentSection person={person} onChanged={onChanged} />
      <PersonVolunteerHours personId={person.id} />
      <PersonTrainingHistory personId={person.id} />
      <PrivacyActions person={person} onChanged={onChanged} />
    </article>
  );
}

function PersonFacts({ person, onEdit }: { person: PersonDetail; onEdit: (() => void) | null }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const dash = t('people.notRecorded');
  const rows: [string, string | null][] = [
    [t('people.facts.community'), person.communityName],
    [t('people.facts.estate'), [person.estateName, person.courtyardName].filter(Boolean).join(' · ') || null],
    [t('people.facts.address'), person.addressNote],
    [t('people.facts.phone'), person.phone],
    [
      t('people.facts.birthYear'),
      person.birthDate ? formatDate(person.birthDate, locale) : person.birthYear ? String(person.birthYear) : null,
    ],
    [t('people.facts.kind'), person.activistKind ? t(`people.activistKinds.${person.activistKind}`) : null],
    [
      t('people.facts.volunteer'),
      person.volunteerRegisteredOn
        ? t('people.facts.volunteerOn', {
            date: formatDate(person.volunteerRegisteredOn, locale),
            platform: person.volunteerPlatform ?? '',
          })
        : null,
    ],
    [t('people.facts.foundVia'), person.foundVia ? t(`people.foundVia.${person.foundVia}`) : null],
    [t('people.facts.interests'), person.interests],
    [t('people.facts.wishes'), person.wishes],
    [t('people.facts.notes'), person.notes],
  ];
  const rated = traitKeys.filter((key) => person.traits[key]);
  return (
    <section className="card" aria-labelledby="facts-title">
      <div className="page-header">
        <h2 id="facts-title">{t('people.facts.title')}</h2>
        {onEdit && (
          <button type="button" className="button button--secondary" onClick={onEdit} data-testid="person-edit">
            {t('people.edit.open')}
          </button>
        )}
      </div>
      <dl className="facts" data-testid="person-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? dash}</dd>
          </div>
        ))}
        {person.introducedBy && (
          <div>
            <dt>{t('people.facts.introducedBy')}</dt>
            <dd>
              <Link to={`/people/${person.introducedBy.id}`}>{person.introducedBy.name}</Link>
            </dd>
          </div>
        )}
        {person.introduced.length > 0 && (
          <div>
            <dt>{t('people.facts.introduced')}</dt>
            <dd>
              {person.introduced.map((p, i) => (
                <span key={p.id}>
                  {i > 0 && '、'}
                  <Link to={`/people/${p.id}`}>{p.name}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
        {person.memberships.length > 0 && (
          <div>
            <dt>{t('people.facts.memberships')}</dt>
            <dd>
              {person.memberships.map((m, i) => (
                <span key={m.organizationId}>
                  {i > 0 && '、'}
                  <Link to={`/organizations/${m.organizationId}`}>{m.organizationName}</Link>
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {rated.length > 0 && (
        <>
          <h3>{t('people.traits.title')}</h3>
          <dl className="facts facts--compact" data-testid="person-traits">
            {rated.map((key) => {
              const trait = person.traits[key];
              return (
                <div key={key}>
                  <dt>{t(`people.traits.${key}`)}</dt>
                  <dd>
                    <span aria-hidden="true">
                      {'★'.repeat(trait?.rating ?? 0)}
                      {'☆'.repeat(5 - (trait?.rating ?? 0))}
                    </span>
                    <span className="visually-hidden">{trait?.rating}/5</span>
                    {trait?.note && <span className="muted"> {trait.note}</span>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
