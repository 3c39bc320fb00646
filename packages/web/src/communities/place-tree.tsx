import { estateTypes, type PlaceSaved, type PlaceTree } from '@seedbed/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';
import { formatCount } from '../shared/format';
import { ArchiveButton, PlaceForm } from './place-forms';

type Community = PlaceTree['communities'][number];
type Estate = Community['estates'][number];
type Courtyard = Estate['courtyards'][number];

/**
 * The street's communities, each with its estates and courtyards and what staff may do to them.
 * `onChange` gets the street's new tree, or null when the write answered something else (an
 * estate or courtyard is added through the survey's routes) and the tree must be fetched again.
 */
export function PlaceTreeView({ tree, onChange }: { tree: PlaceTree; onChange: (tree: PlaceTree | null) => void }) {
  const { t } = useTranslation();
  if (tree.communities.length === 0) return <p className="muted">{t('communities.places.noCommunities')}</p>;
  return (
    <ul className="card-grid" data-testid="place-tree">
      {tree.communities.map((community) => (
        <CommunityCard key={community.id} tree={tree} community={community} onChange={onChange} />
      ))}
    </ul>
  );
}

const treeOf = (answer: PlaceSaved) => answer.tree;

function CommunityCard({
  tree,
  community,
  onChange,
}: {
  tree: PlaceTree;
  community: Community;
  onChange: (tree: PlaceTree | null) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [isEditing, setEditing] = useState(false);
  const empty = t('common.empty');
  const types = estateTypes.map((type) => ({ value: type, label: t(`estateType.${type}`) }));
  return (
    <li className="card" data-testid="place-community">
      <h3>{community.name}</h3>
      <p className="muted">
        {t('communities.places.figures', {
          population: formatCount(community.residentPopulation, locale) ?? empty,
          households: formatCount(community.households, locale) ?? empty,
        })}
      </p>
      {isEditing ? (
        <PlaceForm<PlaceSaved>
          testId="community-edit"
          method="patch"
          path={`/api/communities/${community.id}`}
          submitLabel={t('communities.places.save')}
          fields={[
            { name: 'name', label: t('communities.places.communityName'), initial: community.name },
            {
              name: 'residentPopulation',
              label: t('communities.places.population'),
              kind: 'count',
              initial: community.residentPopulation?.toString() ?? '',
            },
            {
              name: 'households',
              label: t('communities.places.households'),
              kind: 'count',
              initial: community.households?.toString() ?? '',
            },
          ]}
          onSaved={(answer) => {
            setEditing(false);
            onChange(treeOf(answer));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="record-actions">
          <button
            type="button"
            className="button button--secondary"
            data-testid="community-edit-open"
            onClick={() => setEditing(true)}
          >
            {t('communities.places.edit')}
          </button>
          <ArchiveButton<PlaceSaved>
            name={community.name}
            path={`/api/communities/${community.id}/archive`}
            testId="community-archive"
            onArchived={(answer) => onChange(treeOf(answer))}
          />
        </div>
      )}
      <h4>{t('communities.places.estates')}</h4>
      {community.estates.length === 0 && <p className="muted">{t('communities.places.noEstates')}</p>}
      <ul className="place-estates">
        {community.estates.map((estate) => (
          <EstateItem key={estate.id} tree={tree} community={community} estate={estate} onChange={onChange} />
        ))}
      </ul>
      <Folded label={t('communities.places.addEstate')} testId="estate-add-open">
        <PlaceForm<{ id: string }>
          testId="estate-add"
          method="post"
          path={`/api/communities/${community.id}/estates`}
          submitLabel={t('communities.places.addEstate')}
          fields={[
            { name: 'name', label: t('communities.places.estateName'), required: true },
            {
              name: 'estateType',
              label: t('communities.places.estateType'),
              kind: 'choice',
              initial: 'other',
              options: types,
            },
            { name: 'buildYear', label: t('communities.places.buildYear'), kind: 'count' },
          ]}
          onSaved={() => onChange(null)}
        />
      </Folded>
    </li>
  );
}

function EstateItem({
  tree,
  community,
  estate,
  onChange,
}: {
  tree: PlaceTree;
  community: Community;
  estate: Estate;
  onChange: (tree: PlaceTree | null) => void;
}) {
  const { t } = useTranslation();
  const others = tree.communities.filter((c) => c.id !== community.id).map((c) => ({ value: c.id, label: c.name }));
  return (
    <li data-testid="place-estate">
      <strong>{estate.name}</strong> <span className="muted">{t(`estateType.${estate.estateType}`)}</span>
      {estate.buildYear !== null && (
        <span className="muted"> · {t('communities.places.builtIn', { year: estate.buildYear })}</span>
      )}
      <div className="record-actions">
        {others.length > 0 && (
          <Folded label={t('communities.places.moveTo')} testId="estate-move-open">
            <PlaceForm<PlaceSaved>
              testId="estate-move"
              method="post"
              path={`/api/estates/${estate.id}/move`}
              submitLabel={t('communities.places.move')}
              fields={[
                {
                  name: 'communityId',
                  label: t('communities.places.moveTo'),
                  kind: 'choice',
                  initial: others[0]!.value,
                  options: others,
                },
              ]}
              onSaved={(answer) => onChange(treeOf(answer))}
            />
          </Folded>
        )}
        <ArchiveButton<PlaceSaved>
          name={estate.name}
          path={`/api/estates/${estate.id}/archive`}
          testId="estate-archive"
          onArchived={(answer) => onChange(treeOf(answer))}
        />
      </div>
      <ul className="place-courtyards">
        {estate.courtyards.map((courtyard) => (
          <CourtyardItem key={courtyard.id} courtyard={courtyard} onChange={onChange} />
        ))}
      </ul>
      <Folded label={t('communities.places.addCourtyard')} testId="courtyard-add-open">
        <PlaceForm<{ id: string }>
          testId="courtyard-add"
          method="post"
          path={`/api/estates/${estate.id}/courtyards`}
          submitLabel={t('communities.places.addCourtyard')}
          fields={[{ name: 'name', label: t('communities.places.courtyardName'), required: true }]}
          onSaved={() => onChange(null)}
        />
      </Folded>
    </li>
  );
}

function CourtyardItem({ courtyard, onChange }: { courtyard: Courtyard; onChange: (tree: PlaceTree | null) => void }) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  return (
    <li data-testid="place-courtyard">
      {isEditing ? (
        <PlaceForm<PlaceSaved>
          testId="courtyard-rename"
          method="patch"
          path={`/api/courtyards/${courtyard.id}`}
          submitLabel={t('communities.places.save')}
          fields={[{ name: 'name', label: t('communities.places.courtyardName'), initial: courtyard.name }]}
          onSaved={(answer) => {
            setEditing(false);
            onChange(treeOf(answer));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {courtyard.name}{' '}
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            {t('communities.places.rename')}
          </button>
          <ArchiveButton<PlaceSaved>
            name={courtyard.name}
            path={`/api/courtyards/${courtyard.id}/archive`}
            testId="courtyard-archive"
            onArchived={(answer) => onChange(treeOf(answer))}
          />
        </>
      )}
    </li>
  );
}

/** A form folded under its button's words, so the tree reads as a list until someone acts. */
function Folded({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  return (
    <details className="place-fold">
      <summary className="button button--secondary" data-testid={testId}>
        {label}
      </summary>
      {children}
    </details>
  );
}
