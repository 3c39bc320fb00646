import './communities.css';
import { can, type PlaceSaved, type PlaceTree, type Street } from '@seedbed/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/document-title';
import { ResourceView } from '../shared/resource-view';
import { SelectField } from '../shared/select-field';
import { useUser } from '../shared/session';
import { useResource } from '../shared/use-resource';
import { ArchiveButton, PlaceForm } from './place-forms';
import { PlaceImport } from './place-import';
import { PlaceTreeView } from './place-tree';

/**
 * `/places` 地点管理 (staff desktop): the admin chooses or makes a street; staff see their own.
 * Then the street's communities, estates and courtyards, with the sheet import beside them.
 */
export function PlacesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('communities.places.title'));
  const user = useUser();
  const managesStreets = can(user.role, 'place.street.manage');
  const { resource, reload } = useResource<{ items: Street[] }>('/api/streets');
  const [chosen, setChosen] = useState<string>('');
  return (
    <article className="page page--wide" data-testid="places-page">
      <header className="page-header">
        <h1>{t('communities.places.title')}</h1>
        <p className="muted">{t('communities.places.intro')}</p>
      </header>
      <ResourceView resource={resource} onRetry={reload}>
        {({ items }) => {
          const streetId = items.some((s) => s.id === chosen) ? chosen : (items[0]?.id ?? '');
          return (
            <>
              {managesStreets && (
                <section className="card" data-testid="street-admin">
                  {items.length > 0 && (
                    <SelectField
                      label={t('communities.places.chooseStreet')}
                      value={streetId}
                      options={items.map((s) => ({ value: s.id, label: s.name }))}
                      onChange={setChosen}
                      testId="place-street"
                    />
                  )}
                  <h2>{t('communities.places.newStreet')}</h2>
                  <PlaceForm<PlaceSaved>
                    testId="street-add"
                    method="post"
                    path="/api/streets"
                    submitLabel={t('communities.places.addStreet')}
                    fields={[
                      { name: 'name', label: t('communities.places.streetName'), required: true },
                      { name: 'district', label: t('communities.places.district') },
                    ]}
                    onSaved={(answer) => {
                      setChosen(answer.id);
                      reload();
                    }}
                  />
                </section>
              )}
              {streetId ? (
                <StreetPlaces
                  key={streetId}
                  streetId={streetId}
                  managesStreets={managesStreets}
                  onStreetGone={reload}
                />
              ) : (
                <p className="muted">{t('communities.places.noStreets')}</p>
              )}
            </>
          );
        }}
      </ResourceView>
    </article>
  );
}

function StreetPlaces({
  streetId,
  managesStreets,
  onStreetGone,
}: {
  streetId: string;
  managesStreets: boolean;
  onStreetGone: () => void;
}) {
  const { t } = useTranslation();
  const { resource, reload, replace } = useResource<PlaceTree>(`/api/streets/${streetId}/places`);
  const [isEditing, setEditing] = useState(false);
  const changed = (tree: PlaceTree | null) => (tree ? replace(tree) : reload());
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(tree) => (
        <>
          <h2 data-testid="place-street-name">{tree.street.name}</h2>
          {managesStreets &&
            (isEditing ? (
              <PlaceForm<PlaceSaved>
                testId="street-edit"
                method="patch"
                path={`/api/streets/${streetId}`}
                submitLabel={t('communities.places.save')}
                fields={[
                  { name: 'name', label: t('communities.places.streetName'), initial: tree.street.name },
                  { name: 'district', label: t('communities.places.district'), initial: tree.street.district ?? '' },
                ]}
                onSaved={(answer) => {
                  setEditing(false);
                  replace(answer.tree);
                  onStreetGone();
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <div className="record-actions">
                <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                  {t('communities.places.editStreet')}
                </button>
                <ArchiveButton
                  name={tree.street.name}
                  path={`/api/streets/${streetId}/archive`}
                  testId="street-archive"
                  onArchived={onStreetGone}
                />
              </div>
            ))}
          <div className="overview-grid">
            <section className="card" aria-labelledby="community-add-title">
              <h2 id="community-add-title">{t('communities.places.newCommunity')}</h2>
              <PlaceForm<PlaceSaved>
                testId="community-add"
                method="post"
                path={`/api/streets/${streetId}/communities`}
                submitLabel={t('communities.places.addCommunity')}
                fields={[
                  { name: 'name', label: t('communities.places.communityName'), required: true },
                  { name: 'residentPopulation', label: t('communities.places.population'), kind: 'count' },
                  { name: 'households', label: t('communities.places.households'), kind: 'count' },
                ]}
                onSaved={(answer) => replace(answer.tree)}
              />
            </section>
            <PlaceImport streetId={streetId} onImported={replace} />
          </div>
          <PlaceTreeView tree={tree} onChange={changed} />
        </>
      )}
    </ResourceView>
  );
}
