import { can, type OrganizationDetail, type PersonList, type VolunteerHoursRecord } from '@seedbed/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api';
import { useUser } from '../shared/session';
import { TextField } from '../shared/text-field';
import { useResource } from '../shared/use-resource';
import { useSubmission } from '../shared/use-schema-form';
import './volunteering.css';

interface Candidate {
  personId: string;
  name: string;
  /** Masked unless the caller may read contacts: enough to tell two 王秀英 apart. */
  phone: string | null;
  isMember: boolean;
}

/**
 * Volunteers who signed in on /v/:code but matched no person record: for each, link to an existing
 * person — the recording organization's members first, then (for those who may read people) the
 * street's residents by name — or make a new person from what they gave (they ticked consent).
 */
export function UnlinkedVolunteers({ items, onChanged }: { items: VolunteerHoursRecord[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const unlinked = items.filter((item) => item.personId === null);
  if (unlinked.length === 0) return null;
  return (
    <div data-testid="unlinked-volunteers">
      <h3>{t('volunteering.activity.unlinkedTitle')}</h3>
      <ul className="hours-list">
        {unlinked.map((item) => (
          <UnlinkedVolunteer key={item.id} item={item} onChanged={onChanged} />
        ))}
      </ul>
    </div>
  );
}

function UnlinkedVolunteer({ item, onChanged }: { item: VolunteerHoursRecord; onChanged: () => void }) {
  const { t } = useTranslation();
  const [isPicking, setPicking] = useState(false);
  const linking = useSubmission();
  const { failure, isSubmitting: isSending } = linking;
  async function link(body: { personId: string } | { createPerson: true }) {
    if (await linking.run(() => api.post(`/api/volunteer-hours/${item.id}/link`, body))) onChanged();
  }
  return (
    <li className="hours-row" data-testid="unlinked-volunteer">
      <div className="hours-row__main">
        <span>{item.volunteerName}</span>
        <span className="muted">{t('volunteering.entry.unlinked')}</span>
      </div>
      <div className="link-volunteer__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPicking((now) => !now)}
          aria-expanded={isPicking}
          data-testid="volunteer-link-open"
        >
          {t('volunteering.activity.link')}
        </button>
        <button
          type="button"
          className="button button--link"
          disabled={isSending}
          onClick={() => link({ createPerson: true })}
          data-testid="volunteer-link-new"
        >
          {t('volunteering.activity.linkNew')}
        </button>
      </div>
      {isPicking && (
        <PersonPicker
          organizationId={item.organizationId}
          initialName={item.volunteerName}
          isSending={isSending}
          onPick={(personId) => link({ personId })}
        />
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
    </li>
  );
}

function PersonPicker({
  organizationId,
  initialName,
  isSending,
  onPick,
}: {
  organizationId: string;
  initialName: string;
  isSending: boolean;
  onPick: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [search, setSearch] = useState(initialName);
  const needle = search.trim();
  const organization = useResource<OrganizationDetail>(`/api/organizations/${encodeURIComponent(organizationId)}`);
  const mayReadPeople = can(user, 'person.read');
  const candidates = useMemo(() => {
    const members: Candidate[] =
      organization.resource.status === 'ready'
        ? (organization.resource.data.members ?? [])
            .filter((m) => !needle || m.name.includes(needle))
            .map((m) => ({ personId: m.personId, name: m.name, phone: m.phone, isMember: true }))
        : [];
    return members.slice(0, 8);
  }, [organization.resource, needle]);
  return (
    <div className="link-volunteer" data-testid="volunteer-person-picker">
      <TextField
        label={t('volunteering.activity.searchPerson')}
        value={search}
        onChange={setSearch}
        testId="volunteer-person-search"
      />
      <CandidateList
        title={t('volunteering.activity.members')}
        candidates={candidates}
        isSending={isSending}
        onPick={onPick}
      />
      {mayReadPeople && needle && (
        <StreetPeople needle={needle} exclude={candidates} isSending={isSending} onPick={onPick} />
      )}
    </div>
  );
}

/** Residents the caller may see whose name contains the search (GET /api/people?q=). */
function StreetPeople({
  needle,
  exclude,
  isSending,
  onPick,
}: {
  needle: string;
  exclude: readonly Candidate[];
  isSending: boolean;
  onPick: (personId: string) => void;
}) {
  const { t } = useTranslation();
  const { resource } = useResource<PersonList>(`/api/people?${new URLSearchParams({ q: needle, limit: '8' })}`);
  if (resource.status !== 'ready') return null;
  const shown = new Set(exclude.map((c) => c.personId));
  const people = resource.data.items
    .filter((p) => !shown.has(p.id))
    .map((p) => ({ personId: p.id, name: p.name, phone: p.phone, isMember: false }));
  return (
    <CandidateList
      title={t('volunteering.activity.residents')}
      candidates={people}
      isSending={isSending}
      onPick={onPick}
    />
  );
}

function CandidateList({
  title,
  candidates,
  isSending,
  onPick,
}: {
  title: string;
  candidates: readonly Candidate[];
  isSending: boolean;
  onPick: (personId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <p className="muted">{title}</p>
      {candidates.length === 0 ? (
        <p className="muted">{t('volunteering.activity.noMatch')}</p>
      ) : (
        <ul className="link-volunteer__results">
          {candidates.map((candidate) => (
            <li key={candidate.personId}>
              <button
                type="button"
                className="button button--secondary button--block"
                disabled={isSending}
                onClick={() => onPick(candidate.personId)}
                data-testid="volunteer-person-result"
              >
                {candidate.name}
                {candidate.phone && <span className="muted"> · {candidate.phone}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
