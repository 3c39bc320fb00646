import { can, type OrganizationList } from '@seedbed/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../shared/document-title';
import { PagedList, pageQuery, useListPaging } from '../shared/paged-list';
import { ResourceView } from '../shared/resource-view';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { OrganizationTable } from './organization-table';

/**
 * `/organizations`: every organization the caller may see — the street's eighty for its staff and
 * office, a community's dozen for its committee — by name, a page at a time, found by part of
 * the name on the server (GET /api/organizations?q=&limit=&offset=).
 */
export function OrganizationListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organizations.list.title'));
  const user = useUser();
  const paging = useListPaging();
  const { resource, reload } = useResource<OrganizationList>(
    `/api/organizations?${new URLSearchParams(pageQuery(paging))}`,
  );
  return (
    <section className="page page--wide" data-testid="organization-list-page">
      <header className="page-header">
        <h1>{t('organizations.list.title')}</h1>
        {can(user, 'organization.create') && (
          <Link className="button button--secondary" to="/organizations/new" data-testid="organization-list-new">
            {t('organizations.newOrganization.link')}
          </Link>
        )}
      </header>
      <PagedList
        paging={paging}
        total={resource.status === 'ready' ? resource.data.total : undefined}
        searchLabel={t('organizations.list.search')}
        testId="organization-list"
      >
        <ResourceView resource={resource} onRetry={reload}>
          {(list) =>
            list.total === 0 ? (
              <p className="muted">{t('community.noOrganizations')}</p>
            ) : (
              <OrganizationTable organizations={list.items} withHomeCommunity />
            )
          }
        </ResourceView>
      </PagedList>
    </section>
  );
}
