import {
  can,
  type GrantReviewerConflict,
  grantConflictInputSchema,
  type MyGrantReviewer,
  type OrganizationList,
  type PersonList,
} from '@seedbed/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { FormFooter } from '../shared/form-footer';
import { ResourceView } from '../shared/resource-view';
import { SearchSelect } from '../shared/search-select';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSchemaForm } from '../shared/use-schema-form';
import { ProposalFold } from './proposal-rows';
import './proposals.css';

/**
 * A reviewer's declared conflicts (issue 17: "each declares conflicts"), per round they review in:
 * what they declared, and a short form to add one — a team, or (for those who may read residents,
 * the community's officials) a person — with a note of why. Staff read the same list on the
 * round's review setup, and an assignment meeting one is refused by the server.
 */

/** One declared conflict in a line: the team's name, or "a resident" (reviewers never read residents' names here), and the note. */
export function conflictText(conflict: GrantReviewerConflict, t: TFunction): string {
  const target = conflict.organizationName ?? conflict.personName ?? t('grantReviews.conflicts.person');
  return conflict.note ? `${target}（${conflict.note}）` : target;
}

export function MyConflicts() {
  const { t } = useTranslation();
  const places = useResource<MyGrantReviewer[]>('/api/grant-reviewers/mine');
  const organizations = useResource<OrganizationList>('/api/organizations?limit=500');
  return (
    <section data-testid="grant-my-conflicts">
      <h2>{t('grantReviews.conflicts.title')}</h2>
      <p className="muted">{t('grantReviews.conflicts.hint')}</p>
      <ResourceView resource={places.resource} onRetry={places.reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t('grantReviews.conflicts.noRounds')}</p>
          ) : (
            <ResourceView resource={organizations.resource} onRetry={organizations.reload}>
              {(teams) => (
                <>
                  {list.map((place) => (
                    <RoundConflicts key={place.id} place={place} teams={teams} onDeclared={places.reload} />
                  ))}
                </>
              )}
            </ResourceView>
          )
        }
      </ResourceView>
    </section>
  );
}

function RoundConflicts({
  place,
  teams,
  onDeclared,
}: {
  place: MyGrantReviewer;
  teams: OrganizationList;
  onDeclared: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="card" data-testid="grant-conflict-round" data-round={place.roundId}>
      <h3>{place.roundName}</h3>
      {place.conflicts.length === 0 ? (
        <p className="muted">{t('grantReviews.conflicts.none')}</p>
      ) : (
        <ul data-testid="grant-conflict-list">
          {place.conflicts.map((conflict) => (
            <li key={conflict.id} data-testid="grant-conflict">
              {conflictText(conflict, t)}
            </li>
          ))}
        </ul>
      )}
      {/* Folded: most rounds need no declaration, and the page stays short. */}
      <ProposalFold title={t('grantReviews.conflicts.add')} testId="grant-conflict-fold">
        <ConflictForm reviewerId={place.id} teams={teams} onDeclared={onDeclared} />
      </ProposalFold>
    </div>
  );
}

function ConflictForm({
  reviewerId,
  teams,
  onDeclared,
}: {
  reviewerId: string;
  teams: OrganizationList;
  onDeclared: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const mayNamePeople = can(user, 'person.read');
  const form = useSchemaForm(
    grantConflictInputSchema,
    { organizationId: '', personId: '', note: '' },
    {
      // An empty choice is "not this kind": the schema wants one of the two.
      toInput: ({ organizationId, personId, note }) => ({
        organizationId: organizationId || undefined,
        personId: personId || undefined,
        note,
      }),
      send: (body) => api.post(`/api/grant-reviewers/${reviewerId}/conflicts`, body),
      afterSave: 'reset',
      onSaved: onDeclared,
    },
  );
  return (
    <form className="form" noValidate onSubmit={form.onSubmit} data-testid="grant-conflict-form">
      <SearchSelect
        label={t('grantReviews.conflicts.team')}
        {...form.field('organizationId')}
        placeholder="—"
        options={teams.items.map((team) => ({ value: team.id, label: team.name }))}
        testId="grant-conflict-team"
      />
      {mayNamePeople && <PersonChoice value={form.values.personId} onChange={(id) => form.set('personId', id)} />}
      <TextField
        label={t('grantReviews.conflicts.note')}
        hint={t('grantReviews.conflicts.noteHint')}
        {...form.field('note')}
        testId="grant-conflict-note"
      />
      <FormFooter
        state={form}
        label={t('grantReviews.conflicts.declare')}
        savedLabel={t('grantReviews.conflicts.declared')}
        testId="grant-conflict-declare"
        isReady={form.values.organizationId !== '' || form.values.personId !== ''}
      />
    </form>
  );
}

/** A relative by name, for the officials who know their community's residents (core's 'person.read'). */
function PersonChoice({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const people = useResource<PersonList>('/api/people?limit=500');
  return (
    <ResourceView resource={people.resource} onRetry={people.reload}>
      {(list) => (
        <SearchSelect
          label={t('grantReviews.conflicts.relative')}
          value={value}
          onChange={onChange}
          placeholder="—"
          options={list.items.map((person) => ({ value: person.id, label: person.name }))}
          testId="grant-conflict-person"
        />
      )}
    </ResourceView>
  );
}
