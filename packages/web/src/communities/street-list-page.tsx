import type { streetSchema } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import type { Parsed } from '../shared/schema-types';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';

type Street = Parsed<typeof streetSchema>;

/**
 * `/`: people with one natural place (a street, a community, an organization) go straight there
 * (`homePath`); the others (an admin over a whole city) choose a street.
 */
export function HomePage() {
  const user = useUser();
  if (user.homePath !== '/' && user.homePath.startsWith('/')) return <Navigate to={user.homePath} replace />;
  return <StreetList />;
}

function StreetList() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const { resource, reload } = useResource<{ items: Street[] }>('/api/streets');
  return (
    <section className="page page--wide" data-testid="street-list">
      <h1>{t('home.title')}</h1>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('home.noStreets')}</p>
          ) : (
            <>
              <p className="lead">{t('home.intro')}</p>
              <ul className="link-list">
                {items.map((street) => (
                  <li key={street.id}>
                    <Link to={`/streets/${street.id}`} data-testid="street-link">
                      <span className="link-list__title">{street.name}</span>
                      {street.district && <span className="muted">{street.district}</span>}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
